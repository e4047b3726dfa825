package cn.redline.hazard;

import cn.redline.hazard.HazardEnums.State;
import cn.redline.org.Org;
import cn.redline.org.OrgRepository;
import cn.redline.org.OrgView.OrgRef;
import cn.redline.org.CallerOrg;
import cn.redline.platform.Caller;
import cn.redline.platform.Scope;
import cn.redline.platform.workflow.WorkflowState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Counts for supervisors in one scan of the tickets in scope: GROUPING SETS give the totals and every
 * breakdown (state, level, industry, child territory, month reported, month closed) at once.
 */
@ApplicationScoped
public class HazardStatistics {

    /** The open states as an SQL IN-list, from the one definition on {@link State}. */
    private static final String OPEN = WorkflowState.sqlList(State.OPEN);

    private static final int MONTHS = 12;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    OrgRepository orgs;

    @Inject
    Caller caller;

    @Inject
    CallerOrg callerOrg;

    @jakarta.transaction.Transactional
    public HazardStats compute(UUID territoryId, String industry, LocalDate reportedFrom, LocalDate reportedTo) {
        Scope scope = caller.scope();
        Org base;
        if (territoryId != null) {
            base = orgs.findVisible(territoryId, scope).orElse(null);
            if (base == null) {
                return empty();
            }
        } else {
            base = callerOrg.org();
        }
        boolean byDate = reportedFrom != null || reportedTo != null;
        // without a date range the running tallies answer; a date range needs the tickets themselves
        String alias = byDate ? "h" : "t";
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        Scope.Filter s = scope.where(alias + ".scope_path", alias + ".industry");
        where.add(s.hql());
        params.putAll(s.params());
        if (territoryId != null) {
            where.add(alias + ".scope_path like :base");
            params.put("base", base.path + "%");
        }
        if (industry != null) {
            where.add(alias + ".industry = :industry");
            params.put("industry", industry);
        }
        if (reportedFrom != null) {
            where.add("h.created_at >= :from");
            params.put("from", cn.redline.platform.Times.startOf(reportedFrom));
        }
        if (reportedTo != null) {
            where.add("h.created_at < :to");
            params.put("to", cn.redline.platform.Times.after(reportedTo));
        }
        YearMonth thisMonth = YearMonth.from(cn.redline.platform.Times.today(clock));
        OffsetDateTime monthsFrom = thisMonth.minusMonths(MONTHS - 1L).atDay(1).atStartOfDay(cn.redline.platform.Times.ZONE).toOffsetDateTime();
        // a child territory is the path prefix one segment (32 hex digits and '/') below the base
        int childPrefix = base.path.length() + 33;
        String filter = String.join(" and ", where);
        String sql = byDate ? """
                select grouping(h.state) as g_state, grouping(h.level) as g_level, grouping(h.industry) as g_industry,
                       grouping(child) as g_child, grouping(rep_month) as g_rep, grouping(closed_month) as g_closed,
                       h.state, h.level, h.industry, child, rep_month, closed_month,
                       count(*) as n,
                       count(*) filter (where h.state = 'CLOSED') as closed,
                       count(*) filter (where h.state = 'REJECTED') as rejected,
                       count(*) filter (where h.overdue and h.state in %2$s) as overdue,
                       count(*) filter (where h.level = 'MAJOR' and h.supervision_listed_at is not null
                                        and h.state in %2$s) as supervised
                from (select h.*,
                             case when length(h.scope_path) >= :childLen then substr(h.scope_path, 1, :childLen) end as child,
                             case when h.created_at >= :monthsFrom then hazard_local_month(h.created_at) end as rep_month,
                             case when h.closed_at >= :monthsFrom then hazard_local_month(h.closed_at) end as closed_month
                      from hazard h where %1$s) h
                group by grouping sets ((), (h.state), (h.level), (h.industry), (child), (rep_month), (closed_month))
                """.formatted(filter, OPEN) : """
                select grouping(t.state), grouping(t.level), grouping(t.industry), grouping(child), 1, 1,
                       t.state, t.level, nullif(t.industry, ''), child, null, null,
                       sum(t.n),
                       sum(t.n) filter (where t.state = 'CLOSED'),
                       sum(t.n) filter (where t.state = 'REJECTED'),
                       sum(t.n) filter (where t.overdue and t.state in %2$s),
                       sum(t.n) filter (where t.level = 'MAJOR' and t.supervised and t.state in %2$s)
                from (select t.*,
                             case when length(t.scope_path) >= :childLen then substr(t.scope_path, 1, :childLen) end as child
                      from hazard_tally t where t.n <> 0 and %1$s) t
                group by grouping sets ((), (t.state), (t.level), (t.industry), (child))
                """.formatted(filter, OPEN);
        // the grouping sets hash several breakdowns at once; give them memory instead of spilling to disk
        em.createNativeQuery("set local work_mem = '64MB'").executeUpdate();
        Query q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        q.setParameter("childLen", childPrefix);
        if (byDate) {
            q.setParameter("monthsFrom", monthsFrom);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = new ArrayList<>(q.getResultList());
        if (!byDate) {
            // monthly figures: reported rows carry g_rep = 0, closed rows g_closed = 0, as in the scan's result
            Query monthly = em.createNativeQuery("select 1, 1, 1, 1, 0, 1, null, null, null, null, t.month, null, "
                    + "sum(t.reported), 0, 0, 0, 0 from hazard_month_tally t where t.month >= hazard_local_month(:monthsFrom) and "
                    + filter + " group by t.month union all select 1, 1, 1, 1, 1, 0, null, null, null, null, null, t.month, "
                    + "sum(t.closed), 0, 0, 0, 0 from hazard_month_tally t where t.month >= hazard_local_month(:monthsFrom) and "
                    + filter + " group by t.month");
            params.forEach(monthly::setParameter);
            monthly.setParameter("monthsFrom", monthsFrom);
            @SuppressWarnings("unchecked")
            List<Object[]> monthRows = monthly.getResultList();
            rows.addAll(monthRows);
        }

        long total = 0, closed = 0, rejected = 0, overdue = 0, supervised = 0;
        List<HazardStats.Count> byState = new ArrayList<>();
        List<HazardStats.Count> byLevel = new ArrayList<>();
        List<HazardStats.Count> byIndustry = new ArrayList<>();
        Map<String, long[]> byChild = new LinkedHashMap<>();
        Map<String, long[]> months = new LinkedHashMap<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            months.put(thisMonth.minusMonths(i).toString(), new long[2]);
        }
        for (Object[] r : rows) {
            boolean gState = flag(r[0]), gLevel = flag(r[1]), gIndustry = flag(r[2]), gChild = flag(r[3]),
                    gRep = flag(r[4]), gClosed = flag(r[5]);
            long n = num(r[12]);
            if (gState && gLevel && gIndustry && gChild && gRep && gClosed) {
                total = n;
                closed = num(r[13]);
                rejected = num(r[14]);
                overdue = num(r[15]);
                supervised = num(r[16]);
            } else if (!gState) {
                byState.add(new HazardStats.Count((String) r[6], n));
            } else if (!gLevel) {
                byLevel.add(new HazardStats.Count((String) r[7], n));
            } else if (!gIndustry) {
                byIndustry.add(new HazardStats.Count(r[8] == null ? "NONE" : (String) r[8], n));
            } else if (!gChild) {
                if (r[9] != null) {
                    byChild.put((String) r[9], new long[] {n, num(r[13]), num(r[15])});
                }
            } else if (!gRep) {
                long[] m = r[10] == null ? null : months.get(month(r[10]));
                if (m != null) {
                    m[0] = n;
                }
            } else if (!gClosed) {
                long[] m = r[11] == null ? null : months.get(month(r[11]));
                if (m != null) {
                    m[1] = n;
                }
            }
        }
        List<HazardStats.TerritoryCount> byTerritory = new ArrayList<>();
        if (!byChild.isEmpty()) {
            Map<String, Org> children = new HashMap<>();
            for (Org child : orgs.list("parentId", base.id)) {
                children.put(child.path, child);
            }
            byChild.forEach((path, c) -> {
                Org child = children.get(path);
                if (child != null && scope.contains(child.path, child.industry)) {
                    byTerritory.add(new HazardStats.TerritoryCount(OrgRef.of(child), c[0], c[1], c[2]));
                }
            });
            byTerritory.sort(java.util.Comparator.comparingLong(HazardStats.TerritoryCount::total).reversed()
                    .thenComparing(t -> t.territory().code()));
        }
        byState.sort(java.util.Comparator.comparingLong(HazardStats.Count::count).reversed().thenComparing(HazardStats.Count::key));
        byIndustry.sort(java.util.Comparator.comparingLong(HazardStats.Count::count).reversed().thenComparing(HazardStats.Count::key));
        double rate = total - rejected == 0 ? 0 : (double) closed / (total - rejected);
        List<HazardStats.Month> monthly = months.entrySet().stream()
                .map(e -> new HazardStats.Month(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        long open = byState.stream().filter(c -> State.valueOf(c.key()).open()).mapToLong(HazardStats.Count::count).sum();
        return new HazardStats(total, open, closed, rejected, overdue, supervised,
                Math.round(rate * 10000) / 10000.0, byState, byLevel, byIndustry, byTerritory, monthly);
    }

    private HazardStats empty() {
        return new HazardStats(0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The local month of a date_trunc result (an instant at the month's start in Asia/Shanghai). */
    private static String month(Object truncated) {
        if (truncated instanceof LocalDate d) {
            return YearMonth.from(d).toString();
        }
        if (truncated instanceof java.sql.Date d) {
            return YearMonth.from(d.toLocalDate()).toString();
        }
        java.time.Instant at = truncated instanceof java.time.OffsetDateTime odt ? odt.toInstant()
                : truncated instanceof java.sql.Timestamp ts ? ts.toInstant()
                : truncated instanceof java.time.Instant i ? i : java.time.Instant.parse(truncated.toString());
        return YearMonth.from(at.atZone(cn.redline.platform.Times.ZONE)).toString();
    }

    private static boolean flag(Object o) {
        return ((Number) o).intValue() == 1;
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
