package cn.redline.dutyreport;

import cn.redline.duty.list.HolderKind;
import cn.redline.duty.list.ListStatus;
import cn.redline.org.Org;
import cn.redline.org.OrgKind;
import cn.redline.org.OrgView;
import cn.redline.org.RegionLevel;
import cn.redline.platform.Keyset;
import cn.redline.platform.Page;
import cn.redline.platform.Scope;
import cn.redline.platform.db.SqlReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Signing progress (§2.5 item 2, L25): for a subtree and a year, how many lists were issued, published, signed and
 * in force, by the level of the holder's region and by holder kind, and the unsigned ones by name. A list counts once
 * however many versions it has (its lineage): signed when a version of it binds (signed, active, closed or archived),
 * so a revision in draft does not undo the signature of the version still in force.
 */
@ApplicationScoped
public class SigningProgress {

    /** The level of the holder's region: its own for a region, else its parent's (or grandparent's, for a section). */
    static final String LEVEL = "coalesce(h.region_level, hp.region_level, hg.region_level)";

    private static final String HOLDER = """
            from responsibility_list l
            join org h on h.id = l.holder_org_id
            left join org hp on hp.id = h.parent_id
            left join org hg on hg.id = hp.parent_id""";

    private static final String COUNTS = """
            with lineage as (
                select l.lineage_id, l.holder_kind, %s as lvl,
                       bool_or(l.published_at is not null) as published,
                       bool_or(l.status in ('SIGNED', 'ACTIVE', 'CLOSED', 'ARCHIVED')) as signed,
                       bool_or(l.status in ('ACTIVE', 'CLOSED', 'ARCHIVED')) as active
                %s
                where l.year = :year and l.status <> 'DISCARDED' and l.scope_path like :subtree and %s
                group by l.lineage_id, l.holder_kind, lvl)
            select lvl, holder_kind, count(*) as issued, count(*) filter (where published) as published,
                   count(*) filter (where signed) as signed, count(*) filter (where active) as active
            from lineage group by lvl, holder_kind""";

    /** The latest version of each lineage none of whose versions binds. */
    private static final String UNSIGNED = """
            select l.id, l.code, l.title, l.holder_kind, l.status, l.published_at, l.doc_number, %s as lvl,
                   h.id as holder_id, h.code as holder_code, h.name as holder_name, h.kind as holder_org_kind,
                   pt.title as post_title, i.name as issuing_name
            %s
            left join post pt on pt.id = l.holder_post_id
            join org i on i.id = l.issuing_org_id
            where l.year = :year and l.status <> 'DISCARDED' and l.scope_path like :subtree and %s
              and l.version_no = (select max(x.version_no) from responsibility_list x
                                  where x.lineage_id = l.lineage_id and x.status <> 'DISCARDED')
              and not exists (select 1 from responsibility_list x where x.lineage_id = l.lineage_id
                              and x.status in ('SIGNED', 'ACTIVE', 'CLOSED', 'ARCHIVED'))
              %s
            order by %s
            limit :limit""";

    private static final Keyset<Unsigned> BY_CODE = Keyset.ascending("unsigned-lists", Keyset.text("l.code", Unsigned::code));

    @Inject
    SqlReads reads;

    @Schema(name = "SigningProgress", description = "Lists of a subtree and year by the level of the holder's region and holder kind")
    public record Progress(OrgView.OrgRef org, @Schema(minimum = "2000", maximum = "2100") int year,
                           @Schema(maxItems = 200) List<Row> rows, Counts total) {
    }

    @Schema(name = "SigningProgressRow", description = "The lists of one holder kind whose holders are in regions of one "
            + "level (the holder's own region, or the region its department or enterprise belongs to)")
    public record Row(RegionLevel level, HolderKind holderKind,
                      Counts counts) {
    }

    @Schema(name = "SigningCounts", description = "Lists (one per holder and year, whatever its versions) that reached each "
            + "step; unsigned = issued − signed")
    public record Counts(@Schema(minimum = "0", maximum = "10000000") int issued,
                         @Schema(minimum = "0", maximum = "10000000") int published,
                         @Schema(minimum = "0", maximum = "10000000") int signed,
                         @Schema(minimum = "0", maximum = "10000000") int active,
                         @Schema(minimum = "0", maximum = "10000000") int unsigned) {

        static Counts of(int issued, int published, int signed, int active) {
            return new Counts(issued, published, signed, active, issued - signed);
        }

        Counts plus(Counts o) {
            return of(issued + o.issued, published + o.published, signed + o.signed, active + o.active);
        }
    }

