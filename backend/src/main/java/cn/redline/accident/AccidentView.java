package cn.redline.accident;

import cn.redline.attachment.AttachmentView;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Accident", description = "An accident of the register (事故登记)")
public record AccidentView(
        @Schema(format = "uuid") UUID id,
        @Schema(maxLength = 40, example = "SG-2026-000012") String code,
        OffsetDateTime occurredAt,
        @Schema(nullable = true) OffsetDateTime reportedAt,
        @Schema(format = "uuid") UUID territoryId,
        @Schema(nullable = true, format = "uuid") UUID enterpriseId,
        @Schema(nullable = true, maxLength = 40) String industry,
        @Schema(maxLength = 200) String title,
        @Schema(nullable = true, maxLength = 4000) String description,
        @Schema(minimum = "0", maximum = "100000") int deaths,
        @Schema(minimum = "0", maximum = "100000") int seriousInjuries,
        @Schema(minimum = "0", maximum = "99999999999999.99") BigDecimal directLossYuan,
        @Schema(description = "Derived from the figures (ACC 3)") AccidentLevel level,
        @Schema(maxItems = 3, description = "Which figures reach the level: DEATHS, SERIOUS_INJURIES, DIRECT_LOSS; none for GENERAL")
        List<@jakarta.validation.constraints.Size(max = 20) String> levelReachedBy,
        @Schema(nullable = true) Boolean liability,
        @Schema(maxItems = 4) List<ReportingIssue> reportingIssues,
        @Schema(nullable = true, maxLength = 200) String investigationDoc,
        @Schema(maxItems = 20) List<AttachmentView> attachments,
        AccidentSource source,
        @Schema(nullable = true, maxLength = 100) String externalRef,
        @Schema(maxLength = 255) String enteredBy,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static AccidentView of(Accident a, List<AttachmentView> files) {
        return new AccidentView(a.id, a.code, a.occurredAt, a.reportedAt, a.territoryId, a.enterpriseId, a.industry, a.title,
                a.description, a.deaths, a.seriousInjuries, a.directLossYuan, a.level,
                AccidentLevel.derive(a.deaths, a.seriousInjuries, a.directLossYuan).reachedBy(), a.liability,
                a.reportingIssues.stream().map(ReportingIssue::valueOf).toList(), a.investigationDoc, files, a.source,
                a.externalRef, a.enteredByName, a.version, a.createdAt, a.updatedAt);
    }
}
