package cn.redline.drill;

import cn.redline.org.OrgView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DrillSupervisionSummary", description = "A supervising department's yearly 应急预案 and drill supervision summary "
        + "for its superior (§3.6 item 7, D22): what the organizations of its scope (or of one organization's subtree in it) "
        + "keep and did in the year")
public record DrillSupervisionSummaryView(
        @Schema(minimum = "2000", maximum = "2100") int year,
        @Schema(description = "The organization whose subtree is summarised; null: the caller's whole scope", nullable = true)
        OrgView.OrgRef org,
        @Schema(description = "Emergency plans kept, by kind") Plans plans,
        @Schema(description = "Drills held in the year (not terminated), by form") Drills drills,
        @Schema(description = "Spot checks of the year's half-years") SpotChecks spotChecks,
        @Schema(description = "Correction orders of those spot checks") Corrections corrections,
        @Schema(maxItems = 2, description = "Key units' half-year drill reports, H1 then H2") List<KeyUnitHalf> keyUnitReports) {

    @Schema(name = "DrillSupervisionPlanCount")
    public record PlanCount(EmergencyPlanKind kind,
                            @Schema(minimum = "0", maximum = "100000000") long plans,
                            @Schema(minimum = "0", maximum = "100000000", description = "With a filing number (备案)") long filed) {
    }

    @Schema(name = "DrillSupervisionPlans")
    public record Plans(@Schema(maxItems = 3) List<PlanCount> byKind,
                        @Schema(minimum = "0", maximum = "100000000") long total,
                        @Schema(minimum = "0", maximum = "100000000", description = "With a filing number (备案)") long filed,
                        @Schema(minimum = "0", maximum = "100000000", description = "Reviewed (评审) in the year") long reviewed) {
    }

    @Schema(name = "DrillSupervisionFormCount")
    public record FormCount(DrillForm form, @Schema(minimum = "0", maximum = "100000000") long held) {
    }

    @Schema(name = "DrillSupervisionDrills")
    public record Drills(@Schema(maxItems = 2) List<FormCount> byForm,
                         @Schema(minimum = "0", maximum = "100000000") long held,
                         @Schema(minimum = "0", maximum = "100000000", description = "Of them, comprehensive drills") long comprehensive,
                         @Schema(minimum = "0", maximum = "100000000", description = "Terminated before their end") long terminated) {
    }

    @Schema(name = "DrillSupervisionSpotChecks")
    public record SpotChecks(@Schema(minimum = "0", maximum = "100000000", description = "Not cancelled") long total,
                             @Schema(minimum = "0", maximum = "100000000") long unannounced,
                             @Schema(minimum = "0", maximum = "100000000") long compliant,
                             @Schema(minimum = "0", maximum = "100000000") long noncompliant,
                             @Schema(minimum = "0", maximum = "100000000", description = "Planned, no result yet") long pending,
                             @Schema(minimum = "0", maximum = "100000000") long cancelled) {
    }

    @Schema(name = "DrillSupervisionCorrections")
    public record Corrections(@Schema(minimum = "0", maximum = "100000000") long ordered,
                              @Schema(minimum = "0", maximum = "100000000", description = "Ordered, not yet accepted") long open,
                              @Schema(minimum = "0", maximum = "100000000", description = "Open past the deadline") long overdue,
                              @Schema(minimum = "0", maximum = "100000000", description = "Accepted as corrected") long closed,
                              @Schema(minimum = "0", maximum = "100000000", description = "Escalated to an accountability action")
                              long escalated) {
    }

    @Schema(name = "DrillSupervisionKeyUnitHalf")
    public record KeyUnitHalf(@Schema(maxLength = 7, example = "2026-H1") String half,
                              @Schema(minimum = "0", maximum = "100000000") long units,
                              @Schema(minimum = "0", maximum = "100000000", description = "Reported on time") long received,
                              @Schema(minimum = "0", maximum = "100000000", description = "Reported late") long late,
                              @Schema(minimum = "0", maximum = "100000000",
                                      description = "Held a drill, its report not yet due (within the reporting days)") long due,
                              @Schema(minimum = "0", maximum = "100000000", description = "Held a drill, not reported") long missing,
                              @Schema(minimum = "0", maximum = "100000000", description = "Held no drill in the half") long noDrill) {
    }
}
