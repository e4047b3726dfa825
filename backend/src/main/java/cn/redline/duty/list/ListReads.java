package cn.redline.duty.list;

import cn.redline.org.Org;
import cn.redline.org.OrgRepository;
import cn.redline.org.OrgView;
import cn.redline.org.Post;
import cn.redline.org.PostAssignment;
import cn.redline.org.PostRepository;
import cn.redline.platform.Caller;
import cn.redline.platform.Keyset;
import cn.redline.platform.PageParams;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Scope;
import cn.redline.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reading lists in the caller's scope: a list is seen by whoever sees its holder org (its subtree, a department's
 * industries in its region, an admin everything); outside the scope it is not found, exactly like a missing id.
 */
@ApplicationScoped
public class ListReads {

    static final Keyset<ResponsibilityList> BY_CODE = Keyset.ascending("responsibility-lists",
            Keyset.text("l.code", l -> l.code));

    /** The filters of the paged list. */
    public record Filter(Integer year, HolderKind holderKind, ListStatus status, UUID orgId, UUID holderPostId,
                         UUID lineageId) {
    }

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    OrgRepository orgs;

    @Inject
    PostRepository posts;

    /** The list if the caller may see it; 404 otherwise. */
    public ResponsibilityList visible(UUID id) {
        return find(id, false);
    }

    /** The list, locked for a change, if the caller may see it; 404 otherwise. */
    public ResponsibilityList visibleForUpdate(UUID id) {
        return find(id, true);
    }

