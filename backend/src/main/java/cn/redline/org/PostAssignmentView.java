package cn.redline.org;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PostAssignment", description = "A person holding a post from one day to another (both inclusive)")
public record PostAssignmentView(
        @Schema(format = "uuid") UUID id,
        @Schema(format = "uuid") UUID postId,
        @Schema(maxLength = 50, example = "张伟") String personName,
        @Schema(maxLength = 100, nullable = true) String personRef,
        LocalDate from,
        @Schema(nullable = true, description = "Last day, inclusive; null while held") LocalDate to,
        @Schema(maxLength = 100, example = "南委任〔2026〕12号") String appointmentDoc,
        @Schema(maxLength = 100, nullable = true) String endDoc,
        @Schema(format = "date-time") OffsetDateTime createdAt) {

    static PostAssignmentView of(PostAssignment a) {
        return new PostAssignmentView(a.id, a.postId, a.personName, a.personRef, a.from, a.to, a.appointmentDoc, a.endDoc,
                a.createdAt);
    }
}
