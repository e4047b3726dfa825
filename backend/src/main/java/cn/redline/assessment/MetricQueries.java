package cn.redline.assessment;

import cn.redline.org.Org;
import cn.redline.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The computed metrics of the catalogue ({@link MetricCatalogue}), by SQL over the hazard, drill, list, fulfilment and
 * accident tables, for one target and a period [from, to) of local days (Asia/Shanghai). Counting stops at the
 * period's end, or at the end of today while the period runs: a hazard closed after the cutoff was not closed by it.
 * A rate with nothing to count (no hazard due, no key unit) is 1, with its zero denominator in the inputs.
 */
@ApplicationScoped
public class MetricQueries {

    /** Decimals of a rate. */
    static final int RATE_SCALE = 6;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** One metric's value and what it was computed from. */
    public record Value(BigDecimal value, Map<String, Object> inputs) {
    }

    /** The period and the cutoff the values count up to. */
    public record Window(LocalDate from, LocalDate to, LocalDate end, LocalDate overdueBefore, OffsetDateTime cutoff) {

        static Window of(LocalDate from, LocalDate to, LocalDate today) {
            LocalDate end = to.isAfter(today.plusDays(1)) ? today.plusDays(1) : to;
            LocalDate overdueBefore = to.isAfter(today) ? today : to;
            return new Window(from, to, end, overdueBefore, Times.startOf(end));
        }
    }

    public Window window(LocalDate from, LocalDate to) {
        return Window.of(from, to, Times.today(clock));
    }

    /** Every computed metric of the catalogue for the target over the window. */
    public Map<MetricCode, Value> compute(Org target, Window w) {
        Org parent = target.parentId == null ? null : em.find(Org.class, target.parentId);
        TargetScope ts = TargetScope.of(target, parent);
        Map<MetricCode, Value> out = new EnumMap<>(MetricCode.class);
        hazards(ts, w, out);
        drills(target, ts, w, out);
        lists(target, ts, w, out);
        accidents(target, ts, w, out);
        reports(target, w, out);
        return out;
    }

    private void hazards(TargetScope ts, Window w, Map<MetricCode, Value> out) {
        Object[] r = (Object[]) query("""
                select count(*) filter (where deadline >= :from and deadline < :to),
                       count(*) filter (where deadline >= :from and deadline < :to and closed_at < :cutoff),
                       count(*) filter (where deadline >= :from and deadline < :to and closed_at < :cutoff
                                        and cast(closed_at at time zone 'Asia/Shanghai' as date) <= deadline),
                       count(*) filter (where level = 'MAJOR' and deadline < :overdueBefore
                                        and (closed_at is null or closed_at >= :cutoff))
                from hazard where state <> 'REJECTED' and deadline is not null """ + " and " + ts.where("scope_path", "industry"), ts)
                .setParameter("from", w.from()).setParameter("to", w.to()).setParameter("cutoff", w.cutoff())
                .setParameter("overdueBefore", w.overdueBefore()).getSingleResult();
        long due = n(r[0]);
        long closed = n(r[1]);
        long onTime = n(r[2]);
        out.put(MetricCode.HZ_CLOSURE_RATE, rate(closed, due, "closed", "due"));
        out.put(MetricCode.HZ_ONTIME_RATE, rate(onTime, closed, "closedOnTime", "closed"));
        out.put(MetricCode.HZ_OVERDUE_MAJOR, count(n(r[3]), Map.of("overdueBefore", w.overdueBefore().toString())));

        // enterprises in scope with at least one self-check finding (a SELF_CHECK hazard) in every calendar quarter the
        // period touches, discovered by the cutoff: rewards finding hazards, not low counts
        List<String> quarters = new ArrayList<>();
        StringBuilder everyQuarter = new StringBuilder("true");
        Map<String, Object> quarterParams = new LinkedHashMap<>();
        int i = 0;
        for (LocalDate q = quarterStart(w.from()); q.isBefore(w.to()); q = q.plusMonths(3), i++) {
            LocalDate a = q.isBefore(w.from()) ? w.from() : q;
            LocalDate b = q.plusMonths(3).isAfter(w.to()) ? w.to() : q.plusMonths(3);
            quarters.add(a + "/" + b);
            everyQuarter.append(" and exists (select 1 from hazard h where h.enterprise_id = o.id and h.source = 'SELF_CHECK' "
                    + "and h.state <> 'REJECTED' and h.discovered_at >= :q" + i + "a and h.discovered_at < :q" + i + "b "
                    + "and h.discovered_at < :cutoff)");
            quarterParams.put("q" + i + "a", Times.startOf(a));
            quarterParams.put("q" + i + "b", Times.startOf(b));
        }
        Query q = query("select count(*), count(*) filter (where " + everyQuarter + ") from org o where o.kind = 'ENTERPRISE' and "
                + ts.where("o.path", "o.industry"), ts).setParameter("cutoff", w.cutoff());
        quarterParams.forEach(q::setParameter);
        Object[] p = (Object[]) q.getSingleResult();
        Value participation = rate(n(p[1]), n(p[0]), "enterprisesSelfChecking", "enterprises");
        participation.inputs().put("quarters", quarters);
        out.put(MetricCode.HZ_SELFCHECK_PARTICIPATION, participation);
    }

