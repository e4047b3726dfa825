package cn.redline.drill;

import cn.redline.audit.AuditLog;
import cn.redline.org.CallerOrg;
import cn.redline.platform.Caller;
import cn.redline.platform.Problem;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Evaluation templates as data (§3.7 admin, AQ9009 annex A/B): read by everyone who evaluates drills, a new version
 * added by an admin. Versions are never changed, so an evaluation stays readable against the version it used.
 */
@ApplicationScoped
public class EvaluationTemplates {

    static final String ENTITY = "drill-evaluation-template";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    CallerOrg callerOrg;

    public EvaluationTemplateView.Listing list(String code, boolean all) {
        List<EvaluationTemplate> found = em.createQuery("from EvaluationTemplate where (:code is null or code = :code) "
                + "order by code, version desc", EvaluationTemplate.class).setParameter("code", code).setMaxResults(500)
                .getResultList();
        Map<String, Integer> newest = newest(found);
        return new EvaluationTemplateView.Listing(found.stream().filter(t -> all || newest.get(t.code) == t.version)
                .map(t -> EvaluationTemplateView.of(t, newest.get(t.code) == t.version)).toList());
    }

    public EvaluationTemplateView get(UUID id) {
        EvaluationTemplate t = find(id);
        return EvaluationTemplateView.of(t, t.version == newestVersion(t.code));
    }

    EvaluationTemplate find(UUID id) {
        EvaluationTemplate t = em.find(EvaluationTemplate.class, id);
        if (t == null) {
            throw ProblemException.notFound("Evaluation template");
        }
        return t;
    }

    /** The newest version of a code, or null when there is none. */
    EvaluationTemplate newest(String code) {
        return em.createQuery("from EvaluationTemplate where code = :c order by version desc", EvaluationTemplate.class)
                .setParameter("c", code).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    @Transactional
    public EvaluationTemplateView create(EvaluationTemplateInput in) {
        check(in.definition());
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('drill_evaluation_template:' || ?1))")
                .setParameter(1, in.code()).getSingleResult();
        EvaluationTemplate t = new EvaluationTemplate();
        t.id = UUID.randomUUID();
        t.code = in.code();
        t.version = newestVersion(in.code()) + 1;
        t.title = in.title().strip();
        t.citation = in.citation().strip();
        t.definition = in.definition();
        t.createdBySubject = caller.subject();
        t.createdByName = caller.displayName();
        t.createdAt = Times.now(clock);
        em.persist(t);
        em.flush();
        EvaluationTemplateView view = EvaluationTemplateView.of(t, true);
        audit.record(ENTITY, t.id.toString(), "create", callerOrg.orgPath(), null, view);
        return view;
    }

    private int newestVersion(String code) {
        Integer v = em.createQuery("select max(version) from EvaluationTemplate where code = :c", Integer.class)
                .setParameter("c", code).getSingleResult();
        return v == null ? 0 : v;
    }

    private static Map<String, Integer> newest(List<EvaluationTemplate> all) {
        Map<String, Integer> out = new HashMap<>();
        all.forEach(t -> out.merge(t.code, t.version, Math::max));
        return out;
    }

    /** The definition's own rules beyond the field constraints: unique codes, known groups, one band from 0. */
    static void check(EvaluationTemplateDefinition d) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> groups = new HashSet<>();
        for (int i = 0; i < d.groups().size(); i++) {
            if (!groups.add(d.groups().get(i).code())) {
                errors.add(new Problem.FieldError("definition.groups[" + i + "].code", "appears twice"));
            }
        }
        Set<String> items = new HashSet<>();
        for (int i = 0; i < d.items().size(); i++) {
            EvaluationTemplateDefinition.Item item = d.items().get(i);
            if (!items.add(item.code())) {
                errors.add(new Problem.FieldError("definition.items[" + i + "].code", "appears twice"));
            }
            if (!groups.contains(item.group())) {
                errors.add(new Problem.FieldError("definition.items[" + i + "].group", "no such group in the template"));
            }
        }
        Set<BigDecimal> bounds = new HashSet<>();
        for (int i = 0; i < d.gradeBands().size(); i++) {
            if (!bounds.add(d.gradeBands().get(i).minScore().stripTrailingZeros())) {
                errors.add(new Problem.FieldError("definition.gradeBands[" + i + "].minScore", "two bands start at the same score"));
            }
        }
        if (bounds.stream().noneMatch(b -> b.signum() == 0)) {
            errors.add(new Problem.FieldError("definition.gradeBands", "one band starts at 0"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