    @Schema(name = "UnsignedListPage")
    public record UnsignedPage(@Schema(maxItems = Page.MAX_LIMIT) List<Unsigned> items,
                               @Schema(nullable = true, maxLength = 512) String nextCursor) {
    }

    @Schema(name = "UnsignedList", description = "A list of the year none of whose versions is signed yet: its latest version")
    public record Unsigned(@Schema(format = "uuid") UUID listId, @Schema(maxLength = 40) String code,
                           @Schema(maxLength = 200) String title, HolderKind holderKind, RegionLevel level,
                           OrgView.OrgRef holderOrg, @Schema(nullable = true, maxLength = 100) String holderPostTitle,
                           @Schema(maxLength = 100) String issuingOrgName, ListStatus status,
                           @Schema(nullable = true, maxLength = 100) String docNumber,
                           @Schema(nullable = true) OffsetDateTime publishedAt) {
    }

    public Progress of(Org org, int year, Scope scope) {
        Scope.Filter s = scope.where("l.scope_path", "l.industry");
        Map<String, Object> params = new HashMap<>(s.params());
        params.put("year", year);
        params.put("subtree", org.path + "%");
        List<Row> rows = new ArrayList<>(reads.list(COUNTS.formatted(LEVEL, HOLDER, s.hql()), params, rs -> new Row(
                rs.getString("lvl") == null ? null : RegionLevel.valueOf(rs.getString("lvl")),
                HolderKind.valueOf(rs.getString("holder_kind")),
                Counts.of(rs.getInt("issued"), rs.getInt("published"), rs.getInt("signed"), rs.getInt("active")))));
        rows.sort(Comparator.comparing(Row::level, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::holderKind));
        Counts total = rows.stream().map(Row::counts).reduce(Counts.of(0, 0, 0, 0), Counts::plus);
        return new Progress(OrgView.OrgRef.of(org), year, rows, total);
    }

    /** The unsigned lists of the subtree and year, optionally of one level and holder kind, by code. */
    public UnsignedPage unsigned(Org org, int year, RegionLevel level, HolderKind kind, Scope scope, int limit, String cursor) {
        Scope.Filter s = scope.where("l.scope_path", "l.industry");
        Map<String, Object> params = new HashMap<>(s.params());
        params.put("year", year);
        params.put("subtree", org.path + "%");
        params.put("limit", limit + 1);
        StringBuilder more = new StringBuilder();
        if (level != null) {
            more.append(" and ").append(LEVEL).append(" = :level");
            params.put("level", level.name());
        }
        if (kind != null) {
            more.append(" and l.holder_kind = :kind");
            params.put("kind", kind.name());
        }
        Scope.Filter after = BY_CODE.where(BY_CODE.after(cursor));
        if (after != null) {
            more.append(" and ").append(after.hql());
            params.putAll(after.params());
        }
        List<Unsigned> rows = reads.list(UNSIGNED.formatted(LEVEL, HOLDER, s.hql(), more, BY_CODE.orderBy()), params,
                rs -> new Unsigned(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("title"),
                        HolderKind.valueOf(rs.getString("holder_kind")),
                        rs.getString("lvl") == null ? null : RegionLevel.valueOf(rs.getString("lvl")),
                        new OrgView.OrgRef(rs.getObject("holder_id", UUID.class), rs.getString("holder_code"),
                                rs.getString("holder_name"), OrgKind.valueOf(rs.getString("holder_org_kind"))),
                        rs.getString("post_title"), rs.getString("issuing_name"), ListStatus.valueOf(rs.getString("status")),
                        rs.getString("doc_number"), rs.getObject("published_at", OffsetDateTime.class)));
        Page<Unsigned> page = BY_CODE.page(rows, limit, Function.identity());
        return new UnsignedPage(page.items(), page.nextCursor());
    }
}
