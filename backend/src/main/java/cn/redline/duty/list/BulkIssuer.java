package cn.redline.duty.list;

import cn.redline.audit.AuditLog;
import cn.redline.org.Org;
import cn.redline.org.OrgRepository;
import cn.redline.org.OrgView;
import cn.redline.org.Post;
import cn.redline.platform.Caller;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Issues lists from a template to every fitting post of a subtree (§2.3, issue deliverable 3): one DRAFT per post,
 * through the same drafting as a single list, then SUBMIT and PUBLISH by the table when a 文号 is given. Posts that
 * already have a list of the kind for the year are skipped, posts the caller may not issue to are refused with the
 * reason; nothing is half-issued for one post.
 */
@ApplicationScoped
public class BulkIssuer {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrgRepository orgs;

    @Inject
    Templates templates;

    @Inject
    ListService lists;

    @Inject
    AuditLog audit;

    @Transactional
    public BulkIssue.Result issue(BulkIssue.Input in) {
        ListTemplate template = templates.forDrafting(in.templateId(), null, "templateId");
        Org root = orgs.findVisible(in.rootOrgId(), caller.scope())
                .orElseThrow(() -> ProblemException.notFound("Organization"));
        List<Object[]> candidates = candidates(root, template.holderKind, in);
        Map<UUID, OrgView.OrgRef> refs = orgs.refs(new HashSet<>(candidates.stream().map(r -> ((Org) r[1]).id).toList()));
        ListActor actor = lists.actor();
        List<BulkIssue.Item> items = new ArrayList<>();
        int created = 0;
        int skipped = 0;
        for (Object[] row : candidates) {
            Post post = (Post) row[0];
            Org org = (Org) row[1];
            OrgView.OrgRef ref = refs.get(org.id);
            if (lists.exists(post.id, template.holderKind, in.year())) {
                items.add(new BulkIssue.Item(post.id, post.title, ref, BulkIssue.Outcome.SKIPPED, null, null,
                        BulkIssue.Reason.LIST_EXISTS));
                skipped++;
                continue;
            }
            try {
                lists.requireMayIssue(template.holderKind, org);
            } catch (ProblemException refused) {
                items.add(new BulkIssue.Item(post.id, post.title, ref, BulkIssue.Outcome.REFUSED, null, null,
                        BulkIssue.Reason.NOT_ISSUER));
                continue;
            }
            ResponsibilityList l = lists.draftFromTemplate(post, org, template, in.year(), in.publicity(), actor);
            BulkIssue.Reason note = in.docNumber() == null ? null : publish(l, in.docNumber().strip(), actor);
            audit.record(ResponsibilityList.AUDIT_ENTITY, l.id.toString(), "issue", l.scopePath, null, Map.of("code", l.code,
                    "holderPostId", post.id.toString(), "template", template.code + "@" + template.versionNo,
                    "status", l.status.name()));
            items.add(new BulkIssue.Item(post.id, post.title, ref, BulkIssue.Outcome.CREATED, l.id, l.status, note));
            created++;
        }
        em.flush();
        return new BulkIssue.Result(created, skipped, candidates.size() - created - skipped, items);
    }

    /** Submits and publishes under the 文号; null when published, else where the list stays. */
    private BulkIssue.Reason publish(ResponsibilityList l, String docNumber, ListActor actor) {
        if (!lists.tryStep(l, ListAction.SUBMIT, actor, null)) {
            return BulkIssue.Reason.LEFT_IN_DRAFT;
        }
        TransitionInput publish = new TransitionInput(ListAction.PUBLISH, null, docNumber, null, null);
        if (!lists.tryStep(l, ListAction.PUBLISH, actor, publish)) {
            return BulkIssue.Reason.LEFT_IN_REVIEW;
        }
        return null;
    }

    /** The visible posts of the subtree that fit the holder kind (and the post kind), by org path and title. */
    private List<Object[]> candidates(Org root, HolderKind kind, BulkIssue.Input in) {
        Scope.Filter s = caller.scope().where("o");
        TypedQuery<Object[]> q = em.createQuery("select p, o from Post p, Org o where p.orgId = o.id and o.path like :root"
                + " and " + s.hql() + " order by o.path, p.title", Object[].class).setParameter("root", root.path + "%");
        s.params().forEach(q::setParameter);
        List<Object[]> out = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (Object[] row : q.getResultList()) {
            Post p = (Post) row[0];
            if (kind.fits(p.kind, (Org) row[1]) && (in.postKind() == null || in.postKind() == p.kind) && seen.add(p.id)) {
                out.add(row);
            }
        }
        if (out.size() > BulkIssue.MAX_POSTS) {
            throw ProblemException.unprocessable("rootOrgId", out.size() + " posts fit: issue to at most "
                    + BulkIssue.MAX_POSTS + " at once, branch by branch");
        }
        return out;
    }
}
