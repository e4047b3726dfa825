package cn.redline.assessment;

import cn.redline.accident.AccidentRepository;
import cn.redline.duty.list.ControlIndicator;
import cn.redline.duty.list.IndicatorMetric;
import cn.redline.duty.list.ListStatus;
import cn.redline.org.Org;
import cn.redline.org.OrgKind;
import cn.redline.org.OrgRepository;
import cn.redline.org.OrgView;
import cn.redline.platform.Caller;
import cn.redline.platform.Labels;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Times;
import cn.redline.platform.Xlsx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.StreamingOutput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The monthly control-indicator status (A3 月度通报, 目标管理预警): an org's ceilings for the year, taken from the
 * 目标管理责任书 it signed (the lists' control indicators, L14, which already keep each child within its parent's
 * ceiling), against the accidents of its subtree from 1 January to the month's end.
 */
@ApplicationScoped
public class ControlStatus {

    /** A list's ceilings bind once it is signed, and still speak for its year after it closed. */
    static final List<ListStatus> IN_FORCE = List.of(ListStatus.SIGNED, ListStatus.ACTIVE, ListStatus.CLOSED);

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    OrgRepository orgs;

    @Inject
    AccidentRepository accidents;

    public ControlStatusView of(UUID orgId, int year, int month, Labels labels) {
        Org org = orgs.findVisible(orgId, caller.scope()).orElseThrow(() -> ProblemException.notFound("Organization"));
        return of(org, year, asOf(year, month), month, labels);
    }

    /** An org's status this month, up to today (the leader's early warning, §4.7.3); the caller has seen the org already. */
    ControlStatusView ofToday(Org org, Labels labels) {
        LocalDate today = Times.today(clock);
        return of(org, today.getYear(), today, today.getMonthValue(), labels);
    }

    /**
     * The monthly publication (控制指标月度通报) of an org: the status of each of its territories and departments
     * (direct children the caller may see), by code; a unit without a signed 目标管理责任书 is listed with no items.
     */
    public ControlBulletin bulletin(UUID orgId, int year, int month, Labels labels) {
        Org org = orgs.findVisible(orgId, caller.scope()).orElseThrow(() -> ProblemException.notFound("Organization"));
        LocalDate asOf = asOf(year, month);
        List<ControlStatusView> units = new ArrayList<>();
        em.createQuery("select o.id from Org o where o.parentId = :parent and o.kind in :kinds order by o.code", UUID.class)
                .setParameter("parent", org.id).setParameter("kinds", List.of(OrgKind.REGION, OrgKind.DEPARTMENT))
                .getResultList().stream().map(id -> orgs.findVisible(id, caller.scope())).flatMap(java.util.Optional::stream)
                .forEach(unit -> units.add(of(unit, year, asOf, month, labels)));
        int exceeded = 0;
        int warned = 0;
        int unsigned = 0;
        for (ControlStatusView u : units) {
            if (u.items().isEmpty()) {
                unsigned++;
            } else if (u.items().stream().anyMatch(i -> i.level() == WarningLevel.EXCEEDED)) {
                exceeded++;
            } else if (u.items().stream().anyMatch(i -> i.level() == WarningLevel.WARNING)) {
                warned++;
            }
        }
        return new ControlBulletin(OrgView.OrgRef.of(org), year, month, asOf, exceeded, warned, unsigned, units);
    }

    /** The bulletin as the 通报's table: one row per unit and metric, everything in words. */
    public StreamingOutput bulletinXlsx(ControlBulletin b, Labels l) {
        List<String> header = List.of("unit", "metric", "ceiling", "actual", "percent", "level", "reason").stream()
                .map(c -> l.text("controlBulletin." + c)).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (ControlStatusView u : b.units()) {
            if (u.items().isEmpty()) {
                rows.add(java.util.Arrays.asList(u.orgName(), null, null, null, null, null, l.text("controlBulletin.noCeilings")));
            }
            for (ControlStatusView.Item i : u.items()) {
                rows.add(java.util.Arrays.asList(u.orgName(), l.of(i.metric()), i.ceiling(), i.actual(), i.percent(), l.enumValue("ControlWarningLevel", i.level().name()),
                        i.reason()));
            }
        }
        String sheet = l.text("controlBulletin.sheet", Map.of("year", b.year(), "month", b.month()));
        return out -> Xlsx.write(out, sheet, header, rows);
    }

    /** The last day counted for a month: its end, or today while it runs; a month not begun is a problem. */
    private LocalDate asOf(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        LocalDate today = Times.today(clock);
        if (ym.atDay(1).isAfter(today)) {
            throw ProblemException.invalid("month", "has not begun");
        }
        return ym.atEndOfMonth().isAfter(today) ? today : ym.atEndOfMonth();
    }

