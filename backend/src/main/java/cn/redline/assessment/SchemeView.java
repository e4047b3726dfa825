package cn.redline.assessment;

import cn.redline.platform.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssessmentScheme", description = "An assessment scheme (考核方案) with its rules and what keeps it from publication")
public record SchemeView(
        @Schema(format = "uuid") UUID id,
        @Schema(format = "uuid") UUID issuerOrgId,
        @Schema(maxLength = 200) String issuerName,
        @Schema(maxLength = 200) String title,
        @Schema(minimum = "2000", maximum = "2100") int year,
        AssessmentPeriod period,
        @Schema(description = "The period's cutoff (last local day)") LocalDate periodEnd,
        @Schema(maxLength = 40) String series,
        @Schema(maxLength = 100, nullable = true) String docNumber,
        @Schema(minimum = "1", maximum = "100000") int revision,
        SchemeStatus status,
        SchemeDefinition definition,
        @Schema(description = "Σ of the leaf points per target group", maxItems = 20) List<GroupPoints> groupPoints,
        @Schema(maxItems = 200, description = "What keeps the scheme from publication (points that do not add up, "
                + "bands out of order, …); empty when it can be published") List<Problem.FieldError> publicationIssues,
        @Schema(maxItems = 10) List<SchemeAction> allowedActions,
        @Schema(maxLength = 255) String createdBy,
        @Schema(nullable = true) OffsetDateTime publishedAt,
        @Schema(nullable = true) OffsetDateTime openedAt,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    @Schema(name = "AssessmentGroupPoints")
    public record GroupPoints(@Schema(maxLength = 40) String group,
                              @Schema(minimum = "0", maximum = "1000000") BigDecimal leafPoints) {
    }
}
