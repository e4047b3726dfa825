package cn.redline.duty.list;

import cn.redline.platform.ProblemException;
import cn.redline.platform.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Control indicators (控制指标, L14, §2.7.4): a list's ceilings, each within the ceiling of the parent list's
 * indicator of the same metric when it names one ("不变通、不降低": a child never gets more room than its parent).
 */
@ApplicationScoped
public class Indicators {

    @Inject
    EntityManager em;

    /** Replaces the list's indicators; 422 when a parent is unknown or out of scope, of another metric, or exceeded. */
    void replace(ResponsibilityList l, List<ListInputs.IndicatorInput> in, Scope scope) {
        Set<IndicatorMetric> seen = new HashSet<>();
        for (int n = 0; n < in.size(); n++) {
            ListInputs.IndicatorInput i = in.get(n);
            String field = "indicators[" + n + "]";
            if (!seen.add(i.metric())) {
                throw ProblemException.invalid(field + ".metric", "each metric once");
            }
            if (i.parentIndicatorId() != null) {
                ControlIndicator parent = parent(i.parentIndicatorId(), scope);
                if (parent == null || parent.listId.equals(l.id)) {
                    throw ProblemException.unprocessable(field + ".parentIndicatorId", "no such indicator");
                }
                if (parent.metric != i.metric()) {
                    throw ProblemException.unprocessable(field + ".parentIndicatorId",
                            "the parent indicator caps " + parent.metric + ", not " + i.metric());
                }
                if (i.ceiling().compareTo(parent.ceiling) > 0) {
                    throw ProblemException.unprocessable(field + ".ceiling", "the ceiling " + i.ceiling().toPlainString()
                            + " for " + i.metric() + " exceeds the parent list's ceiling " + parent.ceiling.toPlainString());
                }
            }
        }
        em.createQuery("delete from ControlIndicator where listId = :l").setParameter("l", l.id).executeUpdate();
        for (ListInputs.IndicatorInput i : in) {
            ControlIndicator c = new ControlIndicator();
            c.id = UUID.randomUUID();
            c.listId = l.id;
            c.metric = i.metric();
            c.ceiling = i.ceiling();
            c.parentIndicatorId = i.parentIndicatorId();
            em.persist(c);
        }
    }

    /** A revision carries its predecessor's indicators (new rows, same ceilings and parents). */
    void copy(ResponsibilityList from, ResponsibilityList to) {
        for (ControlIndicator c : em.createQuery("from ControlIndicator where listId = :l", ControlIndicator.class)
                .setParameter("l", from.id).getResultList()) {
            ControlIndicator n = new ControlIndicator();
            n.id = UUID.randomUUID();
            n.listId = to.id;
            n.metric = c.metric;
            n.ceiling = c.ceiling;
            n.parentIndicatorId = c.parentIndicatorId;
            em.persist(n);
        }
    }

    /** The parent indicator if its list is in the caller's scope. */
    private ControlIndicator parent(UUID id, Scope scope) {
        Scope.Filter s = scope.where("l.scopePath", "l.industry");
        var q = em.createQuery("select c from ControlIndicator c, ResponsibilityList l where c.listId = l.id and c.id = :id and "
                + s.hql(), ControlIndicator.class).setParameter("id", id);
        s.params().forEach(q::setParameter);
        return q.getResultStream().findFirst().orElse(null);
    }
}
