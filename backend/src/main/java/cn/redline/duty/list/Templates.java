package cn.redline.duty.list;

import cn.redline.audit.AuditLog;
import cn.redline.org.Org;
import cn.redline.org.OrgRepository;
import cn.redline.org.OrgView;
import cn.redline.platform.Caller;
import cn.redline.platform.Etags;
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
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * List templates (§2.2): the system's, seeded from the sources, and those an org writes for its subtree. A template
 * is seen by whoever may issue lists where it applies: a system template by every issuer, an org's template inside
 * that org's subtree and by whoever sees the org; elsewhere it is not found. A change is the next version of the
 * code; retiring a code stops new lists being drafted from it while the lists drafted before keep their version.
 */
@ApplicationScoped
public class Templates {

    static final Keyset<ListTemplate> BY_CODE = Keyset.ascending("list-templates", Keyset.text("t.code", t -> t.code));

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    OrgRepository orgs;

    @Inject
    AuditLog audit;

    /** The filters of the paged list. */
    public record Filter(HolderKind holderKind, boolean includeRetired) {
    }

    /** The template version if the caller may see it; 404 otherwise. */
    public ListTemplate visible(UUID id) {
        return find(id, false);
    }

    private ListTemplate find(UUID id, boolean lock) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<ListTemplate> q = em.createQuery("from ListTemplate t where t.id = :id and " + visibility(params),
                ListTemplate.class).setParameter("id", id);
        params.forEach(q::setParameter);
        if (lock) {
            q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return q.getResultStream().findFirst().orElseThrow(() -> ProblemException.notFound("List template"));
    }

    /** A system template, or one of an org that is the caller's or above it, or that the caller sees. */
    private String visibility(Map<String, Object> params) {
        Scope.Filter s = caller.scope().where("o.path", "o.industry");
        params.putAll(s.params());
        params.put("callerPath", caller.orgPath());
        return "(t.issuingOrgId is null or exists (select 1 from Org o where o.id = t.issuingOrgId and (:callerPath like "
                + "concat(o.path, '%') or " + s.hql() + ")))";
    }

