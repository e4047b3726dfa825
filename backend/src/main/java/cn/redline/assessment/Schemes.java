package cn.redline.assessment;

import cn.redline.audit.AuditLog;
import cn.redline.org.CallerOrg;
import cn.redline.org.Org;
import cn.redline.org.OrgRepository;
import cn.redline.platform.Caller;
import cn.redline.platform.Etags;
import cn.redline.platform.Page;
import cn.redline.platform.PageParams;
import cn.redline.platform.Problem;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Times;
import cn.redline.platform.workflow.Step;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Assessment schemes: drafts checked on every save, edits only while DRAFT (with If-Match), the §4.3 workflow through
 * {@link SchemeWorkflow}, every step kept in the scheme's history and the audit log.
 */
@ApplicationScoped
public class Schemes {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    CallerOrg callerOrg;

    @Inject
    SchemeRepository schemes;

    @Inject
    OrgRepository orgs;

    @Inject
    AuditLog audit;

    @Inject
    SchemeTargets targets;

    @Inject
    MetricSnapshots snapshots;

    @Inject
    Assessments assessments;

    private final SchemeWorkflow workflow = new SchemeWorkflow(new SchemeWorkflow.Lookups() {
        @Override
        public boolean onIssuingSide(AssessmentScheme s, Caller c) {
            return c.scope().global() || s.scopePath.startsWith(c.scope().path());
        }

        @Override
        public String beforeCutoff(AssessmentScheme s) {
            LocalDate end = s.cutoff();
            return Times.today(clock).isAfter(end) ? null : "the period's cutoff " + end + " has not passed";
        }

        @Override
        public String notAllReviewed(AssessmentScheme s) {
            return assessments.notAllReviewed(s);
        }

        @Override
        public String objectionsPending(AssessmentScheme s) {
            return assessments.objectionsPending(s);
        }
    });

    // --- reading ---------------------------------------------------------------------------------------------------

    public SchemeView get(UUID id) {
        return view(visible(id));
    }

    /**
     * Whether the caller is on the scheme's issuing side (its issuer's subtree reaches up to the caller's scope): who may
     * read the internal reports (the internal 通报, the report to 纪检监察机关 and 组织部门).
     */
    boolean onIssuingSide(AssessmentScheme s) {
        return caller.scope().global() || s.scopePath.startsWith(caller.scope().path());
    }

    AssessmentScheme visible(UUID id) {
        return schemes.findVisible(id, caller.scope(), callerOrg.orgPath())
                .orElseThrow(() -> ProblemException.notFound("Assessment scheme"));
    }

    public SchemePage list(SchemeRepository.Filter filter, PageParams page) {
        List<AssessmentScheme> rows = schemes.page(filter, caller.scope(), callerOrg.orgPath(), page.after(), page.limit);
        Page<AssessmentScheme> p = SchemeRepository.LATEST.page(rows, page.limit, s -> s);
        return new SchemePage(p.items().stream().map(this::view).toList(), p.nextCursor());
    }

    public SchemeHistory history(UUID id) {
        AssessmentScheme s = visible(id);
        return new SchemeHistory(em.createQuery("from SchemeEvent where schemeId = :id order by seq", SchemeEvent.class)
                .setParameter("id", s.id).setMaxResults(1000).getResultList().stream()
                .map(e -> new SchemeHistory.Entry(e.seq, e.at, e.actorName, e.action,
                        e.fromStatus == null ? null : SchemeStatus.valueOf(e.fromStatus), SchemeStatus.valueOf(e.toStatus),
                        e.reason, e.data))
                .toList());
    }

