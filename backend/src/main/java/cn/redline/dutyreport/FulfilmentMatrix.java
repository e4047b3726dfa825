package cn.redline.dutyreport;

import cn.redline.duty.ObligationStatus;
import cn.redline.duty.list.DutyCategory;
import cn.redline.org.Org;
import cn.redline.org.OrgView;
import cn.redline.platform.Scope;
import cn.redline.platform.db.SqlReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fulfilment matrix (§2.5 item 3): for a subtree and a year, one row per requirement (a rule, or a duty of the
 * subtree's signed lists: the same duty text in many lists is one row), one column per period,
 * each cell counting the subtree's obligations by status and coloured 三色 (red: something missed; yellow: partly
 * done or at risk; green: all met or waived; grey: nothing due yet). The counts are the subtree's, kept per org and
 * ancestor by triggers on every obligation write ({@link RollupCompaction}); statuses as the obligation writes and
 * the hourly obligation job last graded them.
 */
@ApplicationScoped
public class FulfilmentMatrix {

    /**
     * The org's counts of the year per requirement, period and status: the compacted rows and the deltas not yet
     * compacted, summed in one statement (see the migration V2026120206_40 for how they are kept). They count the
     * org's whole subtree, as of this read.
     */
    private static final String ROLLUP = """
            select b.is_rule, b.row_key, b.period_key, b.period_first, b.period_last, b.status, sum(b.n) as n
            from (select is_rule, row_key, period_key, period_first, period_last, status, n from obligation_rollup
                  where org_id = :org and period_first between :first and :last
                  union all
                  select is_rule, row_key, period_key, period_first, period_last, status, n from obligation_rollup_delta
                  where org_id = :org and period_first between :first and :last) b
            group by b.is_rule, b.row_key, b.period_key, b.period_first, b.period_last, b.status
            having sum(b.n) > 0""";

    /**
     * The same counts grouped from the subtree's obligations the caller may see, for an org outside the caller's own
     * subtree (an enterprise a department supervises): a scope that hides part of the subtree cannot use the
     * subtree's totals, and such a subtree is small.
     */
    private static final String GROUPED = """
            select b.rule_id is not null as is_rule, b.counted_key as row_key, b.period_key, b.period_first,
                   b.period_last, b.status, count(*) as n
            from obligation b join org o on o.id = b.org_id
            where b.period_first between :first and :last and o.path like :subtree and b.counted_key is not null and %s
            group by is_rule, row_key, b.period_key, b.period_first, b.period_last, b.status""";

    /** The rule rows: duty and report rules; drill rules have their own coverage report (the drill feature's). */
    private static final String RULES = "select id, code, title, citation from requirement_rule where id in :ids and capability <> 'DRILL'";

    /** A duty row in words (duty_text: per distinct text, the category and legal basis of its first item). */
    private static final String DUTIES = """
            select duty_key, text, category, array_to_string(legal_basis, '；') as legal_basis from duty_text
            where duty_key in :keys""";

    @Inject
    SqlReads reads;

    @Schema(name = "CellColor", description = "三色: RED something missed, YELLOW partly done or at risk, GREEN all met "
            + "or waived, GREY nothing due yet")
    public enum CellColor { GREEN, YELLOW, RED, GREY }

    @Schema(name = "FulfilmentMatrix", description = "Obligations of a subtree by requirement and period, counted by status")
    public record Matrix(OrgView.OrgRef org, @Schema(minimum = "2000", maximum = "2100") int year,
                         @Schema(description = "The columns, by first day", maxItems = 1000) List<Column> periods,
                         @Schema(maxItems = 1000) List<Row> rows) {
    }

    @Schema(name = "FulfilmentMatrixColumn")
    public record Column(@Schema(maxLength = 24) String periodKey, LocalDate first, LocalDate last) {
    }

    @Schema(name = "FulfilmentMatrixRow", description = "One requirement and its cells, in the order of the columns it has: a "
            + "requirement rule, or a duty of the subtree's signed lists (the same text in many lists is one row)")
    public record Row(@Schema(description = "ruleId or dutyKey, whichever is set: the row's key", maxLength = 36) String key,
                      @Schema(nullable = true, format = "uuid", description = "The rule; null for a duty row") UUID ruleId,
                      @Schema(nullable = true, format = "uuid", description = "The duty row's key (the same text in every list); "
                              + "null for a rule row. Opens a cell with dutyKey instead of ruleId") UUID dutyKey,
                      @Schema(nullable = true, maxLength = 60, description = "The rule's code; null for a duty row") String ruleCode,
                      @Schema(nullable = true) DutyCategory category,
                      @Schema(maxLength = 1000) String title, @Schema(maxLength = 2100) String citation,
                      @Schema(maxItems = 1000) List<Cell> cells) {
    }