    public TemplateViews.Page page(Filter f, PageParams page) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        where.add(visibility(params));
        // the newest version of each code
        where.add("t.versionNo = (select max(n.versionNo) from ListTemplate n where n.code = t.code)");
        if (f.holderKind() != null) {
            where.add("t.holderKind = :kind");
            params.put("kind", f.holderKind());
        }
        if (!f.includeRetired()) {
            where.add("t.retiredAt is null");
        }
        Scope.Filter after = BY_CODE.where(BY_CODE.after(page.after()));
        if (after != null) {
            where.add(after.hql());
            params.putAll(after.params());
        }
        TypedQuery<ListTemplate> q = em.createQuery("from ListTemplate t where " + String.join(" and ", where)
                + " order by " + BY_CODE.orderBy(), ListTemplate.class);
        params.forEach(q::setParameter);
        List<ListTemplate> rows = q.setMaxResults(page.limit + 1).getResultList();
        cn.redline.platform.Page<ListTemplate> shown = BY_CODE.page(rows, page.limit, Function.identity());
        Map<UUID, OrgView.OrgRef> refs = refs(shown.items());
        return new TemplateViews.Page(shown.items().stream().map(t -> new TemplateViews.Summary(t.id, t.code, t.versionNo,
                t.holderKind, t.title, t.issuingOrgId == null ? null : refs.get(t.issuingOrgId), t.sourceDocs,
                t.items.size(), t.retiredAt != null, t.createdAt)).toList(), shown.nextCursor());
    }

    public TemplateViews.Detail get(UUID id) {
        return detail(visible(id));
    }

    @Transactional
    public TemplateViews.Detail create(TemplateInputs.Create in) {
        UUID issuer = null;
        if (in.issuingOrgId() != null) {
            issuer = orgs.findVisible(in.issuingOrgId(), caller.scope()).map(o -> o.id)
                    .orElseThrow(() -> ProblemException.unprocessable("issuingOrgId", "no such organization"));
        }
        if (em.createQuery("select count(t) from ListTemplate t where t.code = :c", Long.class).setParameter("c", in.code())
                .getSingleResult() > 0) {
            throw ProblemException.conflict("A template with code " + in.code() + " exists: edit it to make a new version");
        }
        ListTemplate t = version(in.code(), 1, in.holderKind(), in.title(), in.sourceDocs(), issuer, in.items());
        TemplateViews.Detail view = detail(t);
        audit.record(ListTemplate.AUDIT_ENTITY, t.id.toString(), "create", scopePath(t), null, view);
        return view;
    }

    /** The next version of the code of {@code id}, which must be its newest version and not retired. */
    @Transactional
    public TemplateViews.Detail update(UUID id, String ifMatch, TemplateInputs.Update in) {
        ListTemplate t = find(id, true);
        if (ifMatch != null) {
            Etags.requireMatch(ifMatch, t.version);
        }
        requireLatestAndLive(t);
        ListTemplate next = version(t.code, t.versionNo + 1, t.holderKind, in.title(), in.sourceDocs(), t.issuingOrgId,
                in.items());
        TemplateViews.Detail view = detail(next);
        audit.record(ListTemplate.AUDIT_ENTITY, next.id.toString(), "update", scopePath(next), detail(t), view);
        return view;
    }

    /** Retires the code of {@code id}: every version, so no list is drafted from any of them any more. */
    @Transactional
    public TemplateViews.Detail retire(UUID id, String ifMatch) {
        ListTemplate t = find(id, true);
        if (ifMatch != null) {
            Etags.requireMatch(ifMatch, t.version);
        }
        requireLatestAndLive(t);
        TemplateViews.Detail before = detail(t);
        em.createQuery("update ListTemplate t set t.retiredAt = :at, t.retiredBy = :by, t.version = t.version + 1 "
                        + "where t.code = :c")
                .setParameter("at", Times.now(clock)).setParameter("by", caller.username()).setParameter("c", t.code)
                .executeUpdate();
        em.refresh(t);
        TemplateViews.Detail after = detail(t);
        audit.record(ListTemplate.AUDIT_ENTITY, t.id.toString(), "retire", scopePath(t), before, after);
        return after;
    }

    private void requireLatestAndLive(ListTemplate t) {
        if (t.retiredAt != null) {
            throw ProblemException.conflict("The template " + t.code + " is retired");
        }
        if (!latest(t)) {
            throw ProblemException.conflict("Version " + t.versionNo + " of " + t.code + " is not the newest: act on "
                    + "the newest version");
        }
    }

    /**
     * The template a list is drafted from, for a holder kind: visible, of that kind and not retired (422 otherwise,
     * naming {@code field}).
     */
    ListTemplate forDrafting(UUID id, HolderKind kind, String field) {
        ListTemplate t;
        try {
            t = visible(id);
        } catch (ProblemException e) {
            throw ProblemException.unprocessable(field, "no such template");
        }
        if (t.retiredAt != null) {
            throw ProblemException.unprocessable(field, "the template " + t.code + " is retired");
        }
        if (kind != null && t.holderKind != kind) {
            throw ProblemException.unprocessable(field, "the template is for " + t.holderKind + " lists");
        }
        return t;
    }

    private ListTemplate version(String code, int versionNo, HolderKind kind, String title, String sourceDocs,
                                 UUID issuer, List<ItemSpec> items) {
        for (int n = 0; n < items.size(); n++) {
            // the rules of a list item, and complete: a list drafted from a template can be submitted as it is
            DutyItem check = ListService.item(null, null, n + 1, items.get(n));
            if (!check.complete()) {
                throw ProblemException.invalid("items[" + n + "]", "needs a requirement (period and count, or due date) "
                        + "and an evidence spec");
            }
        }
        ListTemplate t = new ListTemplate();
        t.id = UUID.randomUUID();
        t.code = code;
        t.versionNo = versionNo;
        t.holderKind = kind;
        t.title = title.strip();
        t.sourceDocs = sourceDocs.strip();
        t.issuingOrgId = issuer;
        t.items = List.copyOf(items);
        t.createdBy = caller.username();
        t.createdAt = Times.now(clock);
        em.persist(t);
        em.flush();
        return t;
    }

    private boolean latest(ListTemplate t) {
        return em.createQuery("select count(n) from ListTemplate n where n.code = :c and n.versionNo > :v", Long.class)
                .setParameter("c", t.code).setParameter("v", t.versionNo).getSingleResult() == 0;
    }

    private TemplateViews.Detail detail(ListTemplate t) {
        OrgView.OrgRef issuer = t.issuingOrgId == null ? null : orgs.refs(Set.of(t.issuingOrgId)).get(t.issuingOrgId);
        return new TemplateViews.Detail(t.id, t.code, t.versionNo, latest(t), t.holderKind, t.title, issuer, t.sourceDocs,
                t.items, t.retiredAt, t.retiredBy, t.createdBy, t.createdAt, t.version);
    }

    private Map<UUID, OrgView.OrgRef> refs(List<ListTemplate> templates) {
        Set<UUID> ids = new HashSet<>();
        templates.forEach(t -> {
            if (t.issuingOrgId != null) {
                ids.add(t.issuingOrgId);
            }
        });
        return ids.isEmpty() ? Map.of() : orgs.refs(ids);
    }

    /** Where the audit files a template: its org's path, or the root for a system template. */
    private String scopePath(ListTemplate t) {
        return t.issuingOrgId == null ? "/" : em.find(Org.class, t.issuingOrgId).path;
    }
}
