package cn.redline.drill;

import cn.redline.duty.Obligation;
import cn.redline.duty.ObligationStatus;
import cn.redline.duty.Period;
import cn.redline.duty.RequirementRule;
import cn.redline.org.Org;
import cn.redline.org.OrgKind;
import cn.redline.org.OrgView;
import cn.redline.platform.Caller;
import cn.redline.platform.Cursor;
import cn.redline.platform.Labels;
import cn.redline.platform.PageParams;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Scope;
import cn.redline.platform.Times;
import cn.redline.platform.Xlsx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Drill-duty coverage (§3.5, §3.6 items 2, 3): who has not met which drill duty in an org's subtree, by territory,
 * industry and key-unit flag, with days left and red/yellow/green counts per child org; plans and scenarios not drilled
 * in three years; the 演练台账. Read from the stored obligations (the writers and the daily job keep them), each graded
 * for the day asked about in the statement itself (a stored status may be a day old; a finalised one is as frozen).
 * Everything is limited to the caller's scope; an org outside it is 404.
 */
@ApplicationScoped
public class DrillCoverage {

    static final int LEDGER_MAX_ROWS = 50_000;
    /** Scenario gaps (org × scenario type) listed at most, in org code order. */
    static final int SCENARIO_GAPS_MAX = 1000;

    /** The status of an obligation graded on :today, as {@link ObligationStatus#of} does. */
    static final String STATUS = """
            case when b.finalised then b.status
                 when b.waiver_reason is not null then 'WAIVED'
                 when b.counted >= b.required then 'MET'
                 when cast(:today as date) > b.period_last + r.grace_days then case when b.counted > 0 then 'PARTIAL' else 'MISSED' end
                 when b.period_last - cast(:today as date) + 1 <= r.at_risk_days then 'AT_RISK'
                 else 'OPEN' end""";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    DrillAccess access;

    @Inject
    DrillFollowUps followUps;

    /** Filters of every coverage read. */
    public record Filter(LocalDate on, String industry, Boolean emergencyKeyUnit, String ruleCode) {
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    /**
     * The org obligations current on {@code :on} as {@code b}, with {@code b.finalised}: the open ones (not finalised:
     * every period holding today or later) from the small partial index {@code obligation_org_open_idx}, and the
     * finalised ones (a period holding a past day) from {@code obligation_final_period_idx}. {@code open} and
     * {@code finalised} are the two branches' select lists (the same columns; a branch may fill one with a constant).
     * A calendar period is current on the days it holds. A rolling window ({@code :rolling}, ROLLING_24M rules) is current
     * from its first day until the next window starts (the day after a drill): overdue after its last day until then,
     * finalised or not (the third branch, few rows: governments and departments), and the window a drill held on
     * {@code :on} after an overdue one starts is current already. A calendar period is finalised only after its last day,
     * so for today or a later day ({@code :on >= :today}) the finalised branch is skipped before it reads anything.
     * Every branch reads only the orgs of {@code orgIds} (an array expression, e.g. over a materialised CTE of the subtree's
     * orgs), so a district reads its own obligations through the per-org indexes instead of hashing the city's.
     * Parameters: {@link #currentParams} and {@code :today}.
     */
    static String current(String open, String finalised, String orgIds) {
        return """
                (select %1$s, false as finalised from obligation x where x.org_id = any(%3$s) and subject_kind = 'ORG'
                     and finalised_at is null and period_first <= :on and period_last >= :on
                     and not (x.rule_id in (:rolling) and exists (select 1 from obligation n where n.rule_id = x.rule_id
                              and n.subject_kind = 'ORG' and n.subject_id = x.org_id and n.period_first > x.period_first
                              and n.period_first <= :on))
                 union all
                 select %2$s, true from obligation x where x.org_id = any(%3$s) and subject_kind = 'ORG'
                     and finalised_at is not null and period_first <= :on and period_last >= :on
                     and cast(:on as date) < cast(:today as date)
                     and not (x.rule_id in (:rolling) and exists (select 1 from obligation n where n.rule_id = x.rule_id
                              and n.subject_kind = 'ORG' and n.subject_id = x.org_id and n.period_first > x.period_first
                              and n.period_first <= :on))
                 union all
                 select %1$s, finalised_at is not null from obligation x where x.org_id = any(%3$s) and x.rule_id in (:rolling)
                     and subject_kind = 'ORG'
                     and period_first <= cast(:onNext as date)
                     and not (period_first <= :on and period_last >= :on)
                     and not exists (select 1 from obligation n where n.rule_id = x.rule_id and n.subject_kind = 'ORG'
                                     and n.subject_id = x.subject_id and n.period_first > x.period_first
                                     and n.period_first <= cast(:onNext as date))
                     and (x.period_first <= :on
                          or not exists (select 1 from obligation q where q.rule_id = x.rule_id and q.subject_kind = 'ORG'
                                         and q.subject_id = x.subject_id and q.period_first <= :on and q.period_last >= :on))
                ) b""".formatted(open, finalised, orgIds);
    }

