package cn.redline.dutyreport;

import cn.redline.duty.ObligationStatus;
import cn.redline.duty.SubjectKind;
import cn.redline.org.Org;
import cn.redline.platform.Cursor;
import cn.redline.platform.Page;
import cn.redline.platform.Scope;
import cn.redline.platform.db.SqlReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One cell of the fulfilment matrix opened: its obligations, who held each post then, and the evidence with its files. */
@ApplicationScoped
public class MatrixDrillDown {

    private static final String SQL = """
            select b.id, b.subject_kind, b.subject_id, b.period_key, b.period_first, b.period_last, b.required, b.counted,
                   b.late, b.status, o.name as org_name, p.title as post_title
            from obligation b join org o on o.id = b.org_id
            left join post p on b.subject_kind = 'POST' and p.id = b.subject_id
            %s
            where %s and b.period_key = :period and o.path like :subtree and %s %s
            order by b.id
            limit :limit""";

    @Inject
    SqlReads reads;

    @Inject
    EvidenceReads evidence;

    @Schema(name = "MatrixObligationPage")
    public record Result(@Schema(maxItems = 200) List<Item> items, @Schema(nullable = true, maxLength = 512) String nextCursor) {
    }

    @Schema(name = "MatrixObligation", description = "An obligation of a matrix cell with the evidence counted towards it")
    public record Item(@Schema(format = "uuid") UUID obligationId, SubjectKind subjectKind,
                       @Schema(maxLength = 100) String subjectName, @Schema(maxLength = 100) String orgName,
                       @Schema(nullable = true, maxLength = 50, description = "Who held the post on the period's last day (or today)")
                       String holder,
                       @Schema(maxLength = 24) String periodKey, @Schema(minimum = "1", maximum = "1000") int required,
                       @Schema(minimum = "0", maximum = "100000") int counted,
                       @Schema(minimum = "0", maximum = "100000") int late, ObligationStatus status,
                       @Schema(maxItems = 1000) List<EvidenceReads.Evidence> evidence) {
    }

    /** The row of a cell: a rule's id, or a duty row's key (exactly one). */
    public record RowKey(UUID ruleId, UUID dutyKey) {
    }

    public Result of(Org org, RowKey row, String periodKey, ObligationStatus status, Scope scope, LocalDate today,
                     int limit, String cursor) {
        Scope.Filter s = scope.where("o.path", "o.industry");
        Map<String, Object> params = new HashMap<>(s.params());
        String which;
        if (row.ruleId() != null) {
            which = "b.rule_id = :row";
            params.put("row", row.ruleId());
        } else {
            which = OwedUnder.DUTY_KEY + " = :row";
            params.put("row", row.dutyKey());
        }
        params.put("period", periodKey);
        params.put("subtree", org.path + "%");
        params.put("limit", limit + 1);
        StringBuilder more = new StringBuilder();
        if (status != null) {
            more.append(" and b.status = :status");
            params.put("status", status);
        }
        if (cursor != null && !cursor.isEmpty()) {
            try {
                params.put("after", UUID.fromString(Cursor.decode(cursor, "matrix-obligations", 1).get(0)));
            } catch (IllegalArgumentException e) {
                throw Cursor.invalid();
            }
            more.append(" and b.id > :after");
        }
        record Raw(UUID id, SubjectKind kind, UUID subject, String period, LocalDate last, int required, int counted, int late,
                   ObligationStatus status, String org, String post) {
        }
        List<Raw> rows = reads.list(SQL.formatted(OwedUnder.JOIN, which, s.hql(), more), params, rs -> new Raw(rs.getObject("id", UUID.class),
                SubjectKind.valueOf(rs.getString("subject_kind")), rs.getObject("subject_id", UUID.class),
                rs.getString("period_key"), rs.getObject("period_last", LocalDate.class), rs.getInt("required"),
                rs.getInt("counted"), rs.getInt("late"), ObligationStatus.valueOf(rs.getString("status")),
                rs.getString("org_name"), rs.getString("post_title")));
        Page<Raw> page = Page.of(rows, limit, r -> Cursor.encode("matrix-obligations", r.id().toString()), Function.identity());
        var proofs = evidence.ofObligations(page.items().stream().map(Raw::id).toList());
        var tenures = evidence.tenures(page.items().stream().filter(r -> r.kind() == SubjectKind.POST).map(Raw::subject).toList());
        return new Result(page.items().stream().map(r -> new Item(r.id(), r.kind(),
                r.kind() == SubjectKind.POST ? r.post() : r.org(), r.org(),
                r.kind() == SubjectKind.POST ? EvidenceReads.holderOn(tenures.get(r.subject()), r.last().isAfter(today) ? today : r.last())
                        : null,
                r.period(), r.required(), r.counted(), r.late(), r.status(), proofs.getOrDefault(r.id(), List.of()))).toList(),
                page.nextCursor());
    }
}
