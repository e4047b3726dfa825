package cn.redline.drill;

import cn.redline.duty.ObligationStatus;
import cn.redline.org.OrgKind;
import cn.redline.org.OrgView;
import cn.redline.platform.Labels;
import cn.redline.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The obligations a drill's evaluation leaves behind (§3.4), in their own table because the drill recount deletes and
 * rebuilds the rule-period ones:
 * <ul>
 * <li>PLAN_REVISION (D10): a MAJOR finding of category PLAN obliges the organiser to revise the drill's plans within
 * {@value #PLAN_REVISION_DAYS} days of the evaluation's signing (of the finding's day when it is recorded after the
 * signing). Met once one of those plans has another edition (planVersion) than when the obligation arose or a
 * lastReviewDate on or after the finding's day, or once the finding is VERIFIED.</li>
 * <li>REDRILL: the conclusion NOT_ACHIEVED_REDRILL obliges the organiser to drill the same scenario again within
 * {@value #REDRILL_DAYS} days of the signing. The domain names no number: 90 days is a default choice of ours. Met once
 * a later drill of the organiser on the same scenario event type is CONDUCTED, EVALUATED or CLOSED and was not stopped
 * early (a terminated drill keeps its terminationReason when evaluated or closed, and proves no fix): held after the
 * signing day, or on it and ended (or recorded) after the obligation arose; when the drill named no scenario, any such
 * later drill of the organiser meets it.</li>
 * <li>EVALUATION (D9): a held drill (CONDUCTED or TERMINATED) is evaluated within {@value #EVALUATION_DAYS} days of its
 * end (its actual end, else the day it was held). Met once its evaluation is signed.</li>
 * <li>SUMMARY (D19): a held drill's summary report (演练总结报告, a file of purpose SUMMARY_REPORT) is attached within
 * {@value #SUMMARY_DAYS} days of its end. Met once one is attached.</li>
 * </ul>
 * The first two arise when the evaluation is signed (SUBMIT_EVALUATION) and when a finding of a signed evaluation is
 * recorded or changed ({@link #arise}); the last two when the drill is held ({@link #ariseHeld}): ended, terminated, or
 * recorded as held. The deadlines are rule data in the domain with no national number (§3.4): 15 and 30 days are its
 * defaults. Whether one is met is read from those records in the statement itself, never stored, so
 * plan edits and later drills need no hook here; AT_RISK {@value #AT_RISK_DAYS} days ahead like the rules' default.
 */
@ApplicationScoped
public class DrillFollowUps {

    static final int PLAN_REVISION_DAYS = 60;
    /** A default choice (the domain gives no number): a re-drill within 90 days of the signing. */
    static final int REDRILL_DAYS = 90;
    static final int AT_RISK_DAYS = 30;
    /** §3.4's default: the evaluation within 15 days of the drill's end. */
    static final int EVALUATION_DAYS = 15;
    /** §3.4's default: the summary report within 30 days of the drill's end. */
    static final int SUMMARY_DAYS = 30;

    /** Whether the follow-up {@code f} is met, as SQL over the plans, the finding and the organiser's later drills. */
    static final String MET = """
            case when f.kind = 'EVALUATION' then
                exists (select 1 from drill_evaluation e where e.drill_id = f.drill_id and e.signed_at is not null)
            when f.kind = 'SUMMARY' then
                exists (select 1 from attachment a where a.owner_type = 'drill' and a.owner_id = f.drill_id
                        and a.purpose = 'SUMMARY_REPORT')
            when f.kind = 'PLAN_REVISION' then
                exists (select 1 from drill_finding x where x.id = f.finding_id and x.status = 'VERIFIED')
                or exists (select 1 from jsonb_array_elements(f.plans) p join emergency_plan e on e.id = cast(p ->> 'planId' as uuid)
                           where e.plan_version is distinct from p ->> 'planVersion' or e.last_review_date >= f.since)
            else exists (select 1 from drill d2 where d2.org_id = f.org_id and d2.id <> f.drill_id
                         and d2.status in ('CONDUCTED', 'EVALUATED', 'CLOSED') and d2.termination_reason is null
                         and (d2.conducted_on > f.since or d2.conducted_on = f.since
                              and coalesce(d2.actual_end, d2.created_at) > f.created_at)
                         and (f.scenario_type is null or d2.scenario ->> 'eventType' = f.scenario_type))
            end""";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DrillEvaluations evaluations;

    @Inject
    DrillFindings findings;

    /** One follow-up as read, with its status for today. */
    record Row(UUID id, DrillFollowUpKind kind, OrgView.OrgRef org, String industry, boolean emergencyKeyUnit, UUID drillId,
               String drillTitle, UUID findingId, Integer findingNumber, String scenarioType, LocalDate since, LocalDate due,
               ObligationStatus status, long daysLeft) {

        String citation(Labels l) {
            return l.text("drillFollowUp.citation." + kind.name());
        }

        /** "{what} ({citation}); due {day}; {n} days left", in the catalog's language. */
        String reason(Labels l) {
            String what = kind == DrillFollowUpKind.EVALUATION || kind == DrillFollowUpKind.SUMMARY
                    ? l.text("drillFollowUp.owed." + kind.name(), Map.of("drill", drillTitle, "since", since))
                    : kind == DrillFollowUpKind.PLAN_REVISION
                    ? l.text("drillFollowUp.owed.PLAN_REVISION", Map.of("drill", drillTitle, "number", findingNumber))
                    : scenarioType == null ? l.text("drillFollowUp.owed.REDRILL_ANY", Map.of("drill", drillTitle))
                    : l.text("drillFollowUp.owed.REDRILL", Map.of("drill", drillTitle, "scenario", scenarioType));
            String sep = l.text("drillDuty.separator");
            String owed = l.text("drillFollowUp.reason", Map.of("what", what, "citation", citation(l)));
            return owed + sep + switch (status) {
                case MET -> l.text("drillFollowUp.met." + kind.name());
                case MISSED, PARTIAL -> l.text("drillDuty.ended", Map.of("last", due));
                case OPEN, AT_RISK, WAIVED -> l.text("drillFollowUp.due", Map.of("due", due)) + sep
                        + l.count("drillDuty.daysLeft", daysLeft);
            };
        }
    }

    /**
     * Brings the follow-ups of a drill in line with its signed evaluation: one PLAN_REVISION per MAJOR PLAN finding (a
     * finding changed away from that loses its unmet one), one REDRILL for the conclusion NOT_ACHIEVED_REDRILL. Nothing
     * while the evaluation is unsigned. Call it in the transaction that signs or changes findings.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void arise(Drill d) {
        DrillEvaluation e = evaluations.of(d.id).orElse(null);
        if (e == null || e.signedAt == null) {
            return;
        }
        LocalDate signed = e.signedAt.atZoneSameInstant(Times.ZONE).toLocalDate();
        List<DrillFollowUp> existing = em.createQuery("from DrillFollowUp where drillId = :d", DrillFollowUp.class)
                .setParameter("d", d.id).getResultList();
        for (DrillFinding f : findings.ofDrill(d.id)) {
            boolean owes = f.severity == DrillFindingSeverity.MAJOR && f.category == DrillFindingCategory.PLAN;
            DrillFollowUp mine = existing.stream().filter(x -> f.id.equals(x.findingId)).findFirst().orElse(null);
            if (owes && mine == null) {
                LocalDate found = f.createdAt.atZoneSameInstant(Times.ZONE).toLocalDate();
                DrillFollowUp u = create(DrillFollowUpKind.PLAN_REVISION, d, e, found,
                        (found.isAfter(signed) ? found : signed).plusDays(PLAN_REVISION_DAYS));
                u.findingId = f.id;
                d.plans.forEach(p -> u.plans.add(new DrillFollowUp.PlanEdition(p.id, p.planVersion)));
                em.persist(u);
            } else if (!owes && mine != null && !met(mine.id)) {
                em.remove(mine);
            }
        }
        if (e.conclusion == DrillEvaluationConclusion.NOT_ACHIEVED_REDRILL
                && existing.stream().noneMatch(x -> x.kind == DrillFollowUpKind.REDRILL)) {
            DrillFollowUp u = create(DrillFollowUpKind.REDRILL, d, e, signed, signed.plusDays(REDRILL_DAYS));
            u.scenarioType = d.scenario == null || d.scenario.eventType() == null || d.scenario.eventType().isBlank()
                    ? null : d.scenario.eventType().strip();
            em.persist(u);
        }
        em.flush();
    }

    /**
     * A drill was just held (ended, terminated or recorded as held): it owes its evaluation and its summary report, each
     * once, counted from its actual end (else the day it was held). Call it in the transaction that holds the drill.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void ariseHeld(Drill d) {
        LocalDate end = d.actualEnd != null ? d.actualEnd.atZoneSameInstant(Times.ZONE).toLocalDate() : d.conductedOn;
        if (end == null) {
            return;
        }
        List<DrillFollowUpKind> existing = em.createQuery("select kind from DrillFollowUp where drillId = :d", DrillFollowUpKind.class)
                .setParameter("d", d.id).getResultList();
        for (DrillFollowUpKind kind : List.of(DrillFollowUpKind.EVALUATION, DrillFollowUpKind.SUMMARY)) {
            if (!existing.contains(kind)) {
                em.persist(create(kind, d, null, end, end.plusDays(kind == DrillFollowUpKind.EVALUATION ? EVALUATION_DAYS
                        : SUMMARY_DAYS)));
            }
        }
        em.flush();
    }

    private DrillFollowUp create(DrillFollowUpKind kind, Drill d, DrillEvaluation e, LocalDate since, LocalDate due) {
        DrillFollowUp u = new DrillFollowUp();
        u.id = UUID.randomUUID();
        u.kind = kind;
        u.orgId = d.orgId;
        u.drillId = d.id;
        u.evaluationId = e == null ? null : e.id;
        u.since = since;
        u.due = due;
        u.createdAt = Times.now(clock);
        return u;
    }

    private boolean met(UUID id) {
        return Boolean.TRUE.equals(em.createNativeQuery("select " + MET + " from drill_follow_up f where f.id = :id")
                .setParameter("id", id).getSingleResult());
    }

    /** The follow-ups of one org that had arisen by {@code day}, met ones included, soonest due first. */
    List<Row> ofOrg(UUID orgId, LocalDate day) {
        return rows("f.org_id = :org and f.since <= :day", Map.of("org", orgId, "day", day), false, null, null, 500);
    }

    /** The follow-ups one drill's evaluation left, met ones included, soonest due first. */
    List<Row> ofDrill(UUID drillId) {
        return rows("f.drill_id = :drill", Map.of("drill", drillId), false, null, null, 100);
    }

    /**
     * Unmet follow-ups matching {@code where} (over {@code o}, the org, and {@code f}), soonest due first, after the
     * cursor (due, id) when given; at most {@code limit}.
     */
    List<Row> unmet(String where, Map<String, Object> params, LocalDate afterDue, UUID afterId, int limit) {
        return rows(where, params, true, afterDue, afterId, limit);
    }

    private List<Row> rows(String where, Map<String, Object> params, boolean unmetOnly, LocalDate afterDue, UUID afterId,
                           int limit) {
        String after = afterDue == null ? "" : " and (y.due > :afterDue or (y.due = :afterDue and y.id > :afterId))";
        Query q = em.createNativeQuery("""
                select * from (
                    select f.id, f.kind, f.org_id, o.code, o.name, o.kind as org_kind, o.industry,
                           o.emergency_key_category is not null as key_unit, f.drill_id, d.title, f.finding_id, x.number,
                           f.scenario_type, f.since, f.due, %s as met
                    from drill_follow_up f join org o on o.id = f.org_id join drill d on d.id = f.drill_id
                         left join drill_finding x on x.id = f.finding_id
                    where %s) y
                where %s%s
                order by y.due, y.id limit :limit""".formatted(MET, where, unmetOnly ? "not y.met" : "true", after));
        params.forEach(q::setParameter);
        if (afterDue != null) {
            q.setParameter("afterDue", afterDue).setParameter("afterId", afterId);
        }
        q.setParameter("limit", limit);
        LocalDate today = Times.today(clock);
        List<Row> out = new ArrayList<>();
        for (Object r : q.getResultList()) {
            Object[] c = (Object[]) r;
            LocalDate due = date(c[14]);
            boolean met = Boolean.TRUE.equals(c[15]);
            long daysLeft = Math.max(0, ChronoUnit.DAYS.between(today, due.plusDays(1)));
            ObligationStatus status = met ? ObligationStatus.MET : today.isAfter(due) ? ObligationStatus.MISSED
                    : daysLeft <= AT_RISK_DAYS ? ObligationStatus.AT_RISK : ObligationStatus.OPEN;
            out.add(new Row((UUID) c[0], DrillFollowUpKind.valueOf((String) c[1]),
                    new OrgView.OrgRef((UUID) c[2], (String) c[3], (String) c[4], OrgKind.valueOf((String) c[5])),
                    (String) c[6], Boolean.TRUE.equals(c[7]), (UUID) c[8], (String) c[9], (UUID) c[10],
                    c[11] == null ? null : ((Number) c[11]).intValue(), (String) c[12], date(c[13]), due, status, daysLeft));
        }
        return out;
    }

    /** The view of GET /drill-obligations. */
    static DrillObligationView.FollowUp view(Row r) {
        Labels zh = Labels.of(Labels.ZH);
        Labels en = Labels.of(Labels.EN);
        return new DrillObligationView.FollowUp(r.id(), r.kind(), r.drillId(), r.drillTitle(), r.findingId(), r.findingNumber(),
                r.scenarioType(), r.since(), r.due(), r.status(), r.daysLeft(), r.citation(zh), r.reason(zh), r.reason(en));
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