    /** The parameters of {@link #current}: the day, the day after and the rolling drill rules. */
    private void currentParams(Map<String, Object> p, LocalDate on) {
        p.put("on", on);
        p.put("onNext", on.plusDays(1));
        List<UUID> rolling = em.createQuery("select r.id from RequirementRule r where r.capability = :c and r.periodType = :t",
                UUID.class).setParameter("c", cn.redline.duty.Capability.DRILL)
                .setParameter("t", cn.redline.duty.PeriodType.ROLLING_24M).getResultList();
        // no rolling rule: an id no rule has, so the branches stay valid SQL
        p.put("rolling", rolling.isEmpty() ? List.of(new UUID(0, 0)) : rolling);
    }

    /**
     * What {@link #STATUS} grades from, read from the indexes alone: a finalised obligation's stored status is final,
     * so its branch needs no counts.
     */
    private static final String GRADED_OPEN = "org_id, rule_id, status, counted, required, waiver_reason, period_last";
    /** The columns of an unmet obligation. */
    private static final String DEBT = GRADED_OPEN + ", id, period_key, period_first";
    private static final String GRADED_FINAL = "org_id, rule_id, status, 0, 0, cast(null as varchar), period_last";

    /** The obligations of the periods holding {@code on}, in {@code root}'s subtree and the caller's scope. */
    private Where where(Org root, Filter f, LocalDate today) {
        Where orgs = orgs(root, f);
        Map<String, Object> p = new HashMap<>(orgs.params());
        List<String> w = new ArrayList<>();
        w.add("r.capability = 'DRILL' and b.rule_id = r.id and o.id = b.org_id");
        w.add(orgs.sql());
        currentParams(p, f.on() == null ? today : f.on());
        if (f.ruleCode() != null) {
            w.add("r.code = :rule");
            p.put("rule", f.ruleCode());
        }
        p.put("today", today);
        return new Where(String.join(" and ", w), p);
    }

    /** The orgs {@code o} of {@code root}'s subtree in the caller's scope that the filter's industry and key-unit flag keep. */
    private Where orgs(Org root, Filter f) {
        Map<String, Object> p = new HashMap<>();
        List<String> w = new ArrayList<>();
        w.add("o.path like :root");
        p.put("root", root.path + "%");
        Scope.Filter s = caller.scope().where("o.path", "o.industry");
        w.add(s.hql());
        p.putAll(s.params());
        if (f.industry() != null) {
            w.add("o.industry = :industry");
            p.put("industry", f.industry());
        }
        if (f.emergencyKeyUnit() != null) {
            w.add("o.kind = 'ENTERPRISE' and o.emergency_key_category is " + (f.emergencyKeyUnit() ? "not null" : "null"));
        }
        return new Where(String.join(" and ", w), p);
    }

    private static Query bind(Query q, Map<String, Object> params) {
        params.forEach(q::setParameter);
        return q;
    }

    // ------------------------------------------------------------------ per child org

