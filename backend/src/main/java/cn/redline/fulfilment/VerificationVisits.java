package cn.redline.fulfilment;

import cn.redline.audit.AuditLog;
import cn.redline.fulfilment.FulfilmentEnums.FulfilmentAction;
import cn.redline.fulfilment.FulfilmentEnums.FulfilmentState;
import cn.redline.fulfilment.FulfilmentEnums.VisitResult;
import cn.redline.org.CallerOrg;
import cn.redline.org.Org;
import cn.redline.org.OrgRepository;
import cn.redline.platform.Caller;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Verification visits (四不两直): the visitor records what was checked; a record found FALSIFIED that stands ACCEPTED
 * is disputed at once (the safety office then confirms or clears it).
 */
@ApplicationScoped
public class VerificationVisits {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    CallerOrg callerOrg;

    @Inject
    OrgRepository orgs;

    @Inject
    FulfilmentRepository records;

    @Inject
    Fulfilments fulfilments;

    @Inject
    AuditLog audit;

    @Transactional
    public VisitView record(VisitInput in) {
        if (in.date().isAfter(Times.today(clock))) {
            throw ProblemException.invalid("date", "must not be in the future");
        }
        Org target = orgs.findVisible(in.targetOrgId(), caller.scope())
                .orElseThrow(() -> ProblemException.unprocessable("targetOrgId", "no such organization"));
        List<FulfilmentRecord> checked = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < in.checks().size(); i++) {
            UUID id = in.checks().get(i).recordId();
            String field = "checks[" + i + "].recordId";
            if (!seen.add(id)) {
                throw ProblemException.invalid(field, "appears twice in this visit");
            }
            FulfilmentRecord r = records.findVisible(id).orElseThrow(() -> ProblemException.unprocessable(field, "no such record"));
            if (!em.find(Org.class, r.orgId).path.startsWith(target.path)) {
                throw ProblemException.unprocessable(field, "is not a record of the visited organization");
            }
            checked.add(r);
        }
        VerificationVisit v = new VerificationVisit();
        v.id = UUID.randomUUID();
        v.visitorSubject = caller.subject();
        v.visitorName = caller.displayName();
        v.visitorOrgId = callerOrg.org().id;
        v.targetOrgId = target.id;
        v.date = in.date();
        v.notes = in.notes();
        v.checks = in.checks().stream().map(c -> new VerificationVisit.Check(c.recordId(), c.result(), c.note())).toList();
        v.createdAt = Times.now(clock);
        em.persist(v);
        em.flush();
        for (int i = 0; i < checked.size(); i++) {
            VisitInput.Check c = in.checks().get(i);
            FulfilmentRecord r = checked.get(i);
            if (c.result() == VisitResult.FALSIFIED && r.state == FulfilmentState.ACCEPTED) {
                String reason = c.note() != null && !c.note().isBlank() ? c.note() : "四不两直 verification found it false";
                fulfilments.act(r, new FulfilmentTransition(FulfilmentAction.DISPUTE, reason, v.id, null));
            }
        }
        VisitView view = VisitView.of(v);
        audit.record(VerificationVisit.AUDIT_ENTITY, v.id.toString(), "create", target.path, null, view);
        return view;
    }

    public VisitView get(UUID id) {
        return visible(id).map(VisitView::of).orElseThrow(() -> ProblemException.notFound("Verification visit"));
    }

    /** Visits to organizations the caller may see, newest first (at most 200: the visits of one target are few). */
    public List<VisitView> ofTarget(UUID targetOrgId) {
        var s = caller.scope().where("o");
        TypedQuery<VerificationVisit> q = em.createQuery("select v from VerificationVisit v, Org o where o.id = v.targetOrgId"
                + " and v.targetOrgId = :t and " + s.hql() + " order by v.date desc, v.id", VerificationVisit.class);
        q.setParameter("t", targetOrgId);
        s.params().forEach(q::setParameter);
        return q.setMaxResults(200).getResultList().stream().map(VisitView::of).toList();
    }

    private java.util.Optional<VerificationVisit> visible(UUID id) {
        var s = caller.scope().where("o");
        TypedQuery<VerificationVisit> q = em.createQuery("select v from VerificationVisit v, Org o where o.id = v.targetOrgId"
                + " and v.id = :id and " + s.hql(), VerificationVisit.class);
        q.setParameter("id", id);
        s.params().forEach(q::setParameter);
        return q.getResultStream().findFirst();
    }
}