    @Schema(name = "FulfilmentMatrixCell")
    public record Cell(@Schema(maxLength = 24) String periodKey,
                       @Schema(minimum = "0", maximum = "10000000") int total, @Schema(minimum = "0", maximum = "10000000") int met, @Schema(minimum = "0", maximum = "10000000") int partial,
                       @Schema(minimum = "0", maximum = "10000000") int missed, @Schema(minimum = "0", maximum = "10000000") int waived, @Schema(minimum = "0", maximum = "10000000") int open,
                       @Schema(minimum = "0", maximum = "10000000") int atRisk, CellColor color) {

        static Cell of(String periodKey, Map<ObligationStatus, Integer> n) {
            int met = n.getOrDefault(ObligationStatus.MET, 0);
            int partial = n.getOrDefault(ObligationStatus.PARTIAL, 0);
            int missed = n.getOrDefault(ObligationStatus.MISSED, 0);
            int waived = n.getOrDefault(ObligationStatus.WAIVED, 0);
            int open = n.getOrDefault(ObligationStatus.OPEN, 0);
            int atRisk = n.getOrDefault(ObligationStatus.AT_RISK, 0);
            int total = met + partial + missed + waived + open + atRisk;
            CellColor color = missed > 0 ? CellColor.RED
                    : partial + atRisk > 0 ? CellColor.YELLOW
                    : met + waived == total ? CellColor.GREEN : CellColor.GREY;
            return new Cell(periodKey, total, met, partial, missed, waived, open, atRisk, color);
        }
    }

    /** A duty row's words: its text, category and legal basis. */
    private record Duty(UUID key, String text, DutyCategory category, String legalBasis) {
    }

    private static List<Cell> cellsOf(Map<Column, Map<ObligationStatus, Integer>> byColumn) {
        return byColumn.entrySet().stream().map(e -> Cell.of(e.getKey().periodKey(), e.getValue())).toList();
    }

    /** The matrix of {@code org}'s subtree (already checked visible) for {@code year}, within {@code scope}. */
    public Matrix of(Org org, int year, Scope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("first", LocalDate.of(year, 1, 1));
        params.put("last", LocalDate.of(year, 12, 31));
        String sql;
        if (scope.global() || org.path.startsWith(scope.path())) {
            params.put("org", org.id);
            sql = ROLLUP;
        } else {
            Scope.Filter s = scope.where("o.path", "o.industry");
            params.putAll(s.params());
            params.put("subtree", org.path + "%");
            sql = GROUPED.formatted(s.hql());
        }
        record Count(boolean isRule, UUID key, Column period, ObligationStatus status, int n) {
        }
        List<Count> counts = reads.list(sql, params, rs -> new Count(rs.getBoolean("is_rule"), rs.getObject("row_key", UUID.class),
                new Column(rs.getString("period_key"), rs.getObject("period_first", LocalDate.class),
                        rs.getObject("period_last", LocalDate.class)),
                ObligationStatus.valueOf(rs.getString("status")), rs.getInt("n")));
        Comparator<Column> byDate = Comparator.comparing(Column::first).thenComparing(Column::last, Comparator.reverseOrder());
        Map<UUID, Map<Column, Map<ObligationStatus, Integer>>> cells = new HashMap<>();
        List<UUID> ruleIds = new ArrayList<>();
        List<UUID> dutyKeys = new ArrayList<>();
        for (Count c : counts) {
            if (!cells.containsKey(c.key())) {
                (c.isRule() ? ruleIds : dutyKeys).add(c.key());
            }
            cells.computeIfAbsent(c.key(), r -> new TreeMap<>(byDate))
                    .computeIfAbsent(c.period(), p -> new EnumMap<>(ObligationStatus.class)).merge(c.status(), c.n(), Integer::sum);
        }
        List<Row> rows = new ArrayList<>();
        if (!ruleIds.isEmpty()) {
            rows.addAll(reads.list(RULES, Map.of("ids", ruleIds), rs -> new Row(rs.getString("id"), rs.getObject("id", UUID.class),
                    null, rs.getString("code"), null, rs.getString("title"), rs.getString("citation"),
                    cellsOf(cells.get(rs.getObject("id", UUID.class))))));
        }
        // the rules by code, then the duties by category (in the order of §2.1's categories) and text
        rows.sort(Comparator.comparing(Row::ruleCode));
        if (!dutyKeys.isEmpty()) {
            reads.list(DUTIES, Map.of("keys", dutyKeys), rs -> new Duty(rs.getObject("duty_key", UUID.class),
                            rs.getString("text"), DutyCategory.valueOf(rs.getString("category")), rs.getString("legal_basis")))
                    .stream().sorted(Comparator.comparing(Duty::category).thenComparing(Duty::text))
                    .forEach(d -> rows.add(new Row(d.key().toString(), null, d.key(), null, d.category(), d.text(),
                            d.legalBasis(), cellsOf(cells.get(d.key())))));
        }
        // the columns of the rows shown (a period only a drill rule has is not a column)
        Set<Column> columns = new TreeSet<>(byDate);
        rows.forEach(r -> columns.addAll(cells.get(r.ruleId() != null ? r.ruleId() : r.dutyKey()).keySet()));
        return new Matrix(OrgView.OrgRef.of(org), year, List.copyOf(columns), rows);
    }
}
