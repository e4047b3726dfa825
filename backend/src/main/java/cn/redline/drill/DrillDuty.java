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
        List<Held> held = held(em, List.of(org.id), current.values().stream().map(Period::first).min(LocalDate::compareTo).orElse(day),
                current.values().stream().map(Period::last).max(LocalDate::compareTo).orElse(day)).getOrDefault(org.id, List.of());
        List<DrillObligationView> items = new ArrayList<>();
        for (RequirementRule r : rules) {
            List<Evidence> mine = evidence.getOrDefault(r.id, List.of());
            Period p = current.get(r.id);
            Obligation o = stored.get(r.id + "/" + p.key());
            items.add(view(o == null ? computed(org, r, p, mine, today) : current(o, r, today), r, day, today, held));
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

    private static DrillObligationView view(Obligation o, RequirementRule r, LocalDate day, LocalDate today, List<Held> held) {
        Period p = o.period();
        long daysLeft = p.daysLeft(today);
        return new DrillObligationView(o.id, r.id, r.code, r.title, r.citation, r.qualifier, r.mustReportTo, r.periodType,
                o.periodKey, o.periodFirst, o.periodLast, o.required, o.counted, o.status, daysLeft,
                reason(Labels.of(Labels.ZH), o, r, p, daysLeft, day, held), reason(Labels.of(Labels.EN), o, r, p, daysLeft, day, held));
    }

    /** A drill of an org as the reasons name it: its title and the facts that decide whether it counts. */
    record Held(String title, DrillFacts facts) {
    }

    /** The held or terminated drills of {@code orgIds} dated between two days, per org, oldest first. */
    static Map<UUID, List<Held>> held(EntityManager em, List<UUID> orgIds, LocalDate from, LocalDate to) {
        Map<UUID, List<Held>> out = new HashMap<>();
        if (orgIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select d.id, d.org_id, d.title, d.status, d.termination_reason, d.form, d.scope, d.conducted_on, d.created_at,
                               d.reported_to_regulator_at,
                               (select string_agg(distinct p.kind, ',') from drill_plan dp join emergency_plan p on p.id = dp.plan_id
                                where dp.drill_id = d.id)
                        from drill d where d.org_id in :orgs and d.conducted_on between :from and :to
                          and d.status in ('CONDUCTED', 'EVALUATED', 'CLOSED', 'TERMINATED')
                        order by d.conducted_on, d.id""")
                .setParameter("orgs", orgIds).setParameter("from", from).setParameter("to", to).getResultList();
        for (Object[] r : rows) {
            DrillFacts f = new DrillFacts((UUID) r[0], (UUID) r[1], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                    r[10] == null ? java.util.Set.of() : java.util.Set.of(((String) r[10]).split(",")), day(r[7]), time(r[8]), time(r[9]));
            out.computeIfAbsent(f.orgId(), k -> new ArrayList<>()).add(new Held((String) r[2], f));
        }
        return out;
    }

    private static String lower(String label) {
        return label.toLowerCase(java.util.Locale.ROOT);
    }

    private static LocalDate day(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static java.time.OffsetDateTime time(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) o).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    /**
     * The drills dated in {@code p} that do not count for {@code r}, each with why in words: stopped early, the wrong plan
     * kind, scope or form, not reported to the regulator (a rule that asks for it), entered after late entry closed.
     */
    static List<String> uncounted(Labels l, RequirementRule r, Period p, List<Held> held) {
        List<String> out = new ArrayList<>();
        for (Held h : held == null ? List.<Held>of() : held) {
            DrillFacts d = h.facts();
            if (!p.contains(d.conductedOn()) || !r.inForceOn(d.conductedOn())) {
                continue;
            }
            String why = DrillQualifier.why(r.qualifier, d);
            String text;
            if (why != null) {
                List<String> wanted = switch (why) {
                    case "planKind" -> DrillQualifier.allowed(r.qualifier, why).stream().map(v -> lower(l.enumValue("EmergencyPlanKind", v))).toList();
                    case "scope" -> DrillQualifier.allowed(r.qualifier, why).stream().map(v -> lower(l.enumValue("DrillScope", v))).toList();
                    case "form" -> DrillQualifier.allowed(r.qualifier, why).stream().map(v -> lower(l.enumValue("DrillForm", v))).toList();
                    default -> List.of();
                };
                text = l.text("drillDuty.why." + why, Map.of("wanted", String.join(l.text("drillDuty.or"), wanted)));
            } else if (r.mustReportTo != null && d.reportedAt() == null) {
                text = l.text("drillDuty.why.notReported");
            } else {
                java.time.OffsetDateTime entered = r.mustReportTo != null && d.reportedAt() != null
                        && (d.enteredAt() == null || d.reportedAt().isAfter(d.enteredAt())) ? d.reportedAt() : d.enteredAt();
                if (entered == null || p.timing(d.conductedOn(), entered.toInstant(), r.graceDays) != cn.redline.duty.EvidenceTiming.TOO_LATE) {
                    continue;
                }
                text = l.text(r.mustReportTo != null && entered.equals(d.reportedAt()) ? "drillDuty.why.reportedTooLate"
                        : "drillDuty.why.tooLate", Map.of("entered", entered.atZoneSameInstant(Times.ZONE).toLocalDate()));
            }
            out.add(l.text("drillDuty.uncountedDrill", Map.of("title", h.title(), "date", d.conductedOn(), "why", text)));
        }
        return out;
    }

    /**
     * "{period} {what} owed under {citation}; {progress}; {what is left}", in the catalog's language, as of {@code day}:
     * a rolling window still current after it ended says how many days it is overdue.
     */
    static String reason(Labels l, Obligation o, RequirementRule r, Period p, long daysLeft, LocalDate day, List<Held> held) {
        String what = l.find("drillDuty.rule." + r.code);
        String owed = l.text("drillDuty.owed", Map.of("period", period(l, p), "what", what == null ? r.title : what,
                "citation", r.citation));
        List<String> uncounted = o.status == ObligationStatus.MET || o.status == ObligationStatus.WAIVED ? List.of()
                : uncounted(l, r, p, held);
        String progress = o.status == ObligationStatus.MET
                ? l.text(r.mustReportTo != null ? "drillDuty.metReported" : "drillDuty.met", Map.of("counted", o.counted))
                : o.counted == 0 ? l.text(uncounted.isEmpty() ? "drillDuty.noneRecorded" : "drillDuty.noneCounted")
                : l.text("drillDuty.recorded", Map.of("counted", o.counted, "required", o.required));
        String sep = l.text("drillDuty.separator");
        if (!uncounted.isEmpty()) {
            progress += sep + l.text("drillDuty.uncounted", Map.of("drills", String.join(l.text("drillDuty.listSeparator"), uncounted)));
        }
        String rest = switch (o.status) {
            case MET -> null;
            case OPEN, AT_RISK -> daysLeft == 0 && r.graceDays > 0
                    ? l.text("drillDuty.lateEntry", Map.of("last", p.last(), "until", p.last().plusDays(r.graceDays)))
                    : l.count("drillDuty.daysLeft", daysLeft);
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
