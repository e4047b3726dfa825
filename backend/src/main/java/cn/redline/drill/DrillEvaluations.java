package cn.redline.drill;

import cn.redline.audit.AuditLog;
import cn.redline.platform.Caller;
import cn.redline.platform.Etags;
import cn.redline.platform.Problem;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Times;
import cn.redline.platform.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A held drill's evaluation (§3.3 DrillEvaluation, D12): entered by the organiser or the drill's evaluators while the
 * drill is CONDUCTED or TERMINATED, checked against its template version (NA needs a reason, a score lies within the
 * item's weight), scored as it is saved, and sealed by the drill's SUBMIT_EVALUATION once nothing is missing.
 */
@ApplicationScoped
public class DrillEvaluations {

    static final String ENTITY = "drill-evaluation";
    /** The template a new evaluation answers unless it names one. */
    static final String DEFAULT_TEMPLATE = "AQ9009";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    ScopedRecords records;

    @Inject
    DrillAccess access;

    @Inject
    EvaluationTemplates templates;

    @Inject
    Drills drills;

    @Inject
    AuditLog audit;

    /** Scores of one evaluation: in total and per dimension, each null while nothing there is scored. */
    record Scores(BigDecimal total, BigDecimal preparation, BigDecimal execution) {
    }

    public EvaluationView get(UUID drillId) {
        Drill d = drills.visible(drillId);
        return view(existing(d));
    }

    Optional<DrillEvaluation> of(UUID drillId) {
        return em.createQuery("from DrillEvaluation where drillId = :d", DrillEvaluation.class).setParameter("d", drillId)
                .getResultStream().findFirst();
    }

    DrillEvaluation existing(Drill d) {
        return of(d.id).orElseThrow(() -> ProblemException.notFound("Drill evaluation"));
    }

    EvaluationTemplate template(DrillEvaluation e) {
        return em.find(EvaluationTemplate.class, e.templateId);
    }

    @Transactional
    public EvaluationView create(UUID drillId, EvaluationInput in) {
        Drill d = drills.visible(drillId);
        DrillEvaluation e = checked(d, in);
        return stored(d, e);
    }

    /**
     * A pushed evaluation (issue 11 deliverable 6): checked whole before anything is stored: the input, and with
     * {@code submit} that nothing is missing and the caller may seal it; then stored and, with {@code submit}, sealed
     * by the drill's SUBMIT_EVALUATION. A refusal is a problem and stores nothing.
     */
    EvaluationView push(Drill d, EvaluationInput in, boolean submit) {
        if (submit) {
            drills.requireMaySeal(d);
        }
        DrillEvaluation e = checked(d, in);
        if (submit) {
            List<String> gaps = missing(e, template(e).definition);
            if (!gaps.isEmpty()) {
                throw ProblemException.invalid("submit", "the evaluation cannot be submitted before it is complete; missing: "
                        + String.join(", ", gaps));
            }
        }
        stored(d, e);
        if (submit) {
            drills.transition(d.id, null, new DrillTransition(DrillAction.SUBMIT_EVALUATION, null, null, null, null, null, null));
        }
        return view(e);
    }

    /** A new evaluation of {@code d} from {@code in}, filled and scored but not stored; refused when the caller may not
     * write it, the drill has one already, or the input breaks its template's rules. */
    private DrillEvaluation checked(Drill d, EvaluationInput in) {
        requireWriter(d);
        if (of(d.id).isPresent()) {
            throw ProblemException.conflict("The drill has an evaluation already: change it with PUT and its ETag");
        }
        EvaluationTemplate t;
        if (in.templateId() == null) {
            t = templates.newest(DEFAULT_TEMPLATE);
        } else {
            t = em.find(EvaluationTemplate.class, in.templateId());
            if (t == null) {
                throw ProblemException.unprocessable("templateId", "no such evaluation template");
            }
        }
        validate(in, t.definition);
        DrillEvaluation e = new DrillEvaluation();
        e.id = UUID.randomUUID();
        e.drillId = d.id;
        e.orgId = d.orgId;
        e.templateId = t.id;
        e.createdAt = Times.now(clock);
        fill(e, in, t.definition);
        return e;
    }

    private EvaluationView stored(Drill d, DrillEvaluation e) {
        em.persist(e);
        em.flush();
        EvaluationView view = view(e);
        audit.record(ENTITY, e.id.toString(), "create", access.visibleOrg(d.orgId).path, null, view);
        return view;
    }

    @Transactional
    public EvaluationView update(UUID drillId, String ifMatch, EvaluationInput in) {
        Drill d = drills.visible(drillId);
        DrillEvaluation e = existing(d);
        Etags.requireMatch(ifMatch, e.version);
        requireWriter(d);
        if (in.templateId() != null && !in.templateId().equals(e.templateId)) {
            throw ProblemException.invalid("templateId", "an evaluation keeps the template version it was created with");
        }
        EvaluationTemplate t = template(e);
        validate(in, t.definition);
        EvaluationView before = view(e);
        fill(e, in, t.definition);
        em.flush();
        EvaluationView after = view(e);
        audit.record(ENTITY, e.id.toString(), "update", access.visibleOrg(d.orgId).path, before, after);
        return after;
    }

    /** What SUBMIT_EVALUATION still waits for, or null when the drill has no evaluation yet. */
    List<String> gaps(Drill d) {
        return of(d.id).map(e -> missing(e, template(e).definition)).orElse(null);
    }

    /** {@link #gaps(Drill)} for a page of drills, one query each for the evaluations and their templates: by drill,
     * only the drills with an evaluation. */
    Map<UUID, List<String>> gaps(java.util.Collection<Drill> shown) {
        List<DrillEvaluation> found = em.createQuery("from DrillEvaluation where drillId in :ids", DrillEvaluation.class)
                .setParameter("ids", shown.stream().map(d -> d.id).toList()).getResultList();
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<UUID, EvaluationTemplate> templates = new HashMap<>();
        em.createQuery("from EvaluationTemplate where id in :ids", EvaluationTemplate.class)
                .setParameter("ids", found.stream().map(e -> e.templateId).distinct().toList())
                .getResultList().forEach(t -> templates.put(t.id, t));
        Map<UUID, List<String>> out = new HashMap<>();
        found.forEach(e -> out.put(e.drillId, missing(e, templates.get(e.templateId).definition)));
        return out;
    }

    /** SUBMIT_EVALUATION: the evaluation is signed now by the caller and never changes again. */
    void seal(Drill d, Map<String, Object> data) {
        DrillEvaluation e = existing(d);
        e.signedAt = Times.now(clock);
        e.signedBySubject = caller.subject();
        e.updatedAt = e.signedAt;
        data.put("conclusion", e.conclusion.name());
        if (e.totalScore != null) {
            data.put("totalScore", e.totalScore.toPlainString());
        }
        data.put("signedBy", e.signedBy);
    }

    /** The organiser's office or one of the drill's evaluators, while the drill is held and not yet evaluated. */
    private void requireWriter(Drill d) {
        if (!access.mayOrganise(d.orgId) && !d.people().evaluates(caller.subject())) {
            throw ProblemException.forbidden("Only the organizer, an office above it or the drill's evaluators enter its evaluation");
        }
        if (d.status != DrillStatus.CONDUCTED && d.status != DrillStatus.TERMINATED) {
            throw Workflow.refusal("A drill's evaluation is entered while it is CONDUCTED or TERMINATED; this one is "
                    + d.status, drills.table().allowedActions(d, caller));
        }
    }

    private void fill(DrillEvaluation e, EvaluationInput in, EvaluationTemplateDefinition def) {
        e.team = in.team() == null ? new ArrayList<>() : new ArrayList<>(in.team());
        e.answers = in.answers() == null ? new ArrayList<>() : new ArrayList<>(in.answers());
        e.selfAssessments = in.selfAssessments() == null ? new ArrayList<>() : new ArrayList<>(in.selfAssessments());
        e.debrief = strip(in.debrief());
        e.strengths = strip(in.strengths());
        e.conclusion = in.conclusion();
        e.signedBy = strip(in.signedBy());
        e.totalScore = scores(e, def).total();
        e.updatedAt = Times.now(clock);
    }

    /** The input's rules against its template: 400 naming each bad field, before anything changes. */
    static void validate(EvaluationInput in, EvaluationTemplateDefinition def) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<EvaluationInput.Answer> answers = in.answers() == null ? List.of() : in.answers();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            EvaluationInput.Answer a = answers.get(i);
            String at = "answers[" + i + "]";
            EvaluationTemplateDefinition.Item item = def.item(a.code());
            if (item == null) {
                errors.add(new Problem.FieldError(at + ".code", "no such item in the template"));
                continue;
            }
            if (!seen.add(a.code())) {
                errors.add(new Problem.FieldError(at + ".code", "item " + a.code() + " is answered twice"));
            }
            if (a.result() == DrillEvaluationResult.NA) {
                if (blank(a.note())) {
                    errors.add(new Problem.FieldError(at + ".note", "give the reason why item " + a.code() + " does not apply"));
                }
                if (a.score() != null) {
                    errors.add(new Problem.FieldError(at + ".score", "an item that does not apply has no score"));
                }
            } else if (item.method() == DrillEvaluationMethod.YES_NO) {
                if (a.result() == null) {
                    errors.add(new Problem.FieldError(at + ".result", "item " + a.code() + " is answered YES, NO or NA"));
                }
                if (a.score() != null) {
                    errors.add(new Problem.FieldError(at + ".score", "item " + a.code() + " is answered YES or NO, not scored"));
                }
            } else {
                if (a.result() != null) {
                    errors.add(new Problem.FieldError(at + ".result", "item " + a.code() + " is scored (or NA), not YES or NO"));
                }
                if (a.score() == null) {
                    errors.add(new Problem.FieldError(at + ".score", "give item " + a.code() + "'s score"));
                } else if (a.score().compareTo(item.weight()) > 0) {
                    errors.add(new Problem.FieldError(at + ".score", "item " + a.code() + " is worth at most "
                            + item.weight().stripTrailingZeros().toPlainString()));
                }
            }
        }
        List<EvaluationInput.Evaluator> team = in.team() == null ? List.of() : in.team();
        if (team.stream().filter(EvaluationInput.Evaluator::lead).count() > 1) {
            errors.add(new Problem.FieldError("team", "the team has one lead"));
        }
        if (!blank(in.signedBy()) && team.stream().noneMatch(m -> m.name().strip().equals(in.signedBy().strip()))) {
            errors.add(new Problem.FieldError("signedBy", "the evaluation is signed by a member of the team"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** What SUBMIT_EVALUATION waits for: unanswered item codes in template order, then team, conclusion, signedBy. */
    static List<String> missing(DrillEvaluation e, EvaluationTemplateDefinition def) {
        Set<String> answered = new HashSet<>();
        e.answers.forEach(a -> answered.add(a.code()));
        List<String> out = new ArrayList<>();
        def.items().stream().map(EvaluationTemplateDefinition.Item::code).filter(c -> !answered.contains(c)).forEach(out::add);
        if (e.team.isEmpty()) {
            out.add("team");
        }
        if (e.conclusion == null) {
            out.add("conclusion");
        }
        if (e.signedBy == null) {
            out.add("signedBy");
        }
        return out;
    }

    /**
     * Percent of the points of the answered items, NA left out: YES earns an item's weight, NO nothing, a score
     * itself. Rounded half-up to 2 decimals at the end only.
     */
    static Scores scores(DrillEvaluation e, EvaluationTemplateDefinition def) {
        BigDecimal[] earned = {BigDecimal.ZERO, BigDecimal.ZERO};
        BigDecimal[] possible = {BigDecimal.ZERO, BigDecimal.ZERO};
        for (EvaluationInput.Answer a : e.answers) {
            EvaluationTemplateDefinition.Item item = def.item(a.code());
            if (item == null || a.result() == DrillEvaluationResult.NA) {
                continue;
            }
            int dim = def.dimensionOf(item) == DrillEvaluationDimension.PREPARATION ? 0 : 1;
            BigDecimal got = item.method() == DrillEvaluationMethod.SCORED ? (a.score() == null ? BigDecimal.ZERO : a.score())
                    : a.result() == DrillEvaluationResult.YES ? item.weight() : BigDecimal.ZERO;
            earned[dim] = earned[dim].add(got);
            possible[dim] = possible[dim].add(item.weight());
        }
        return new Scores(percent(earned[0].add(earned[1]), possible[0].add(possible[1])), percent(earned[0], possible[0]),
                percent(earned[1], possible[1]));
    }

    private static BigDecimal percent(BigDecimal earned, BigDecimal possible) {
        return possible.signum() == 0 ? null : earned.multiply(HUNDRED).divide(possible, 2, RoundingMode.HALF_UP);
    }

    EvaluationView view(DrillEvaluation e) {
        EvaluationTemplate t = template(e);
        Scores s = scores(e, t.definition);
        EvaluationTemplateDefinition.GradeBand band = s.total() == null ? null : t.definition.band(s.total());
        return new EvaluationView(e.id, e.drillId, e.orgId, new EvaluationView.TemplateRef(t.id, t.code, t.version, t.title),
                e.team, e.answers, e.selfAssessments, e.debrief, e.strengths, e.conclusion, s.total(), s.preparation(),
                s.execution(), band == null ? null : new EvaluationView.Grade(band.title(), band.titleEn()),
                e.sealed() ? List.of() : missing(e, t.definition), e.sealed(), e.signedBy, e.signedAt, e.version, e.updatedAt);
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
