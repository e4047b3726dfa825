package cn.redline.dutyreport;

import cn.redline.duty.list.ListStatus;
import cn.redline.org.Org;
import cn.redline.org.OrgKind;
import cn.redline.org.OrgView;
import cn.redline.org.PostKind;
import cn.redline.org.ZoneKind;
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
 * The 三管三必须 gap finder (§2.7 feature 2): who falls between the stools in a subtree and year. Enterprises whose
 * industry no department of their own region or a region above supervises (管行业必须管安全 has nobody to apply it);
 * territories (townships and functional zones) without a signed 属地 list for the year; enterprise posts (the
 * principal's and every other) without a signed list for the year (全员安全生产责任制). "Signed" is a version that
 * binds: signed, active, closed or archived; a list still in draft or awaiting signatures is named with its state.
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

    /** The state of the holder's latest list version of the year (null: none), for a holder that has no binding one. */
    private static final String LATEST = """
            (select l.status from responsibility_list l where %s and l.year = :year and l.status <> 'DISCARDED'
             order by l.version_no desc limit 1)""";

    private static final String BINDING = """
            not exists (select 1 from responsibility_list l where %s and l.year = :year
                        and l.status in ('SIGNED', 'ACTIVE', 'CLOSED', 'ARCHIVED'))""";

    private static final String TERRITORY = "l.holder_org_id = t.id and l.holder_kind in ('TERRITORY_TOWNSHIP', 'TERRITORY_ZONE')";

    private static final String UNSIGNED_TERRITORIES = """
            select t.id, t.code, t.name, t.kind, t.zone_kind, %s as list_status
            from org t
            where t.kind = 'REGION' and (t.region_level = 'TOWNSHIP' or t.zone_kind is not null)
              and t.path like :subtree and %s and %s
            order by t.path
            limit :limit""".formatted(LATEST.formatted(TERRITORY), "%s", BINDING.formatted(TERRITORY));

    private static final String POST = "l.holder_post_id = p.id";

    private static final String POSTS_WITHOUT_LIST = """
            select p.id as post_id, p.title, p.kind as post_kind, e.id, e.code, e.name, e.kind, %s as list_status
            from post p join org e on e.id = p.org_id
            where p.kind in ('ENTERPRISE_PRINCIPAL', 'ENTERPRISE_POST') and e.kind = 'ENTERPRISE'
              and e.path like :subtree and %s and %s
            order by e.path, p.title
            limit :limit""".formatted(LATEST.formatted(POST), "%s", BINDING.formatted(POST));

    @Inject
    SqlReads reads;

    @Schema(name = "DutyGaps", description = "三管三必须: who has nobody answering for them, in a subtree and year")
    public record Gaps(@Schema(description = "Enterprises whose industry no department of their region or above supervises",
                               maxItems = MAX_ROWS) List<Enterprise> unsupervisedEnterprises,
                       @Schema(description = "More than " + MAX_ROWS + " enterprises: the list is cut") boolean truncated,
                       @Schema(description = "Townships and functional zones without a signed 属地 list for the year",
                               maxItems = MAX_ROWS) List<Territory> territoriesWithoutSignedList,
                       @Schema(description = "More than " + MAX_ROWS + " territories: the list is cut") boolean territoriesTruncated,
                       @Schema(description = "Enterprise posts (the principal's and every other) without a signed list for the year",
                               maxItems = MAX_ROWS) List<EnterprisePost> postsWithoutList,
                       @Schema(description = "More than " + MAX_ROWS + " posts: the list is cut") boolean postsTruncated) {
    }

    @Schema(name = "DutyGapEnterprise")
    public record Enterprise(@Schema(format = "uuid") UUID id, @Schema(maxLength = 32) String code,
                             @Schema(maxLength = 100) String name, @Schema(maxLength = 40) String industry,
                             @Schema(maxLength = 100, nullable = true) String territory) {
    }

    @Schema(name = "DutyGapTerritory", description = "A township or zone (zoneKind set) without a signed list; listStatus: the "
            + "state of its unsigned list of the year, null when it has none")
    public record Territory(OrgView.OrgRef org, @Schema(nullable = true) ZoneKind zoneKind,
                            @Schema(nullable = true) ListStatus listStatus) {
    }

    @Schema(name = "DutyGapPost", description = "An enterprise post without a signed list; listStatus: the state of its "
            + "unsigned list of the year, null when it has none")
    public record EnterprisePost(@Schema(format = "uuid") UUID postId, @Schema(maxLength = 100) String title, PostKind kind,
                                 OrgView.OrgRef enterprise,
                                 @Schema(nullable = true) ListStatus listStatus) {
    }

    public Gaps of(Org org, int year, Scope scope) {
        Limited<Enterprise> enterprises = rows(UNSUPERVISED, org, year, scope.where("e.path", "e.industry"), rs -> new Enterprise(
                rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"), rs.getString("industry"),
                rs.getString("territory")));
        Limited<Territory> territories = rows(UNSIGNED_TERRITORIES, org, year, scope.where("t.path", "t.industry"),
                rs -> new Territory(ref(rs), rs.getString("zone_kind") == null ? null : ZoneKind.valueOf(rs.getString("zone_kind")),
                        status(rs.getString("list_status"))));
        Limited<EnterprisePost> posts = rows(POSTS_WITHOUT_LIST, org, year, scope.where("e.path", "e.industry"),
                rs -> new EnterprisePost(rs.getObject("post_id", UUID.class), rs.getString("title"),
                        PostKind.valueOf(rs.getString("post_kind")), ref(rs), status(rs.getString("list_status"))));
        return new Gaps(enterprises.rows(), enterprises.truncated(), territories.rows(), territories.truncated(), posts.rows(),
                posts.truncated());
    }

    private record Limited<T>(List<T> rows, boolean truncated) {
    }

    private <T> Limited<T> rows(String sql, Org org, int year, Scope.Filter s, SqlReads.Row<T> row) {
        Map<String, Object> params = new HashMap<>(s.params());
        params.put("subtree", org.path + "%");
        params.put("limit", MAX_ROWS + 1);
        if (sql.contains(":year")) {
            params.put("year", year);
        }
        List<T> rows = reads.list(sql.formatted(s.hql()), params, row);
        boolean truncated = rows.size() > MAX_ROWS;
        return new Limited<>(truncated ? rows.subList(0, MAX_ROWS) : rows, truncated);
    }

    private static OrgView.OrgRef ref(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new OrgView.OrgRef(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                OrgKind.valueOf(rs.getString("kind")));
    }

    private static ListStatus status(String s) {
        return s == null ? null : ListStatus.valueOf(s);
    }
}
