package cn.redline.drill;

import cn.redline.duty.Capability;
import cn.redline.duty.Evidence;
import cn.redline.duty.Obligation;
import cn.redline.duty.ObligationStatus;
import cn.redline.duty.Obligations;
import cn.redline.duty.Period;
import cn.redline.duty.PeriodType;
import cn.redline.duty.RequirementRule;
import cn.redline.duty.RuleChanged;
import cn.redline.duty.Subject;
import cn.redline.duty.SubjectKind;
import cn.redline.org.Org;
import cn.redline.org.OrgChanged;
import cn.redline.platform.Labels;
import cn.redline.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Drill duty (§3.2): the obligations of an org under every drill rule it owes, for the periods holding a day, each
 * with the reason for its status in words (zh-CN and en), e.g. "2026 H2 on-site plan drill owed under …; none
 * recorded; 29 days left". The obligations are the shared engine's (§1.2), materialised by the writers
 * ({@link #recount}: drills reaching or leaving a counting state, org changes, rule edits) and by the daily
 * {@link DrillDutyJob} that opens new periods; reading never writes. A period nobody has materialised yet (a past day,
 * or a new period before the job ran) is shown as computed from the evidence, without an id.
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

    @Inject
    DrillRecount recount;

    @Inject
    DrillFollowUps followUps;

    /**
     * Recounts the drill duty of the drill's organiser: call it in the transaction of every write that makes a drill
     * count or stop counting (reaching or leaving CONDUCTED/EVALUATED/CLOSED/TERMINATED, a new date, other plans).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DrillRecount.Result recount(Drill drill) {
        return recount.org(drill.orgId);
    }

    /** Recounts every drill obligation of one org (its drills, its rules, today's periods). */
    @Transactional(Transactional.TxType.MANDATORY)
    public DrillRecount.Result recount(UUID orgId) {
        return recount.org(orgId);
    }

    /** An org created or changed owes by its new attributes; a moved one's subtree may fall under other regional rules. */
    void orgChanged(@Observes OrgChanged e) {
        if (e.moved()) {
            recount.subtree(e.path(), null);
        } else {
            recount.org(e.orgId());
        }
    }

    /** A drill rule added (or edited through the generic route): the orgs it may touch are recounted under it. */
    void ruleChanged(@Observes RuleChanged e) {
        if (e.capability() != Capability.DRILL) {
            return;
        }
        List<RequirementRule> rule = List.of(em.find(RequirementRule.class, e.ruleId()));
        if (e.regionPaths().isEmpty()) {
            recount.subtree(null, rule);
        } else {
            e.regionPaths().forEach(path -> recount.subtree(path, rule));
        }
    }

    /** Reads only: stored obligations where there are, the rest computed from the evidence as the writers would. */
    public DrillObligationView.Listing of(UUID orgId, LocalDate on) {
        Org org = access.visibleOrg(orgId);
        LocalDate today = Times.today(clock);
        LocalDate day = on == null ? today : on;
        Subject s = Subject.org(org);
        List<RequirementRule> rules = obligations.applicable(s, day).stream()
                .filter(r -> r.capability == Capability.DRILL && r.periodType != PeriodType.EVENT).toList();
        List<DrillObligationView.FollowUp> followUps = this.followUps.ofOrg(org.id, day).stream().map(DrillFollowUps::view).toList();
        if (rules.isEmpty()) {
            return new DrillObligationView.Listing(org.id, day, List.of(), followUps);
        }
        Map<UUID, List<Evidence>> evidence = new HashMap<>();
        em.createQuery("""
                        from Evidence e where e.subjectKind = :k and e.subjectId = :s and e.withdrawnAt is null
                        and e.ruleId in :rules""", Evidence.class)
                .setParameter("k", SubjectKind.ORG).setParameter("s", org.id)
                .setParameter("rules", rules.stream().map(r -> r.id).toList())
                .getResultList().forEach(e -> evidence.computeIfAbsent(e.ruleId, k -> new ArrayList<>()).add(e));
        // the period current on the day of each rule (an overdue rolling window stays current until a drill)
        Map<UUID, Period> current = new HashMap<>();
        for (RequirementRule r : rules) {
            current.put(r.id, DrillRecount.current(r, day,
                    evidence.getOrDefault(r.id, List.of()).stream().map(e -> e.date).sorted().toList()));
        }
        Map<String, Obligation> stored = new HashMap<>();
        em.createQuery("""
                        from Obligation o where o.subjectKind = :k and o.subjectId = :s and o.ruleId in :rules
                        and o.periodKey in :keys""", Obligation.class)
                .setParameter("k", SubjectKind.ORG).setParameter("s", org.id)
                .setParameter("rules", rules.stream().map(r -> r.id).toList())
                .setParameter("keys", current.values().stream().map(Period::key).distinct().toList())
                .getResultList().forEach(o -> stored.put(o.ruleId + "/" + o.periodKey, o));
        List<DrillObligationView> items = new ArrayList<>();
        for (RequirementRule r : rules) {
            List<Evidence> mine = evidence.getOrDefault(r.id, List.of());
            Period p = current.get(r.id);
            Obligation o = stored.get(r.id + "/" + p.key());
            items.add(view(o == null ? computed(org, r, p, mine, today) : current(o, r, today), r, day, today));
        }
        items.sort(Comparator.comparing(DrillObligationView::ruleCode));
        return new DrillObligationView.Listing(org.id, day, items, followUps);
    }

    /** A period nobody materialised: counted from the evidence, as the recount would store it; no id. */
    private static Obligation computed(Org org, RequirementRule r, Period p, List<Evidence> evidence, LocalDate today) {
        Obligation o = new Obligation();
        o.ruleId = r.id;
        o.orgId = org.id;
        o.subjectId = org.id;
        o.subjectKind = SubjectKind.ORG;
        o.periodKey = p.key();
        o.periodFirst = p.first();
        o.periodLast = p.last();
        o.required = r.minCount;
        for (Evidence e : evidence) {
            if (p.timing(e.date, e.enteredAt.toInstant(), r.graceDays).counts()) {
                o.counted++;
            }
        }
        o.status = ObligationStatus.of(o.required, o.counted, p, r.graceDays, r.atRiskDays, today, false);
        return o;
    }

    /** A stored obligation graded for today (days pass between the job's runs); a finalised one as it was frozen. */
    private Obligation current(Obligation o, RequirementRule r, LocalDate today) {
        em.detach(o);
        if (o.finalisedAt == null) {
            o.status = ObligationStatus.of(o.required, o.counted, o.period(), r.graceDays, r.atRiskDays, today,
                    o.waiverReason != null);
        }
        return o;
    }

    private static DrillObligationView view(Obligation o, RequirementRule r, LocalDate day, LocalDate today) {
        Period p = o.period();
        long daysLeft = p.daysLeft(today);
        return new DrillObligationView(o.id, r.id, r.code, r.title, r.citation, r.qualifier, r.mustReportTo, r.periodType,
                o.periodKey, o.periodFirst, o.periodLast, o.required, o.counted, o.status, daysLeft,
                reason(Labels.of(Labels.ZH), o, r, p, daysLeft, day), reason(Labels.of(Labels.EN), o, r, p, daysLeft, day));
    }

    /**
     * "{period} {what} owed under {citation}; {progress}; {what is left}", in the catalog's language, as of {@code day}:
     * a rolling window still current after it ended says how many days it is overdue.
     */
    static String reason(Labels l, Obligation o, RequirementRule r, Period p, long daysLeft, LocalDate day) {
        String what = l.find("drillDuty.rule." + r.code);
        String owed = l.text("drillDuty.owed", Map.of("period", period(l, p), "what", what == null ? r.title : what,
                "citation", r.citation));
        String progress = o.status == ObligationStatus.MET ? l.text("drillDuty.met", Map.of("counted", o.counted))
                : o.counted == 0 ? l.text("drillDuty.noneRecorded")
                : l.text("drillDuty.recorded", Map.of("counted", o.counted, "required", o.required));
        String sep = l.text("drillDuty.separator");
        String rest = switch (o.status) {
            case MET -> null;
            case OPEN, AT_RISK -> l.count("drillDuty.daysLeft", daysLeft);
            case MISSED, PARTIAL -> p.type() == PeriodType.ROLLING_24M && day.isAfter(p.last())
                    ? l.text("drillDuty.ended", Map.of("last", p.last())) + sep
                            + l.count("drillDuty.overdue", java.time.temporal.ChronoUnit.DAYS.between(p.last(), day))
                    : l.text("drillDuty.ended", Map.of("last", p.last()));
            case WAIVED -> l.text("drillDuty.waived", Map.of("reason", o.waiverReason));
        };
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
