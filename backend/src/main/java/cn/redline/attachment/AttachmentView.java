package cn.redline.attachment;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Attachment", description = "An uploaded evidence file (photo or PDF); fetch its bytes from /content")
public record AttachmentView(
        @Schema(format = "uuid") UUID id,
        @Schema(maxLength = 200, example = "脚手架隐患.jpg") String fileName,
        @Schema(type = SchemaType.STRING, enumeration = {"image/jpeg", "image/png", "image/webp", "application/pdf"})
        String contentType,
        @Schema(minimum = "1", maximum = "1073741824", description = "Bytes") long size,
        @Schema(maxLength = 64, pattern = "^[0-9a-f]{64}$", description = "SHA-256 of the content, hex; also the content's ETag")
        String sha256,
        @Schema(format = "date-time") OffsetDateTime uploadedAt,
        @Schema(maxLength = 20, nullable = true, example = "hazard", description = "Kind of record the file is attached to; null until attached")
        String ownerType,
        @Schema(nullable = true, description = "The record the file is attached to") UUID ownerId,
        @Schema(maxLength = 20, nullable = true, example = "BEFORE", description = "What the file proves for its record, e.g. BEFORE, AFTER, DOCUMENT")
        String purpose) {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id, a.fileName, a.contentType, a.size, a.sha256, a.uploadedAt, a.ownerType,
                a.ownerId, a.purpose);
    }
}