    private void drills(Org target, TargetScope ts, Window w, Map<MetricCode, Value> out) {
        // key units covered in every calendar half the period touches: at least one drill conducted inside each
        List<String> halves = new ArrayList<>();
        StringBuilder covered = new StringBuilder("true");
        Map<String, Object> halfParams = new LinkedHashMap<>();
        int i = 0;
        for (LocalDate half = halfStart(w.from()); half.isBefore(w.to()); half = half.plusMonths(6), i++) {
            LocalDate a = half.isBefore(w.from()) ? w.from() : half;
            LocalDate b = half.plusMonths(6).isAfter(w.to()) ? w.to() : half.plusMonths(6);
            halves.add(a + "/" + b);
            covered.append(" and exists (select 1 from drill d where d.org_id = o.id and d.status = 'CONDUCTED' and "
                    + "coalesce(d.conducted_on, d.day) >= :h" + i + "a and coalesce(d.conducted_on, d.day) < :h" + i + "b)");
            halfParams.put("h" + i + "a", a);
            halfParams.put("h" + i + "b", b);
        }
        Query q = query("select count(*), count(*) filter (where " + covered + ") from org o where o.kind = 'ENTERPRISE' "
                + "and o.emergency_key_category is not null and " + ts.where("o.path", "o.industry"), ts);
        halfParams.forEach(q::setParameter);
        Object[] r = (Object[]) q.getSingleResult();
        Value coverage = rate(n(r[1]), n(r[0]), "keyUnitsCovered", "keyUnits");
        coverage.inputs().put("halves", halves);
        out.put(MetricCode.DR_KEY_COVERAGE, coverage);

        // the target's own drill obligations whose period ended inside the window (and by the cutoff)
        Object[] own = (Object[]) em.createNativeQuery("""
                select count(*), count(*) filter (where o.status in ('MET', 'WAIVED'))
                from obligation o join requirement_rule r on r.id = o.rule_id
                where r.capability = 'DRILL' and o.org_id = :org and o.subject_kind = 'ORG'
                  and o.period_last >= :from and o.period_last < :end""")
                .setParameter("org", target.id).setParameter("from", w.from()).setParameter("end", w.overdueBefore())
                .getSingleResult();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("obligationsMet", n(own[1]));
        inputs.put("obligationsDue", n(own[0]));
        out.put(MetricCode.DR_OWN_MET, new Value(n(own[1]) == n(own[0]) ? BigDecimal.ONE : BigDecimal.ZERO, inputs));

        // drill findings of units in scope due in the period: completed (DONE/VERIFIED) on or before their deadline, or
        // converted into a hazard ticket closed on or before it, and by the cutoff
        Object[] f = (Object[]) query("""
                select count(*),
                       count(*) filter (where (f.status in ('DONE', 'VERIFIED') and exists (select 1 from drill_event e
                                                 where e.record_kind = 'FINDING' and e.record_id = f.id and e.action = 'COMPLETE'
                                                   and e.at < :cutoff and cast(e.at at time zone 'Asia/Shanghai' as date) <= f.deadline))
                                           or (f.status = 'CONVERTED' and exists (select 1 from hazard h where h.id = f.hazard_id
                                                 and h.closed_at < :cutoff
                                                 and cast(h.closed_at at time zone 'Asia/Shanghai' as date) <= f.deadline)))
                from drill_finding f join org o on o.id = f.org_id
                where f.deadline >= :from and f.deadline < :to""" + " and " + ts.where("o.path", "o.industry"), ts)
                .setParameter("from", w.from()).setParameter("to", w.to()).setParameter("cutoff", w.cutoff()).getSingleResult();
        out.put(MetricCode.DR_FINDINGS_CLOSED, rate(n(f[1]), n(f[0]), "closedByDeadline", "due"));
    }

