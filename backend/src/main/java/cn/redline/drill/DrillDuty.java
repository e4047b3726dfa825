package cn.redline.drill;

import cn.redline.duty.Capability;
import cn.redline.duty.Obligation;
import cn.redline.duty.ObligationStatus;
import cn.redline.duty.Obligations;
import cn.redline.duty.Period;
import cn.redline.duty.RequirementRule;
import cn.redline.duty.Subject;
import cn.redline.org.Org;
import cn.redline.platform.Labels;
import cn.redline.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Drill duty (§3.2): the obligations of an org under every drill rule it owes, for the periods holding a day, each
 * with the reason for its status in words (zh-CN and en), e.g. "2026 H2 on-site plan drill owed under …; none
 * recorded; 29 days left". The obligations are the shared engine's (§1.2), materialised on first read.
 */
@ApplicationScoped
public class DrillDuty {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DrillAccess access;

    @Inject
    Obligations obligations;

    @Transactional
    public DrillObligationView.Listing of(UUID orgId, LocalDate on) {
        Org org = access.visibleOrg(orgId);
        LocalDate today = Times.today(clock);
        LocalDate day = on == null ? today : on;
        List<DrillObligationView> items = obligations.materialise(Subject.org(org), day, Capability.DRILL).stream()
                .map(o -> view(o, em.find(RequirementRule.class, o.ruleId), today))
                .sorted(Comparator.comparing(DrillObligationView::ruleCode)).toList();
        return new DrillObligationView.Listing(org.id, day, items);
    }

    private static DrillObligationView view(Obligation o, RequirementRule r, LocalDate today) {
        Period p = o.period();
        long daysLeft = p.daysLeft(today);
        return new DrillObligationView(o.id, r.id, r.code, r.title, r.citation, r.qualifier, r.mustReportTo, r.periodType,
                o.periodKey, o.periodFirst, o.periodLast, o.required, o.counted, o.status, daysLeft,
                reason(Labels.of(Labels.ZH), o, r, p, daysLeft), reason(Labels.of(Labels.EN), o, r, p, daysLeft));
    }

    /** "{period} {what} owed under {citation}; {progress}; {what is left}", in the catalog's language. */
    static String reason(Labels l, Obligation o, RequirementRule r, Period p, long daysLeft) {
        String what = l.find("drillDuty.rule." + r.code);
        String owed = l.text("drillDuty.owed", Map.of("period", period(l, p), "what", what == null ? r.title : what,
                "citation", r.citation));
        String progress = o.status == ObligationStatus.MET ? l.text("drillDuty.met", Map.of("counted", o.counted))
                : o.counted == 0 ? l.text("drillDuty.noneRecorded")
                : l.text("drillDuty.recorded", Map.of("counted", o.counted, "required", o.required));
        String rest = switch (o.status) {
            case MET -> null;
            case OPEN, AT_RISK -> l.count("drillDuty.daysLeft", daysLeft);
            case MISSED, PARTIAL -> l.text("drillDuty.ended", Map.of("last", p.last()));
            case WAIVED -> l.text("drillDuty.waived", Map.of("reason", o.waiverReason));
        };
        String sep = l.text("drillDuty.separator");
        return owed + sep + progress + (rest == null ? "" : sep + rest);
    }

    private static String period(Labels l, Period p) {
        int year = p.first().getYear();
        return switch (p.type()) {
            case YEAR -> l.text("drillDuty.period.YEAR", Map.of("year", year));
            case HALF_YEAR -> l.text(p.first().getMonthValue() == 1 ? "drillDuty.period.H1" : "drillDuty.period.H2",
                    Map.of("year", year));
            case ROLLING_24M -> l.text("drillDuty.period.ROLLING_24M", Map.of("first", p.first(), "last", p.last()));
            case QUARTER, MONTH, EVENT -> p.key();
        };
    }
}