    public DrillCoverageView coverage(UUID orgId, Filter f) {
        Org root = access.visibleOrg(orgId);
        LocalDate today = Times.today(clock);
        // the subtree's orgs first (each with its child segment), then their graded obligations joined by hash, per org
        // its obligations by status, then per child; the org set is materialised so the join does not hang on the
        // planner's estimate of the obligations of the periods holding the day (a range over two columns)
        Where orgs = orgs(root, f);
        Map<String, Object> params = new HashMap<>(orgs.params());
        currentParams(params, f.on() == null ? today : f.on());
        params.put("today", today);
        String rule = "";
        if (f.ruleCode() != null) {
            rule = " and r.code = :rule";
            params.put("rule", f.ruleCode());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("""
                with t as materialized (select o.id, split_part(substr(o.path, length(:rootPath) + 1), '/', 1) as child
                                        from org o where %s),
                     s as (select t.id as org_id, t.child, %s as status
                           from %s join requirement_rule r on r.id = b.rule_id join t on t.id = b.org_id
                           where r.capability = 'DRILL'%s),
                     per_org as (select org_id, min(child) as child,
                                        count(*) filter (where status in ('MET', 'WAIVED')) as met,
                                        count(*) filter (where status = 'OPEN') as open,
                                        count(*) filter (where status = 'AT_RISK') as at_risk,
                                        count(*) filter (where status in ('MISSED', 'PARTIAL')) as missed
                                 from s group by org_id)
                select child, sum(met), sum(open), sum(at_risk), sum(missed),
                       count(*) filter (where missed = 0 and at_risk = 0),
                       count(*) filter (where missed = 0 and at_risk > 0),
                       count(*) filter (where missed > 0)
                from per_org group by 1""".formatted(orgs.sql(), STATUS, current(GRADED_OPEN, GRADED_FINAL, "array(select id from t)"), rule)), params)
                .setParameter("rootPath", root.path).getResultList();
        Map<String, DrillCoverageView.Counts> bySegment = new HashMap<>();
        for (Object[] r : rows) {
            bySegment.put((String) r[0], new DrillCoverageView.Counts(n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7])));
        }
        DrillCoverageView.Counts total = bySegment.values().stream().reduce(DrillCoverageView.Counts.ZERO, DrillCoverageView.Counts::plus);
        DrillCoverageView.Counts own = bySegment.getOrDefault("", DrillCoverageView.Counts.ZERO);
        List<DrillCoverageView.Child> children = new ArrayList<>();
        Scope scope = caller.scope();
        DrillCoverageView.Counts hidden = DrillCoverageView.Counts.ZERO;
        for (Org child : em.createQuery("from Org where parentId = :p order by kind, code", Org.class)
                .setParameter("p", root.id).getResultList()) {
            DrillCoverageView.Counts c = bySegment.remove(Org.segment(child.id));
            if (scope.contains(child.path, child.industry)) {
                children.add(new DrillCoverageView.Child(OrgView.OrgRef.of(child), c == null ? DrillCoverageView.Counts.ZERO : c));
            } else if (c != null) {
                hidden = hidden.plus(c);
            }
        }
        // enterprises a supervising department sees under regions it does not: counted under "others"
        return new DrillCoverageView(root.id, f.on() == null ? today : f.on(), total, own, children,
                hidden.equals(DrillCoverageView.Counts.ZERO) ? null : hidden);
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    // ------------------------------------------------------------------ who owes what

