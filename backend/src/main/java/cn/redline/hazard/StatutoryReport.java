package cn.redline.hazard;

import cn.redline.org.OrgKind;
import cn.redline.org.OrgView.OrgRef;
import cn.redline.platform.Caller;
import cn.redline.platform.Keyset;
import cn.redline.platform.Page;
import cn.redline.platform.PageParams;
import cn.redline.platform.Scope;
import cn.redline.platform.workflow.WorkflowState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The statutory hazard statistics each enterprise reports (安全生产事故隐患排查治理暂行规定): quarterly, due by
 * the 15th of the month after the quarter, and yearly, due by 31 January. One row per enterprise in scope,
 * zero rows included: an enterprise with nothing found still reports.
 */
@ApplicationScoped
public class StatutoryReport {

    /** Enterprises by code; the rows are the report query's columns, the code second. */
    private static final Keyset<Object[]> BY_CODE = Keyset.ascending("statutory", Keyset.text("o.code", r -> (String) r[1]));

    @Schema(name = "StatutoryHazardReport")
    public record Report(@Schema(maxLength = 7, example = "2026-Q3") String period,
                         @Schema(format = "date") LocalDate from,
                         @Schema(format = "date") LocalDate to,
                         @Schema(format = "date", description = "When the enterprises' report is due") LocalDate dueDate,
                         @Schema(maxItems = 200) List<Row> items,
                         @Schema(maxLength = 512, nullable = true) String nextCursor) {
    }

    @Schema(name = "StatutoryHazardRow")
    public record Row(OrgRef enterprise,
                      @Schema(minimum = "0", maximum = "2147483647", description = "Hazards found in the period") long found,
                      @Schema(minimum = "0", maximum = "2147483647") long major,
                      @Schema(minimum = "0", maximum = "2147483647", description = "Of those, closed by now") long rectified,
                      @Schema(minimum = "0", maximum = "2147483647") long open,
                      @Schema(minimum = "0", maximum = "2147483647") long overdue,
                      @Schema(minimum = "0", maximum = "1") double rectificationRate,
                      @Schema(minimum = "0", maximum = "999999999999.99", description = "Funds planned for major hazards, yuan")
                      BigDecimal funds) {
    }

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    public Report report(int year, Integer quarter, PageParams page) {
        LocalDate from = quarter == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        LocalDate to = quarter == null ? from.plusYears(1) : from.plusMonths(3);
        LocalDate due = quarter == null ? LocalDate.of(year + 1, 1, 31) : to.withDayOfMonth(15);
        String period = quarter == null ? Integer.toString(year) : year + "-Q" + quarter;
        List<Object> after = BY_CODE.after(page.after());
        Scope.Filter next = BY_CODE.where(after);

        Scope.Filter s = caller.scope().where("o.path", "o.industry");
        Query q = em.createNativeQuery("""
                select o.id, o.code, o.name,
                       count(h.id),
                       count(h.id) filter (where h.level = 'MAJOR'),
                       count(h.id) filter (where h.state = 'CLOSED'),
                       count(h.id) filter (where h.state in %3$s),
                       count(h.id) filter (where h.overdue and h.state in %3$s),
                       coalesce(sum(h.plan_funds), 0)
                from org o
                left join hazard h on h.enterprise_id = o.id and h.state <> 'REJECTED'
                     and h.created_at >= :from and h.created_at < :to
                where o.kind = 'ENTERPRISE' and %1$s %2$s
                group by o.id, o.code, o.name
                order by %4$s
                limit :n""".formatted(s.hql(), next == null ? "" : "and " + next.hql(),
                WorkflowState.sqlList(HazardEnums.State.OPEN), BY_CODE.orderBy()));
        s.params().forEach(q::setParameter);
        q.setParameter("from", cn.redline.platform.Times.startOf(from));
        q.setParameter("to", cn.redline.platform.Times.startOf(to));
        q.setParameter("n", page.limit + 1);
        if (next != null) {
            next.params().forEach(q::setParameter);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        Page<Object[]> shown = BY_CODE.page(rows, page.limit, Function.identity());
        List<Row> items = shown.items().stream().map(r -> {
            long found = ((Number) r[3]).longValue();
            long rectified = ((Number) r[5]).longValue();
            return new Row(new OrgRef((UUID) r[0], (String) r[1], (String) r[2], OrgKind.ENTERPRISE), found,
                    ((Number) r[4]).longValue(), rectified, ((Number) r[6]).longValue(), ((Number) r[7]).longValue(),
                    found == 0 ? 1.0 : Math.round(rectified * 10000.0 / found) / 10000.0, (BigDecimal) r[8]);
        }).toList();
        return new Report(period, from, to.minusDays(1), due, items, shown.nextCursor());
    }
}
