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
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fulfilment matrix (§2.5 item 3): for a subtree and a year, one row per requirement (a rule, or a duty of the
 * subtree's signed lists: the same duty text in many lists is one row), one column per period,
 * each cell counting the subtree's obligations by status and coloured 三色 (red: something missed; yellow: partly
 * done or at risk; green: all met or waived; grey: nothing due yet). One grouped statement over the obligation tally;
 * statuses as the obligation writes and the hourly obligation job last graded them.
 */
@ApplicationScoped
public class FulfilmentMatrix {

    /**
     * The subtree's tally rows of the year summed per requirement, period and status (obligation_tally, kept by a
     * trigger on every obligation write), then joined to what they are owed under: a duty row is the same text in
     * many lists, and only an item of a binding list version counts, as of this read.
     */
    private static final String SQL = """
            select b.rule_id, %s as duty_key, min(i.text) as item_text, min(i.category) as category,
                   min(array_to_string(i.legal_basis, '；')) as legal_basis, min(i.seq) as seq,
                   b.period_key, b.period_first, b.period_last, b.status, sum(b.n) as n
            from (select t.rule_id, t.duty_item_key, t.period_key, t.period_first, t.period_last, t.status, sum(t.n) as n
                  from obligation_tally t join org o on o.id = t.org_id
                  where t.period_first between :first and :last and o.path like :subtree and %s
                  group by t.rule_id, t.duty_item_key, t.period_key, t.period_first, t.period_last, t.status) b
            %s
            where %s
            group by b.rule_id, duty_key, b.period_key, b.period_first, b.period_last, b.status""";

    private static final String RULES = "select id, code, title, citation from requirement_rule where id in :ids";

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

    /** A row's requirement as the grouped statement read it: a rule, or a duty (its text, category and legal basis). */
    private record Requirement(UUID rule, UUID duty, String text, String category, String legalBasis, int seq) {

        UUID key() {
            return rule != null ? rule : duty;
        }
    }

    private static List<Cell> cellsOf(Map<Column, Map<ObligationStatus, Integer>> byColumn) {
        return byColumn.entrySet().stream().map(e -> Cell.of(e.getKey().periodKey(), e.getValue())).toList();
    }

    /** The matrix of {@code org}'s subtree (already checked visible) for {@code year}, within {@code scope}. */
    public Matrix of(Org org, int year, Scope scope) {
        Scope.Filter s = scope.where("o.path", "o.industry");
        Map<String, Object> params = new HashMap<>(s.params());
        params.put("first", LocalDate.of(year, 1, 1));
        params.put("last", LocalDate.of(year, 12, 31));
        params.put("subtree", org.path + "%");
        record Count(Requirement req, Column period, ObligationStatus status, int n) {
        }
        List<Count> counts = reads.list(SQL.formatted(OwedUnder.DUTY_KEY, s.hql(), OwedUnder.JOIN, OwedUnder.OWED), params,
                rs -> new Count(new Requirement(rs.getObject("rule_id", UUID.class), rs.getObject("duty_key", UUID.class),
                        rs.getString("item_text"), rs.getString("category"), rs.getString("legal_basis"), rs.getInt("seq")),
                        new Column(rs.getString("period_key"), rs.getObject("period_first", LocalDate.class),
                                rs.getObject("period_last", LocalDate.class)),
                        ObligationStatus.valueOf(rs.getString("status")), rs.getInt("n")));
        Comparator<Column> byDate = Comparator.comparing(Column::first).thenComparing(Column::last, Comparator.reverseOrder());
        Map<Column, Boolean> columns = new TreeMap<>(byDate);
        Map<UUID, Requirement> requirements = new HashMap<>();
        Map<UUID, Map<Column, Map<ObligationStatus, Integer>>> cells = new HashMap<>();
        for (Count c : counts) {
            columns.put(c.period(), true);
            requirements.putIfAbsent(c.req().key(), c.req());
            cells.computeIfAbsent(c.req().key(), r -> new TreeMap<>(byDate))
                    .computeIfAbsent(c.period(), p -> new EnumMap<>(ObligationStatus.class)).merge(c.status(), c.n(), Integer::sum);
        }
        List<Row> rows = new ArrayList<>();
        List<UUID> ruleIds = requirements.values().stream().filter(r -> r.rule() != null).map(Requirement::rule).toList();
        if (!ruleIds.isEmpty()) {
            for (Row r : reads.list(RULES, Map.of("ids", ruleIds), rs -> new Row(rs.getString("id"), rs.getObject("id", UUID.class),
                    null, rs.getString("code"), null, rs.getString("title"), rs.getString("citation"), List.of()))) {
                rows.add(new Row(r.key(), r.ruleId(), null, r.ruleCode(), null, r.title(), r.citation(), cellsOf(cells.get(r.ruleId()))));
            }
        }
        // the rules by code, then the duties in the order of their lists
        rows.sort(Comparator.comparing(Row::ruleCode));
        for (Requirement d : requirements.values().stream().filter(r -> r.rule() == null)
                .sorted(Comparator.comparingInt(Requirement::seq).thenComparing(Requirement::text)).toList()) {
            rows.add(new Row(d.duty().toString(), null, d.duty(), null, DutyCategory.valueOf(d.category()), d.text(),
                    d.legalBasis(), cellsOf(cells.get(d.duty()))));
        }
        return new Matrix(OrgView.OrgRef.of(org), year,
                List.copyOf(columns.keySet()), rows);
    }
}
