package cn.redline.dutyreport;

import cn.redline.duty.PeriodType;
import cn.redline.duty.list.DutyCategory;
import cn.redline.duty.list.HolderKind;
import cn.redline.duty.list.ListStatus;
import cn.redline.duty.list.Publicity;
import cn.redline.duty.list.Verification;
import cn.redline.org.Org;
import cn.redline.org.RegionLevel;
import cn.redline.platform.Labels;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Scope;
import cn.redline.platform.Xlsx;
import cn.redline.platform.db.SqlReads;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.sql.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 清单汇编 (§2.5 item 1): the signed lists of a subtree and year, one row per duty item, as an Excel workbook in
 * the reader's language: labels for every kind, state and category, dates as Excel dates. The public variant (L13,
 * for 公示) holds only the lists marked PUBLIC and no personal data: posts and organizations, never the names of the
 * persons who hold or signed them. Rows are read inside the request, so a too-large compilation is refused (422)
 * before anything is sent.
 */
@ApplicationScoped
public class ListCompilation {

    /** A region's lists, not a dump of the province: narrow the subtree beyond this. */
    static final int MAX_ROWS = 50_000;

    private static final String SQL = """
            select l.code, l.title, l.holder_kind, l.status, l.doc_number, l.effective_from, l.effective_to, %s as lvl,
                   h.name as holder_org, pt.title as post_title, iss.name as issuing_org,
                   hs.person_name as holder_signer, hs.sign_date as holder_signed, xs.sign_date as issuer_signed,
                   i.seq, i.category, i.text, i.legal_basis, i.period_type, i.min_count, i.due_date, i.grace_days,
                   i.evidence_spec::text as evidence_spec, i.verification
            from responsibility_list l
            join org h on h.id = l.holder_org_id
            left join org hp on hp.id = h.parent_id
            left join org hg on hg.id = hp.parent_id
            left join post pt on pt.id = l.holder_post_id
            join org iss on iss.id = l.issuing_org_id
            left join list_signature hs on hs.list_id = l.id and hs.role = 'HOLDER'
            left join list_signature xs on xs.list_id = l.id and xs.role = 'ISSUER'
            join duty_item i on i.list_id = l.id
            where l.year = :year and l.status in ('SIGNED', 'ACTIVE', 'CLOSED', 'ARCHIVED')
              and l.scope_path like :subtree and %s %s
            order by h.path, l.code, i.seq
            limit :limit""";

    private static final List<String> LIST_COLUMNS = List.of("level", "holderKind", "holderOrg", "post", "holder", "code",
            "title", "issuingOrg", "docNumber", "effectiveFrom", "effectiveTo", "status", "holderSigned", "issuerSigned");
    private static final List<String> ITEM_COLUMNS = List.of("seq", "category", "text", "legalBasis", "requirement",
            "dueDate", "graceDays", "evidence", "inPerson", "verification");
    /** The columns a public compilation leaves out: who the persons are. */
    private static final List<String> PERSONAL = List.of("holder");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SqlReads reads;

    /** The workbook of {@code org}'s subtree (already checked visible) for {@code year}; PUBLIC: the public variant. */
    public StreamingOutput export(Org org, int year, Publicity variant, Scope scope, Labels l) {
        boolean open = variant == Publicity.PUBLIC;
        Scope.Filter s = scope.where("l.scope_path", "l.industry");
        Map<String, Object> params = new HashMap<>(s.params());
        params.put("year", year);
        params.put("subtree", org.path + "%");
        params.put("limit", MAX_ROWS + 1);
        List<String> columns = new ArrayList<>(LIST_COLUMNS);
        columns.addAll(ITEM_COLUMNS);
        if (open) {
            columns.removeAll(PERSONAL);
        }
        List<List<Object>> rows = reads.list(SQL.formatted(SigningProgress.LEVEL, s.hql(),
                open ? "and l.publicity = 'PUBLIC'" : ""), params, rs -> {
            Map<String, Object> v = new HashMap<>();
            v.put("level", rs.getString("lvl") == null ? null : l.of(RegionLevel.valueOf(rs.getString("lvl"))));
            v.put("holderKind", l.of(HolderKind.valueOf(rs.getString("holder_kind"))));
            v.put("holderOrg", rs.getString("holder_org"));
            v.put("post", rs.getString("post_title"));
            v.put("holder", rs.getString("holder_signer"));
            v.put("code", rs.getString("code"));
            v.put("title", rs.getString("title"));
            v.put("issuingOrg", rs.getString("issuing_org"));
            v.put("docNumber", rs.getString("doc_number"));
            v.put("effectiveFrom", rs.getObject("effective_from", LocalDate.class));
            v.put("effectiveTo", rs.getObject("effective_to", LocalDate.class));
            v.put("status", l.of(ListStatus.valueOf(rs.getString("status"))));
            v.put("holderSigned", rs.getObject("holder_signed", LocalDate.class));
            v.put("issuerSigned", rs.getObject("issuer_signed", LocalDate.class));
            v.put("seq", rs.getInt("seq"));
            v.put("category", l.of(DutyCategory.valueOf(rs.getString("category"))));
            v.put("text", rs.getString("text"));
            v.put("legalBasis", String.join("；", strings(rs.getArray("legal_basis"))));
            v.put("requirement", requirement(l, rs.getString("period_type"), (Integer) rs.getObject("min_count")));
            v.put("dueDate", rs.getObject("due_date", LocalDate.class));
            v.put("graceDays", rs.getInt("grace_days"));
            JsonNode spec = spec(rs.getString("evidence_spec"));
            v.put("evidence", evidence(l, spec));
            v.put("inPerson", spec == null ? null : l.text(spec.path("holderMustPerform").asBoolean() ? "value.yes" : "value.no"));
            v.put("verification", l.of(Verification.valueOf(rs.getString("verification"))));
            List<Object> row = new ArrayList<>(columns.size());
            columns.forEach(c -> row.add(v.get(c)));
            return row;
        });
        if (rows.size() > MAX_ROWS) {
            throw ProblemException.unprocessable("The compilation would exceed " + MAX_ROWS
                    + " duty items; compile a smaller region");
        }
        List<String> header = columns.stream().map(c -> l.text("listCompilation." + c)).toList();
        return out -> Xlsx.write(out, l.text(open ? "listCompilation.publicSheet" : "listCompilation.sheet"), header, rows);
    }

    /** "每季度 1 次"; null for a due-date item. */
    private static String requirement(Labels l, String periodType, Integer minCount) {
        return periodType == null ? null : l.text("listCompilation.every", Map.of("period", l.of(PeriodType.valueOf(periodType)),
                "count", minCount == null ? 1 : minCount));
    }

    /** The evidence an item asks for, in words: files, photo, position, the counterpart's signature. */
    private static String evidence(Labels l, JsonNode spec) {
        if (spec == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (spec.path("minAttachments").asInt() > 0) {
            parts.add(l.text("listCompilation.attachments", Map.of("count", spec.path("minAttachments").asInt())));
        }
        for (String flag : List.of("photoRequired", "gpsRequired", "counterpartSignature")) {
            if (spec.path(flag).asBoolean()) {
                parts.add(l.text("listCompilation." + flag));
            }
        }
        return String.join("；", parts);
    }

    private static JsonNode spec(String json) {
        try {
            return json == null ? null : JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable evidence spec", e);
        }
    }

    private static List<String> strings(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
