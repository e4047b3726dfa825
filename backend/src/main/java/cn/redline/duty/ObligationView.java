package cn.redline.duty;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Obligation", description = "What one subject owes under one rule, or one duty item of its "
        + "responsibility list, in one period, and how far it is met")
public record ObligationView(
        @Schema(format = "uuid") UUID id,
        @Schema(format = "uuid", nullable = true, description = "Set for a rule's obligation") UUID ruleId,
        @Schema(maxLength = 60, nullable = true) String ruleCode,
        @Schema(maxLength = 200, nullable = true) String citation,
        @Schema(format = "uuid", nullable = true, description = "Set for a duty item's obligation: the item's stable key")
        UUID dutyItemKey,
        SubjectKind subjectKind,
        @Schema(format = "uuid") UUID subjectId,
        @Schema(format = "uuid") UUID orgId,
        @Schema(maxLength = 24, example = "2026-Q2") String periodKey,
        LocalDate periodFirst,
        LocalDate periodLast,
        @Schema(minimum = "1", maximum = "1000") int required,
        @Schema(minimum = "0", maximum = "100000") int counted,
        @Schema(minimum = "0", maximum = "100000", description = "Counted evidence entered late, within the grace days") int late,
        ObligationStatus status,
        @Schema(nullable = true, description = "Set once the period is finalised: the obligation no longer changes") OffsetDateTime finalisedAt,
        @Schema(nullable = true) Waiver waiver,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version) {

    @Schema(name = "ObligationWaiver", description = "An approved exemption")
    public record Waiver(@Schema(maxLength = 500) String reason, @Schema(maxLength = 100) String document,
                         @Schema(maxLength = 255) String approvedBy, OffsetDateTime approvedAt) {
    }

    /** {@code r} is the obligation's rule, null for a duty item's obligation. */
    static ObligationView of(Obligation o, RequirementRule r) {
        return new ObligationView(o.id, o.ruleId, r == null ? null : r.code, r == null ? null : r.citation,
                o.dutyItemKey, o.subjectKind, o.subjectId, o.orgId, o.periodKey,
                o.periodFirst, o.periodLast, o.required, o.counted, o.late, o.status, o.finalisedAt,
                o.waiverReason == null ? null : new Waiver(o.waiverReason, o.waiverDocument, o.waivedBy, o.waivedAt),
                o.version);
    }
}