    private void lists(Org target, TargetScope ts, Window w, Map<MetricCode, Value> out) {
        // lists of the period's years held inside the target's scope (not its own): issued by the cutoff, and signed by it
        Object[] s = (Object[]) query("""
                select count(distinct lineage_id) filter (where published_at < :cutoff),
                       count(distinct lineage_id) filter (where published_at < :cutoff and signed_at < :cutoff)
                from responsibility_list
                where status not in ('DRAFT', 'IN_REVIEW', 'DISCARDED') and year >= :fromYear and year <= :toYear
                  and holder_org_id <> :target """ + " and " + ts.where("scope_path", "industry"), ts)
                .setParameter("cutoff", w.cutoff()).setParameter("fromYear", w.from().getYear())
                .setParameter("toYear", w.to().minusDays(1).getYear()).setParameter("target", target.id).getSingleResult();
        out.put(MetricCode.DL_SIGN_RATE, rate(n(s[1]), n(s[0]), "signed", "issued"));

        // the target's duties (its own and its posts'): obligations whose period ended inside the window
        Object[] f = (Object[]) em.createNativeQuery("""
                select count(*) filter (where o.status <> 'WAIVED'), count(*) filter (where o.status = 'MET')
                from obligation o left join requirement_rule r on r.id = o.rule_id
                where o.org_id = :org and (o.duty_item_key is not null or r.capability = 'DUTY')
                  and o.period_last >= :from and o.period_last < :end""")
                .setParameter("org", target.id).setParameter("from", w.from()).setParameter("end", w.overdueBefore())
                .getSingleResult();
        out.put(MetricCode.DL_FULFILMENT_RATE, rate(n(f[1]), n(f[0]), "met", "due"));

        Object falsified = query("select count(*) from fulfilment_record f join org o on o.id = f.org_id where f.state = 'FALSIFIED' "
                + "and f.performed_on >= :from and f.performed_on < :to and " + ts.where("o.path", "o.industry"), ts)
                .setParameter("from", w.from()).setParameter("to", w.to()).getSingleResult();
        out.put(MetricCode.DL_FALSIFIED, count(n(falsified), Map.of()));

        // enterprises in scope whose every post holds a list of the period's years published (by the cutoff) for the
        // public (公示): 全员安全生产责任制 (AWO29); an enterprise without posts is not covered
        Object[] staff = (Object[]) query("""
                select count(*),
                       count(*) filter (where exists (select 1 from post p where p.org_id = o.id)
                                          and not exists (select 1 from post p where p.org_id = o.id and not exists (
                                              select 1 from responsibility_list l where l.holder_post_id = p.id
                                                and l.publicity = 'PUBLIC' and l.published_at < :cutoff
                                                and l.status not in ('DRAFT', 'IN_REVIEW', 'DISCARDED')
                                                and l.year >= :fromYear and l.year <= :toYear)))
                from org o where o.kind = 'ENTERPRISE'""" + " and " + ts.where("o.path", "o.industry"), ts)
                .setParameter("cutoff", w.cutoff()).setParameter("fromYear", w.from().getYear())
                .setParameter("toYear", w.to().minusDays(1).getYear()).getSingleResult();
        out.put(MetricCode.ENT_ALLSTAFF_COVERAGE, rate(n(staff[1]), n(staff[0]), "enterprisesCovered", "enterprises"));
    }