    private ControlStatusView of(Org org, int year, LocalDate asOf, int month, Labels labels) {
        Map<IndicatorMetric, Ceiling> ceilings = ceilings(org.id, year);
        Map<UUID, BigDecimal> children = childrenTotals(ceilings.values().stream().map(c -> c.indicator.id).toList());
        AccidentRepository.Totals t = accidents.totals(org.path, LocalDate.of(year, 1, 1), asOf);
        List<ControlStatusView.Item> items = new ArrayList<>();
        ceilings.forEach((metric, c) -> {
            BigDecimal actual = actual(metric, t);
            BigDecimal childrenTotal = children.getOrDefault(c.indicator.id, BigDecimal.ZERO);
            items.add(item(metric, c, actual, childrenTotal, labels));
        });
        return new ControlStatusView(org.id, org.name, year, month, asOf, items);
    }

    /** OK below 80 % of the ceiling; WARNING from 80 % to the ceiling inclusive; EXCEEDED above it. */
    static WarningLevel level(BigDecimal actual, BigDecimal ceiling) {
        if (actual.compareTo(ceiling) > 0) {
            return WarningLevel.EXCEEDED;
        }
        // actual ≥ 0.8 × ceiling, compared exactly (no rounded percentage decides)
        boolean warned = ceiling.signum() > 0 && actual.multiply(BigDecimal.TEN).compareTo(ceiling.multiply(BigDecimal.valueOf(8))) >= 0;
        return warned ? WarningLevel.WARNING : WarningLevel.OK;
    }

    private static ControlStatusView.Item item(IndicatorMetric metric, Ceiling c, BigDecimal actual, BigDecimal childrenTotal,
                                               Labels labels) {
        BigDecimal ceiling = c.indicator.ceiling;
        BigDecimal percent = ceiling.signum() == 0 ? null : actual.multiply(HUNDRED).divide(ceiling, 2, RoundingMode.HALF_UP);
        WarningLevel level = level(actual, ceiling);
        Map<String, Object> args = new HashMap<>();
        args.put("metric", labels.of(metric));
        args.put("actual", plain(actual));
        args.put("ceiling", plain(ceiling));
        args.put("percent", percent == null ? "" : plain(percent));
        return new ControlStatusView.Item(metric, ceiling, actual, percent, level,
                labels.text("controlStatus." + level.name(), args), c.listId, c.indicator.id, childrenTotal,
                childrenTotal.compareTo(ceiling) > 0);
    }

    private static BigDecimal actual(IndicatorMetric metric, AccidentRepository.Totals t) {
        return switch (metric) {
            case ACC_COUNT -> BigDecimal.valueOf(t.accidents());
            case ACC_DEATHS -> BigDecimal.valueOf(t.deaths());
            case ACC_LARGER -> BigDecimal.valueOf(t.largerOrAbove());
            case ACC_INJURIES -> BigDecimal.valueOf(t.seriousInjuries());
            case ACC_DIRECT_LOSS -> t.directLossYuan().divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP);
        };
    }

    private static String plain(BigDecimal n) {
        return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }

    private record Ceiling(ControlIndicator indicator, UUID listId) {
    }

    /** Per metric, the strictest ceiling among the lists in force the org holds for the year (several posts may hold one). */
    private Map<IndicatorMetric, Ceiling> ceilings(UUID orgId, int year) {
        Map<IndicatorMetric, Ceiling> strictest = new EnumMap<>(IndicatorMetric.class);
        em.createQuery("select c, l.id from ControlIndicator c, ResponsibilityList l where c.listId = l.id "
                        + "and l.holderOrgId = :org and l.year = :year and l.status in :inForce order by c.ceiling, l.id", Object[].class)
                .setParameter("org", orgId).setParameter("year", year).setParameter("inForce", IN_FORCE).getResultStream()
                .forEach(r -> strictest.putIfAbsent(((ControlIndicator) r[0]).metric, new Ceiling((ControlIndicator) r[0], (UUID) r[1])));
        return strictest;
    }

    /** For each indicator, the ceilings the children's lists in force take from it, added up. */
    private Map<UUID, BigDecimal> childrenTotals(List<UUID> indicatorIds) {
        Map<UUID, BigDecimal> totals = new HashMap<>();
        if (indicatorIds.isEmpty()) {
            return totals;
        }
        em.createQuery("select c.parentIndicatorId, sum(c.ceiling) from ControlIndicator c, ResponsibilityList l "
                        + "where c.listId = l.id and l.status in :inForce and c.parentIndicatorId in :ids group by c.parentIndicatorId",
                        Object[].class)
                .setParameter("inForce", IN_FORCE).setParameter("ids", indicatorIds).getResultStream()
                .forEach(r -> totals.put((UUID) r[0], (BigDecimal) r[1]));
        return totals;
    }
}