    /**
     * Unmet obligations (not MET or WAIVED) in the subtree, fewest days left first, each with its reason in words: the rules'
     * of the periods holding the day, and the follow-ups of drill evaluations ({@link DrillFollowUps}) arisen by then.
     */
    public DrillDebtPage debts(UUID orgId, Filter f, PageParams page) {
        Org root = access.visibleOrg(orgId);
        LocalDate today = Times.today(clock);
        Where w = where(root, f, today);
        LocalDate on = f.on() == null ? today : f.on();
        Map<String, Object> params = new HashMap<>(w.params());
        String after = "";
        LocalDate afterLast = null;
        UUID afterId = null;
        if (page.after() != null) {
            List<String> c = Cursor.decode(page.after(), "drill-debts", 2);
            try {
                afterLast = LocalDate.parse(c.get(0));
                afterId = UUID.fromString(c.get(1));
            } catch (RuntimeException e) {
                throw Cursor.invalid();
            }
            params.put("afterLast", afterLast);
            params.put("afterId", afterId);
            after = " and (b.period_last > :afterLast or (b.period_last = :afterLast and b.id > :afterId))";
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("""
                with t as materialized (select o.id from org o where %s)
                select * from (
                    select b.id, b.rule_id, b.org_id, o.code, o.name, o.kind, o.industry, o.emergency_key_category is not null,
                           b.period_key, b.period_first, b.period_last, b.required, b.counted, %s as status, b.waiver_reason
                    from %s, requirement_rule r, org o where %s%s) x
                where x.status not in ('MET', 'WAIVED')
                order by x.period_last, x.id limit :limit""".formatted(orgs(root, f).sql(), STATUS,
                current(DEBT, DEBT, "array(select id from t)"), w.sql(), after)), params)
                .setParameter("limit", page.limit + 1).getResultList();
        Map<UUID, RequirementRule> rules = new HashMap<>();
        // the drills the reasons name (those that did not count), of the page's orgs and periods
        Map<UUID, List<DrillDuty.Held>> held = DrillDuty.held(em, rows.stream().map(r -> (UUID) r[2]).distinct().toList(),
                rows.stream().map(r -> date(r[9])).min(LocalDate::compareTo).orElse(on),
                rows.stream().map(r -> date(r[10])).max(LocalDate::compareTo).orElse(on));
        Labels zh = Labels.of(Labels.ZH);
        Labels en = Labels.of(Labels.EN);
        List<DrillDebtPage.Debt> items = new ArrayList<>();
        for (Object[] r : rows) {
            Obligation o = new Obligation();
            o.id = (UUID) r[0];
            o.ruleId = (UUID) r[1];
            o.orgId = (UUID) r[2];
            o.periodKey = (String) r[8];
            o.periodFirst = date(r[9]);
            o.periodLast = date(r[10]);
            o.required = ((Number) r[11]).intValue();
            o.counted = ((Number) r[12]).intValue();
            o.status = ObligationStatus.valueOf((String) r[13]);
            o.waiverReason = (String) r[14];
            RequirementRule rule = rules.computeIfAbsent(o.ruleId, id -> em.find(RequirementRule.class, id));
            Period p = o.period();
            long daysLeft = p.daysLeft(today);
            items.add(new DrillDebtPage.Debt(o.id, new OrgView.OrgRef(o.orgId, (String) r[3], (String) r[4], OrgKind.valueOf((String) r[5])),
                    (String) r[6], (Boolean) r[7], rule.code, rule.citation, rule.mustReportTo, o.periodKey, o.periodFirst,
                    o.periodLast, o.required, o.counted, o.status, daysLeft, DrillDuty.reason(zh, o, rule, p, daysLeft, on,
                    held.get(o.orgId)), DrillDuty.reason(en, o, rule, p, daysLeft, on, held.get(o.orgId)), null, null));
        }
        // the evaluations' follow-ups arisen by the day, merged in the same order (due day as the period's last, then id)
        if (f.ruleCode() == null || Arrays.stream(DrillFollowUpKind.values()).anyMatch(k -> k.name().equals(f.ruleCode()))) {
            Where orgs = orgs(root, f);
            Map<String, Object> p = new HashMap<>(orgs.params());
            p.put("on", f.on() == null ? today : f.on());
            String kind = f.ruleCode() == null ? "" : " and f.kind = :kind";
            if (f.ruleCode() != null) {
                p.put("kind", f.ruleCode());
            }
            for (DrillFollowUps.Row u : followUps.unmet(orgs.sql() + " and f.since <= :on" + kind, p, afterLast, afterId,
                    page.limit + 1)) {
                items.add(new DrillDebtPage.Debt(u.id(), u.org(), u.industry(), u.emergencyKeyUnit(), u.kind().name(),
                        u.citation(zh), null, u.due().toString(), u.since(), u.due(), 1, 0, u.status(), u.daysLeft(),
                        u.reason(zh), u.reason(en), u.kind(), u.drillId()));
            }
            // uuid order of PostgreSQL is that of the lower-case hex text
            items.sort(Comparator.comparing(DrillDebtPage.Debt::periodLast).thenComparing(d -> d.obligationId().toString()));
        }
        boolean more = items.size() > page.limit;
        if (more) {
            items = new ArrayList<>(items.subList(0, page.limit));
        }
        String next = more
                ? Cursor.encode("drill-debts", items.get(items.size() - 1).periodLast().toString(),
                        items.get(items.size() - 1).obligationId().toString())
                : null;
        return new DrillDebtPage(items, next);
    }

    // ------------------------------------------------------------------ scenario coverage