    /**
     * Runs the scoring algorithm on the scheme's rules with the facts given (a replay, or a trial of a draft's rules):
     * nothing is stored. Facts that contradict the rules are a 422 naming the field.
     */
    public ScoringFacts.Scored score(UUID id, ScoringFacts.Batch batch) {
        AssessmentScheme s = visible(id);
        List<Problem.FieldError> structural = SchemeCheck.structure(s.definition);
        if (!structural.isEmpty() || SchemeCheck.leaves(s.definition).isEmpty() || s.definition.gradeBands().isEmpty()) {
            throw ProblemException.unprocessable("The scheme's rules are not complete enough to score");
        }
        List<String> groups = s.definition.targetGroups().stream().map(SchemeDefinition.TargetGroup::code).toList();
        for (int i = 0; i < batch.targets().size(); i++) {
            if (!groups.contains(batch.targets().get(i).group())) {
                throw ProblemException.unprocessable("targets[" + i + "].group", "names no target group of the scheme");
            }
        }
        try {
            return new ScoringFacts.Scored(Scoring.score(s.definition, batch.targets()));
        } catch (Scoring.InvalidFacts e) {
            throw ProblemException.unprocessable(e.field(), e.getMessage().substring(e.field().length() + 2));
        }
    }

    SchemeView view(AssessmentScheme s) {
        Org issuer = orgs.findById(s.issuerOrgId);
        List<SchemeView.GroupPoints> points = new ArrayList<>();
        List<SchemeDefinition.Indicator> leaves = SchemeCheck.leaves(s.definition);
        for (SchemeDefinition.TargetGroup g : s.definition.targetGroups()) {
            points.add(new SchemeView.GroupPoints(g.code(), leaves.stream().filter(l -> l.appliesTo(g.code()) && l.maxPoints() != null)
                    .map(SchemeDefinition.Indicator::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        return new SchemeView(s.id, s.issuerOrgId, issuer.name, s.title, s.year, s.period, s.cutoff(), s.series,
                s.docNumber, s.revision, s.status, s.definition, points, s.status == SchemeStatus.DRAFT ? issues(s.definition) : List.of(),
                workflow.table().allowedActions(s, caller), s.createdByName, s.publishedAt, s.openedAt, s.version,
                s.createdAt, s.updatedAt);
    }

    /** What {@link SchemeCheck#requirePublishable} would refuse, as field errors. */
    static List<Problem.FieldError> issues(SchemeDefinition d) {
        List<Problem.FieldError> out = new ArrayList<>(SchemeCheck.structure(d));
        SchemeCheck.mismatches(d).forEach(m -> out.add(new Problem.FieldError(m.field(), "points-mismatch",
                m.what() + ": leaf points add up to " + Scoring.plain(m.sum()) + ", not " + Scoring.plain(m.expected()))));
        out.addAll(SchemeCheck.incomplete(d));
        return out;
    }

    // --- writing ---------------------------------------------------------------------------------------------------

    @Transactional
    public SchemeView create(SchemeInput in) {
        Org issuer = in.issuerOrgId() == null ? callerOrg.org() : orgs.findVisible(in.issuerOrgId(), caller.scope())
                .orElseThrow(() -> ProblemException.unprocessable("issuerOrgId", "no such organization"));
        requireStructure(in.definition());
        AssessmentScheme s = new AssessmentScheme();
        s.id = UUID.randomUUID();
        s.issuerOrgId = issuer.id;
        s.scopePath = issuer.path;
        s.revision = 1;
        s.status = SchemeStatus.DRAFT;
        s.createdBySubject = caller.subject();
        s.createdByName = caller.displayName();
        s.createdAt = Times.now(clock);
        s.updatedAt = s.createdAt;
        fill(s, in);
        schemes.persist(s);
        em.flush();
        event(s, "CREATE", null, null, Map.of("revision", s.revision));
        SchemeView after = view(s);
        audit.record(AssessmentScheme.AUDIT_ENTITY, s.id.toString(), "create", s.scopePath, null, after);
        return after;
    }

    /** Replaces a draft's fields and rules; a published or opened scheme is frozen (409: revise it, or it is too late). */
    @Transactional
    public SchemeView update(UUID id, String ifMatch, SchemeInput in) {
        AssessmentScheme s = visible(id);
        requireIssuingSide(s);
        Etags.requireMatch(ifMatch, s.version);
        if (s.status != SchemeStatus.DRAFT) {
            throw ProblemException.conflict("A scheme in state " + s.status + " is frozen: "
                    + (s.status == SchemeStatus.PUBLISHED ? "revise it first" : "its weights and bands no longer change"));
        }
        if (in.issuerOrgId() != null && !in.issuerOrgId().equals(s.issuerOrgId)) {
            throw ProblemException.invalid("issuerOrgId", "a scheme keeps its issuer");
        }
        requireStructure(in.definition());
        SchemeView before = view(s);
        fill(s, in);
        s.updatedAt = Times.now(clock);
        em.flush();
        event(s, "UPDATE", s.status, null, Map.of("revision", s.revision));
        SchemeView after = view(s);
        audit.record(AssessmentScheme.AUDIT_ENTITY, s.id.toString(), "update", s.scopePath, before, after);
        return after;
    }

    @Transactional
    public SchemeView transition(UUID id, String ifMatch, SchemeTransition t) {
        AssessmentScheme s = visible(id);
        if (ifMatch != null) {
            Etags.requireMatch(ifMatch, s.version);
        }
        SchemeView before = view(s);
        Step<SchemeStatus, SchemeAction> step = workflow.table().apply(s, t.action(), caller, t);
        s.updatedAt = Times.now(clock);
        if (step.action() == SchemeAction.PUBLISH) {
            s.publishedAt = s.updatedAt;
        } else if (step.action() == SchemeAction.OPEN) {
            s.openedAt = s.updatedAt;
            // provisional values, shown while the targets assess themselves
            snapshots.take(s, targets.of(s).stream().map(SchemeTargets.Target::org).toList(), MetricSnapshot.Reason.OPEN, null,
                    s.updatedAt);
            assessments.onSchemeStep(s, step.action(), targets.of(s));
        } else if (step.action() == SchemeAction.START_REVIEW) {
            // the cutoff has passed: the values taken now are the ones the scores read
            s.frozenAt = Times.stored(s.updatedAt);
            snapshots.take(s, targets.of(s).stream().map(SchemeTargets.Target::org).toList(), MetricSnapshot.Reason.START_REVIEW,
                    null, s.frozenAt);
            assessments.onSchemeStep(s, step.action(), List.of());
        } else if (step.action() == SchemeAction.REVISE) {
            s.publishedAt = null;
        } else {
            assessments.onSchemeStep(s, step.action(), List.of());
        }
        em.flush();
        Map<String, Object> data = new LinkedHashMap<>(step.data());
        Object reason = data.remove("reason");
        event(s, step.action().name(), step.from(), reason == null ? null : reason.toString(), data);
        SchemeView after = view(s);
        audit.record(AssessmentScheme.AUDIT_ENTITY, s.id.toString(), step.action().name().toLowerCase(java.util.Locale.ROOT),
                s.scopePath, before, after);
        return after;
    }

    void requireIssuingSide(AssessmentScheme s) {
        if (!caller.scope().global() && !s.scopePath.startsWith(caller.scope().path())) {
            throw ProblemException.forbidden("Only the issuing side writes its scheme");
        }
    }

    private static void requireStructure(SchemeDefinition d) {
        List<Problem.FieldError> errors = SchemeCheck.structure(d).stream()
                .map(e -> new Problem.FieldError("definition." + e.field(), e.code(), e.message())).toList();
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void fill(AssessmentScheme s, SchemeInput in) {
        s.title = in.title().strip();
        s.year = in.year();
        s.period = in.period();
        s.series = in.series();
        s.docNumber = in.docNumber() == null || in.docNumber().isBlank() ? null : in.docNumber().strip();
        s.definition = in.definition();
    }

    private void event(AssessmentScheme s, String action, SchemeStatus from, String reason, Map<String, Object> data) {
        SchemeEvent e = new SchemeEvent();
        e.schemeId = s.id;
        e.at = Times.now(clock);
        e.actorSubject = caller.subject();
        e.actorName = caller.displayName();
        e.action = action;
        e.fromStatus = from == null ? null : from.name();
        e.toStatus = s.status.name();
        e.reason = reason;
        e.data = data == null || data.isEmpty() ? null : data;
        em.persist(e);
    }
}
