package cn.redline.duty.list;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a fulfilment record of an item must carry (§2.2, L9, L24): the kinds of evidence (会议纪要, 工作笔记, 影像, …),
 * how many files, whether a photo and GPS are required, the counterpart's signed opinion, and whether the holder
 * must perform it in person (a secretary may enter, not perform).
 */
@Schema(name = "EvidenceSpec")
public record EvidenceSpec(
        @NotNull @Size(max = 10) @Schema(maxItems = 10, description = "Evidence kinds, e.g. MINUTES, NOTES, PHOTO, REPORT")
        List<@NotNull @Size(min = 1, max = 40) String> types,
        @Min(0) @Max(50) @Schema(minimum = "0", maximum = "50") int minAttachments,
        boolean photoRequired,
        boolean gpsRequired,
        boolean counterpartSignature,
        boolean holderMustPerform) {
}
