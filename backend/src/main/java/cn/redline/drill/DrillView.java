package cn.redline.drill;

import cn.redline.attachment.AttachmentView;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Drill", description = "A drill of an organization: planned, prepared, held, and the drill rules it counts for")
public record DrillView(
        @Schema(format = "uuid") UUID id,
        @Schema(format = "uuid") UUID orgId,
        @Schema(maxLength = 200) String title,
        DrillForm form,
        DrillScope scope,
        DrillStatus status,
        @Schema(nullable = true, description = "The day it was held; null until it starts") LocalDate conductedOn,
        @Schema(nullable = true) TerminationReason terminationReason,
        @Schema(maxItems = 20) List<PlanRef> plans,
        @Schema(maxItems = 100, description = "The codes of the requirement rules the drill counts for") List<@Size(max = 60) String> countsFor,
        @Schema(minimum = "0", maximum = "9223372036854775807", description = "Row version, also the ETag") long version,
        @Schema(format = "date-time") OffsetDateTime createdAt,
        @Schema(nullable = true, description = "The day planned; null for a drill recorded after the fact") LocalDate plannedOn,
        @Schema(nullable = true, description = "The day first planned: differs from plannedOn once postponed") LocalDate originalPlannedOn,
        @Schema(nullable = true, format = "uuid") UUID yearPlanId,
        @Schema(nullable = true) DrillPurpose purpose,
        @Schema(nullable = true) DrillScenario scenario,
        @Schema(maxItems = 30) List<DrillObjective> objectives,
        DrillPeople roles,
        @Schema(nullable = true, minimum = "0", maximum = "1000000") Integer plannedHeadcount,
        @Schema(nullable = true, minimum = "0", maximum = "1000000") Integer actualHeadcount,
        boolean highRisk,
        boolean affectsPublic,
        boolean evaluationPlanned,
        @Schema(nullable = true, format = "date-time") OffsetDateTime actualStart,
        @Schema(nullable = true, format = "date-time") OffsetDateTime actualEnd,
        @Schema(nullable = true, maxLength = 1000) String cancelReason,
        @Schema(maxItems = 200, description = "Documents and photos; each file's purpose is its DrillFileKind") List<AttachmentView> files,
        @Schema(maxItems = 20, description = "What the caller may do with the drill now") List<DrillAction> allowedActions,
        @Schema(maxItems = 8, description = "The documents still needed before the drill can be marked ready (§3.4 gates)")
        List<DrillFileKind> missingDocuments,
        @Schema(nullable = true, maxLength = 100, description = "The pushing system's own id, when pushed") String externalRef,
        @Schema(nullable = true, format = "date-time", description = "When the key unit reported the drill to its regulator; "
                + "set once by REPORT_TO_REGULATOR") OffsetDateTime reportedToRegulatorAt,
        @Schema(description = "Whether the drill has an evaluation, a draft or sealed (GET /drills/{id}/evaluation answers "
                + "404 while it has none)") boolean evaluationEntered) {

    @Schema(name = "DrillPlanRef", description = "An emergency plan a drill exercised")
    public record PlanRef(@Schema(format = "uuid") UUID id, EmergencyPlanKind kind, @Schema(maxLength = 200) String title) {
    }

    static DrillView of(Drill d, List<String> countsFor, List<AttachmentView> files, List<DrillAction> allowed,
                        List<DrillFileKind> missingDocuments, boolean evaluationEntered) {
        return new DrillView(d.id, d.orgId, d.title, d.form, d.scope, d.status, d.conductedOn, d.terminationReason,
                d.plans.stream().map(p -> new PlanRef(p.id, p.kind, p.title)).toList(), countsFor, d.version, d.createdAt,
                d.plannedOn, d.originalPlannedOn, d.yearPlanId, d.purpose, d.scenario,
                d.objectives == null ? List.of() : d.objectives, d.people(), d.plannedHeadcount, d.actualHeadcount,
                d.highRisk, d.affectsPublic, d.evaluationPlanned, d.actualStart, d.actualEnd, d.cancelReason, files, allowed,
                missingDocuments, d.externalRef, d.reportedToRegulatorAt, evaluationEntered);
    }
}
