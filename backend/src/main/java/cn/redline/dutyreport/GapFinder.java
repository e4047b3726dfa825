package cn.redline.dutyreport;

import cn.redline.org.Org;
import cn.redline.platform.Scope;
import cn.redline.platform.db.SqlReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The 三管三必须 gap finder (§2.7 feature 2): who falls between the stools. Today: enterprises of the subtree whose
 * industry no department of their own region or a region above supervises (管行业必须管安全 has nobody to apply it).
 */
@ApplicationScoped
public class GapFinder {

    /** A list to act on, not a dump: more than this and the answer says so ({@code truncated}). */
    static final int MAX_ROWS = 1000;

    private static final String UNSUPERVISED = """
            select e.id, e.code, e.name, e.industry, t.name as territory
            from org e left join org t on t.id = e.parent_id
            where e.kind = 'ENTERPRISE' and e.industry is not null and e.path like :subtree and %s
              and not exists (
                select 1 from org d join org r on r.id = d.parent_id
                where d.kind = 'DEPARTMENT' and e.industry = any(d.supervised_industries) and e.path like r.path || '%%')
            order by e.path
            limit :limit""";

    @Inject
    SqlReads reads;

    @Schema(name = "DutyGaps", description = "三管三必须: who has nobody answering for them")
    public record Gaps(@Schema(description = "Enterprises whose industry no department of their region or above supervises",
                               maxItems = MAX_ROWS) List<Enterprise> unsupervisedEnterprises,
                       @Schema(description = "More than " + MAX_ROWS + " enterprises: the list is cut") boolean truncated) {
    }

    @Schema(name = "DutyGapEnterprise")
    public record Enterprise(@Schema(format = "uuid") UUID id, @Schema(maxLength = 32) String code,
                             @Schema(maxLength = 100) String name, @Schema(maxLength = 40) String industry,
                             @Schema(maxLength = 100, nullable = true) String territory) {
    }

    public Gaps of(Org org, Scope scope) {
        Scope.Filter s = scope.where("e.path", "e.industry");
        Map<String, Object> params = new HashMap<>(s.params());
        params.put("subtree", org.path + "%");
        params.put("limit", MAX_ROWS + 1);
        List<Enterprise> rows = reads.list(UNSUPERVISED.formatted(s.hql()), params, rs -> new Enterprise(
                rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"), rs.getString("industry"),
                rs.getString("territory")));
        boolean truncated = rows.size() > MAX_ROWS;
        return new Gaps(truncated ? rows.subList(0, MAX_ROWS) : rows, truncated);
    }
}
