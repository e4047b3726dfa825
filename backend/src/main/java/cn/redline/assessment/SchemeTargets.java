package cn.redline.assessment;

import cn.redline.org.Org;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The targets of a scheme's groups (§4.2 targetGroups): the orgs of the group's kind directly below the issuer, and the
 * orgs named one by one; an org falls in the first group that takes it.
 */
@ApplicationScoped
public class SchemeTargets {

    @Inject
    EntityManager em;

    public record Target(String group, Org org) {
    }

    public List<Target> of(AssessmentScheme s) {
        List<Target> out = new ArrayList<>();
        Set<UUID> taken = new LinkedHashSet<>();
        for (SchemeDefinition.TargetGroup g : s.definition.targetGroups()) {
            List<Org> orgs = new ArrayList<>();
            if (g.orgKind() != null) {
                orgs.addAll(em.createQuery("from Org where parentId = :issuer and kind = :kind order by code", Org.class)
                        .setParameter("issuer", s.issuerOrgId).setParameter("kind", g.orgKind()).getResultList());
            }
            if (g.orgIds() != null && !g.orgIds().isEmpty()) {
                orgs.addAll(em.createQuery("from Org where id in :ids and path like :below order by code", Org.class)
                        .setParameter("ids", g.orgIds()).setParameter("below", s.scopePath + "%").getResultList());
            }
            for (Org o : orgs) {
                if (!o.id.equals(s.issuerOrgId) && taken.add(o.id)) {
                    out.add(new Target(g.code(), o));
                }
            }
        }
        return out;
    }
}