    /** Plans in the subtree not drilled (held) in the {@code years} before {@code on}, and the scenario types none covers. */
    public DrillScenarioCoverage scenarios(UUID orgId, LocalDate on, int years, PageParams page) {
        Org root = access.visibleOrg(orgId);
        LocalDate day = on == null ? Times.today(clock) : on;
        LocalDate since = day.minusYears(years);
        Map<String, Object> p = new HashMap<>();
        Scope.Filter s = caller.scope().where("o.path", "o.industry");
        p.putAll(s.params());
        p.put("root", root.path + "%");
        p.put("day", day);
        Map<String, Object> typeParams = new HashMap<>(p);
        p.put("since", since);
        String base = """
                select e.id, e.org_id, o.code, o.name, o.kind, e.kind as plan_kind, e.title, e.scenario_types,
                       (select max(d.conducted_on) from drill_plan dp join drill d on d.id = dp.drill_id
                        where dp.plan_id = e.id and d.status in ('CONDUCTED', 'EVALUATED', 'CLOSED') and d.termination_reason is null
                          and d.conducted_on <= :day) as last
                from emergency_plan e join org o on o.id = e.org_id
                where o.path like :root and %s""".formatted(s.hql());
        String after = "";
        if (page.after() != null) {
            List<String> c = Cursor.decode(page.after(), "drill-scenarios", 1);
            try {
                p.put("after", UUID.fromString(c.get(0)));
            } catch (RuntimeException e) {
                throw Cursor.invalid();
            }
            after = " and x.id > :after";
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("select * from (" + base + ") x where (x.last is null or x.last < :since)"
                + after + " order by x.id limit :limit"), p).setParameter("limit", page.limit + 1).getResultList();
        List<DrillScenarioCoverage.Plan> plans = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(rows.size(), page.limit))) {
            plans.add(new DrillScenarioCoverage.Plan((UUID) r[0], new OrgView.OrgRef((UUID) r[1], (String) r[2], (String) r[3],
                    OrgKind.valueOf((String) r[4])), EmergencyPlanKind.valueOf((String) r[5]), (String) r[6],
                    strings(r[7]), r[8] == null ? null : date(r[8])));
        }
        String next = rows.size() > page.limit ? Cursor.encode("drill-scenarios", plans.get(plans.size() - 1).planId().toString()) : null;
        // per org and scenario type of its plans: its last drill; those older than the window (or never) are uncovered. Per
        // org: one org's drill of a scenario does not cover another org's plans of it
        typeParams.put("since", since);
        @SuppressWarnings("unchecked")
        List<Object[]> types = bind(em.createNativeQuery("select x.org_id, x.code, x.name, x.kind, t, count(*), max(x.last) from ("
                + base + ") x, unnest(x.scenario_types) t group by x.org_id, x.code, x.name, x.kind, t"
                + " having max(x.last) is null or max(x.last) < :since order by x.code, x.org_id, t limit "
                + SCENARIO_GAPS_MAX), typeParams).getResultList();
        List<DrillScenarioCoverage.Scenario> scenarios = new ArrayList<>();
        for (Object[] t : types) {
            scenarios.add(new DrillScenarioCoverage.Scenario(new OrgView.OrgRef((UUID) t[0], (String) t[1], (String) t[2],
                    OrgKind.valueOf((String) t[3])), (String) t[4], ((Number) t[5]).intValue(), t[6] == null ? null : date(t[6])));
        }
        return new DrillScenarioCoverage(root.id, day, since, scenarios, plans, next);
    }

    private static List<String> strings(Object array) {
        if (array == null) {
            return List.of();
        }
        if (array instanceof String[] a) {
            return Arrays.asList(a);
        }
        if (array instanceof Object[] a) {
            return Arrays.stream(a).map(String::valueOf).toList();
        }
        try {
            return Arrays.stream((Object[]) ((java.sql.Array) array).getArray()).map(String::valueOf).toList();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ 演练台账

    /**
     * The rules a drill counts for, by their short names in the caller's language ("code\ttitle" lines in): a rule the
     * catalog does not name (a region's own) by its stored title, never by its code.
     */
    private static String ruleNames(String codesAndTitles, Labels l) {
        return Arrays.stream(codesAndTitles.split("\n")).map(line -> {
            String[] parts = line.split("\t", 2);
            String name = l.find("drillDuty.rule." + parts[0]);
            return name != null ? name : parts.length > 1 ? parts[1] : parts[0];
        }).collect(java.util.stream.Collectors.joining("、"));
    }

    /** 演练台账 (§3.6 item 2) of the subtree's drills between two days, newest first, in the caller's language. */
    public StreamingOutput ledger(UUID orgId, LocalDate from, LocalDate to, Labels l) {
        Org root = access.visibleOrg(orgId);
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        Map<String, Object> p = new HashMap<>();
        Scope.Filter s = caller.scope().where("o.path", "o.industry");
        p.putAll(s.params());
        p.put("root", root.path + "%");
        p.put("from", from == null ? LocalDate.of(1900, 1, 1) : from);
        p.put("to", to == null ? LocalDate.of(9999, 12, 31) : to);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("""
                select d.conducted_on, o.name, o.code, d.title,
                       (select string_agg(e.title, '、' order by e.title) from drill_plan dp join emergency_plan e on e.id = dp.plan_id
                        where dp.drill_id = d.id),
                       (select string_agg(distinct e.kind, ',') from drill_plan dp join emergency_plan e on e.id = dp.plan_id
                        where dp.drill_id = d.id),
                       d.form, d.scope, d.status, d.termination_reason,
                       (select string_agg(distinct r.code || chr(9) || r.title, chr(10) order by r.code || chr(9) || r.title) from obligation_evidence v
                        join requirement_rule r on r.id = v.rule_id
                        where v.source_kind = 'DRILL' and v.source_id = cast(d.id as varchar) and v.withdrawn_at is null),
                       d.actual_headcount, ev.conclusion,
                       (select count(*) from drill_finding f left join hazard h on h.id = f.hazard_id where f.drill_id = d.id
                        and not (f.status = 'VERIFIED' or (f.status = 'CONVERTED' and h.state = 'CLOSED'))),
                       (select count(*) from drill_finding f left join hazard h on h.id = f.hazard_id where f.drill_id = d.id
                        and (f.status = 'VERIFIED' or (f.status = 'CONVERTED' and h.state = 'CLOSED')))
                from drill d join org o on o.id = d.org_id
                left join drill_evaluation ev on ev.drill_id = d.id and ev.signed_at is not null
                where o.path like :root and %s and d.conducted_on between :from and :to
                order by d.conducted_on desc, d.id limit %d""".formatted(s.hql(), LEDGER_MAX_ROWS + 1)), p).getResultList();
        if (rows.size() > LEDGER_MAX_ROWS) {
            throw ProblemException.unprocessable("The ledger would exceed " + LEDGER_MAX_ROWS + " rows; narrow the dates");
        }
        List<List<Object>> out = new ArrayList<>();
        for (Object[] r : rows) {
            List<Object> row = new ArrayList<>();
            row.add(date(r[0]));
            row.add(r[1]);
            row.add(r[2]);
            row.add(r[3]);
            row.add(r[4] == null ? "" : r[4]);
            row.add(r[5] == null ? "" : String.join("、", Arrays.stream(((String) r[5]).split(","))
                    .map(k -> l.enumValue("EmergencyPlanKind", k)).toList()));
            row.add(l.enumValue("DrillForm", (String) r[6]));
            row.add(l.enumValue("DrillScope", (String) r[7]));
            row.add(l.enumValue("DrillStatus", (String) r[8]) + (r[9] == null ? "" : "（" + l.enumValue("TerminationReason", (String) r[9]) + "）"));
            row.add(r[10] == null ? "" : ruleNames((String) r[10], l));
            row.add(r[11] == null ? "" : ((Number) r[11]).intValue());
            row.add(r[12] == null ? "" : l.enumValue("DrillEvaluationConclusion", (String) r[12]));
            row.add(((Number) r[13]).intValue());
            row.add(((Number) r[14]).intValue());
            out.add(row);
        }
        List<String> header = List.of("date", "organizer", "organizerCode", "title", "plans", "planKinds", "form", "scope",
                "status", "countsFor", "headcount", "conclusion", "findingsOpen", "findingsClosed").stream().map(k -> l.text("drillLedger." + k)).toList();
        String sheet = l.text("drillLedger.sheet");
        return stream -> Xlsx.write(stream, sheet, header, out);
    }
}