    private void accidents(Org target, TargetScope ts, Window w, Map<MetricCode, Value> out) {
        Object[] r = (Object[]) query("""
                select count(*), coalesce(sum(deaths), 0),
                       count(*) filter (where level = 'LARGER'),
                       count(*) filter (where level in ('MAJOR', 'ESPECIALLY_MAJOR')),
                       coalesce(max(case level when 'GENERAL' then 1 when 'LARGER' then 2 when 'MAJOR' then 3
                                               when 'ESPECIALLY_MAJOR' then 4 end), 0),
                       count(*) filter (where 'CONCEALED' = any(reporting_issues))
                from accident where occurred_on >= :from and occurred_on < :to """ + " and " + ts.where("scope_path", "industry"), ts)
                .setParameter("from", w.from()).setParameter("to", w.to()).getSingleResult();
        out.put(MetricCode.ACC_COUNT, count(n(r[0]), Map.of()));
        out.put(MetricCode.ACC_DEATHS, count(n(r[1]), Map.of()));
        out.put(MetricCode.ACC_LARGER_COUNT, count(n(r[2]), Map.of()));
        out.put(MetricCode.ACC_MAJOR_COUNT, count(n(r[3]), Map.of()));
        out.put(MetricCode.ACC_MAX_LEVEL, count(n(r[4]), Map.of()));
        // 瞒报 only: a late report (迟报) is another fault and no concealment
        out.put(MetricCode.ACC_CONCEALED, count(n(r[5]), Map.of("issues", List.of("CONCEALED"))));

        // ceilings: the strictest in the 目标管理责任书 in force the target holds for the period's year
        @SuppressWarnings("unchecked")
        List<Object[]> ceilings = em.createNativeQuery("""
                select c.metric, min(c.ceiling) from control_indicator c join responsibility_list l on l.id = c.list_id
                where l.holder_org_id = :org and l.year = :year and l.status in ('SIGNED', 'ACTIVE', 'CLOSED')
                  and c.metric in ('ACC_COUNT', 'ACC_DEATHS') group by c.metric""")
                .setParameter("org", target.id).setParameter("year", w.from().getYear()).getResultList();
        for (Object[] c : ceilings) {
            MetricCode code = "ACC_COUNT".equals(c[0]) ? MetricCode.ACC_COUNT_CEILING : MetricCode.ACC_DEATHS_CEILING;
            out.put(code, new Value((BigDecimal) c[1], new LinkedHashMap<>(Map.of("year", w.from().getYear()))));
        }
    }

    /** The target's own reports and the 通报批评 it received. */
    private void reports(Org target, Window w, Map<MetricCode, Value> out) {
        // REPORT obligations of the target whose period ended inside the window: met without late evidence ÷ due
        Object[] r = (Object[]) em.createNativeQuery("""
                select count(*) filter (where o.status <> 'WAIVED'), count(*) filter (where o.status = 'MET' and o.late = 0)
                from obligation o join requirement_rule r on r.id = o.rule_id
                where r.capability = 'REPORT' and o.org_id = :org and o.subject_kind = 'ORG'
                  and o.period_last >= :from and o.period_last < :end""")
                .setParameter("org", target.id).setParameter("from", w.from()).setParameter("end", w.overdueBefore())
                .getSingleResult();
        out.put(MetricCode.RPT_TIMELINESS, rate(n(r[1]), n(r[0]), "onTime", "due"));

        // 通报批评 of the register addressed to the target and issued inside the period, by the cutoff
        Object notices = em.createNativeQuery("""
                select count(*) from accountability_action x
                where x.target_org_id = :org and x.type = 'CIRCULAR_CRITICISM' and x.status <> 'WITHDRAWN'
                  and exists (select 1 from accountability_event e where e.record_id = x.id and e.action = 'ISSUE'
                                and e.at >= :fromAt and e.at < :cutoff)""")
                .setParameter("org", target.id).setParameter("fromAt", Times.startOf(w.from())).setParameter("cutoff", w.cutoff())
                .getSingleResult();
        out.put(MetricCode.NOTICE_CRITICISM, count(n(notices), Map.of("type", "CIRCULAR_CRITICISM")));
    }

    private Query query(String sql, TargetScope ts) {
        Query q = em.createNativeQuery(sql);
        ts.params().forEach(q::setParameter);
        return q;
    }

    private static LocalDate quarterStart(LocalDate d) {
        return LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    private static LocalDate halfStart(LocalDate d) {
        return LocalDate.of(d.getYear(), d.getMonthValue() <= 6 ? 1 : 7, 1);
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static Value rate(long numerator, long denominator, String numeratorName, String denominatorName) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put(numeratorName, numerator);
        inputs.put(denominatorName, denominator);
        BigDecimal v = denominator == 0 ? BigDecimal.ONE
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), RATE_SCALE, RoundingMode.HALF_UP);
        return new Value(v, inputs);
    }

    private static Value count(long n, Map<String, Object> inputs) {
        return new Value(BigDecimal.valueOf(n), new LinkedHashMap<>(inputs));
    }
}