    private ResponsibilityList find(UUID id, boolean lock) {
        Scope.Filter s = caller.scope().where("l.scopePath", "l.industry");
        TypedQuery<ResponsibilityList> q = em.createQuery("from ResponsibilityList l where l.id = :id and " + s.hql(),
                ResponsibilityList.class).setParameter("id", id);
        s.params().forEach(q::setParameter);
        if (lock) {
            q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return q.getResultStream().findFirst().orElseThrow(() -> ProblemException.notFound("Responsibility list"));
    }

    public ListViews.Page page(Filter f, PageParams page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        Scope.Filter s = caller.scope().where("l.scopePath", "l.industry");
        where.add(s.hql());
        params.putAll(s.params());
        if (f.year() != null) {
            where.add("l.year = :year");
            params.put("year", f.year());
        }
        if (f.holderKind() != null) {
            where.add("l.holderKind = :kind");
            params.put("kind", f.holderKind());
        }
        if (f.status() != null) {
            where.add("l.status = :status");
            params.put("status", f.status());
        }
        if (f.holderPostId() != null) {
            where.add("l.holderPostId = :post");
            params.put("post", f.holderPostId());
        }
        if (f.lineageId() != null) {
            where.add("l.lineageId = :lineage");
            params.put("lineage", f.lineageId());
        }
        if (f.orgId() != null) {
            // the subtree of an org the caller sees; an org out of scope lists nothing, as if it did not exist
            String path = orgs.findVisible(f.orgId(), caller.scope()).map(o -> o.path).orElse(null);
            where.add(path == null ? "1 = 0" : "l.scopePath like :subtree");
            if (path != null) {
                params.put("subtree", path + "%");
            }
        }
        Scope.Filter after = BY_CODE.where(BY_CODE.after(page.after()));
        if (after != null) {
            where.add(after.hql());
            params.putAll(after.params());
        }
        TypedQuery<ResponsibilityList> q = em.createQuery("from ResponsibilityList l where " + String.join(" and ", where)
                + " order by " + BY_CODE.orderBy(), ResponsibilityList.class);
        params.forEach(q::setParameter);
        List<ResponsibilityList> rows = q.setMaxResults(page.limit + 1).getResultList();
        cn.redline.platform.Page<ResponsibilityList> shown = BY_CODE.page(rows, page.limit, Function.identity());
        return new ListViews.Page(summaries(shown.items()), shown.nextCursor());
    }

    List<ListViews.Summary> summaries(List<ResponsibilityList> lists) {
        Set<UUID> orgIds = new HashSet<>();
        lists.forEach(l -> {
            orgIds.add(l.holderOrgId);
            orgIds.add(l.issuingOrgId);
        });
        Map<UUID, OrgView.OrgRef> refs = orgs.refs(orgIds);
        Map<UUID, String> titles = postTitles(lists.stream().map(l -> l.holderPostId).toList());
        Set<UUID> atRisk = atRisk(lists.stream().map(l -> l.id).toList());
        return lists.stream().map(l -> new ListViews.Summary(l.id, l.code, l.lineageId, l.versionNo, l.year, l.holderKind,
                l.holderPostId, titles.get(l.holderPostId), refs.get(l.holderOrgId), refs.get(l.issuingOrgId), l.title,
                l.status, l.docNumber, l.effectiveFrom, l.effectiveTo, l.publicity, atRisk.contains(l.id), l.updatedAt))
                .toList();
    }

    /** The detail view with the actions {@code allowed} for the caller. */
    ListViews.Detail detail(ResponsibilityList l, List<ListAction> allowed) {
        LocalDate today = Times.today(clock);
        Map<UUID, OrgView.OrgRef> refs = orgs.refs(new HashSet<>(List.of(l.holderOrgId, l.issuingOrgId)));
        Post post = em.find(Post.class, l.holderPostId);
        PostAssignment holder = posts.holdersOn(List.of(l.holderPostId), today).get(l.holderPostId);
        List<ListViews.Item> items = items(l.id).stream().map(ListViews.Item::of).toList();
        List<ListViews.Indicator> indicators = indicators(l.id);
        List<ListViews.Signature> signatures = em.createQuery("from ListSignature where listId = :l order by role",
                ListSignature.class).setParameter("l", l.id).getResultStream().map(ListViews.Signature::of).toList();
        List<ListViews.Handover> handovers = em.createQuery("from ListHandover where listId = :l order by handoverDate",
                ListHandover.class).setParameter("l", l.id).getResultStream().map(h -> ListViews.Handover.of(h, today)).toList();
        return new ListViews.Detail(l.id, l.code, l.lineageId, l.versionNo, l.supersedesId, l.year, l.holderKind,
                l.holderPostId, post.title, holder == null ? null : holder.personName, refs.get(l.holderOrgId),
                refs.get(l.issuingOrgId), l.templateId, l.templateVersion, l.title, l.status, l.docNumber, l.effectiveFrom,
                l.effectiveTo, l.publicity, l.revisionReason, l.returnReason, l.publishedAt, l.signedAt,
                handovers.stream().anyMatch(ListViews.Handover::overdue), items, indicators, signatures, handovers, allowed,
                l.createdAt, l.updatedAt, l.version);
    }

    List<DutyItem> items(UUID listId) {
        return em.createQuery("from DutyItem where listId = :l order by seq", DutyItem.class).setParameter("l", listId)
                .getResultList();
    }

    private List<ListViews.Indicator> indicators(UUID listId) {
        List<ControlIndicator> own = em.createQuery("from ControlIndicator where listId = :l order by metric",
                ControlIndicator.class).setParameter("l", listId).getResultList();
        return own.stream().map(c -> {
            ControlIndicator parent = c.parentIndicatorId == null ? null : em.find(ControlIndicator.class, c.parentIndicatorId);
            return new ListViews.Indicator(c.id, c.metric, c.ceiling, c.parentIndicatorId, parent == null ? null : parent.ceiling);
        }).toList();
    }

    private Map<UUID, String> postTitles(Collection<UUID> ids) {
        Map<UUID, String> out = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("from Post where id in :ids", Post.class).setParameter("ids", Set.copyOf(ids)).getResultList()
                    .forEach(p -> out.put(p.id, p.title));
        }
        return out;
    }

    /** Lists with a handover unacknowledged past its due date. */
    private Set<UUID> atRisk(Collection<UUID> listIds) {
        if (listIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("""
                        select distinct h.listId from ListHandover h where h.listId in :ids and h.acknowledgedAt is null
                        and h.dueDate < :today""", UUID.class)
                .setParameter("ids", Set.copyOf(listIds)).setParameter("today", Times.today(clock)).getResultList());
    }

    Org org(UUID id) {
        return em.find(Org.class, id);
    }
}
