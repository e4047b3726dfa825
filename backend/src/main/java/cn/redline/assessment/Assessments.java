package cn.redline.assessment;

import cn.redline.attachment.AttachmentService;
import cn.redline.audit.AuditLog;
import cn.redline.org.CallerOrg;
import cn.redline.org.Org;
import cn.redline.org.OrgRepository;
import cn.redline.platform.Caller;
import cn.redline.platform.Etags;
import cn.redline.platform.Keyset;
import cn.redline.platform.PageParams;
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
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Assessments per target (§4.3): created when a scheme opens, run by {@link AssessmentWorkflow}, scored by
 * {@link Scoring} on the latest value of each kind and the metric snapshots in force, every point traced to its rule,
 * snapshot or evidence and the person who set it. The scheme's later steps move them all ({@link #onSchemeStep}).
 */
@ApplicationScoped
public class Assessments implements AssessmentWorkflow.Lookups {

    static final String EVIDENCE = "EVIDENCE";

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
    SchemeRepository schemes;

    @Inject
    MetricSnapshots snapshots;

    @Inject
    AttachmentService attachments;

    @Inject
    AuditLog audit;

    @Inject
    AssessmentConsequences consequences;

    @Inject
    cn.redline.accountability.Accountability register;

    private final AssessmentWorkflow workflow = new AssessmentWorkflow(this);

    // --- guards ----------------------------------------------------------------------------------------------------

    /** The target org itself: an org inside the target (an enterprise in a township) is not the target. */
    @Override
    public boolean onTargetSide(Assessment a, Caller c) {
        return a.targetOrgId.equals(callerOrg.orgId());
    }

    @Override
    public boolean onIssuingSide(Assessment a, Caller c) {
        return c.scope().global() || a.issuerPath.startsWith(c.scope().path());
    }

    @Override
    public String schemeNotOpen(Assessment a) {
        return scheme(a).status == SchemeStatus.SELF_ASSESSMENT ? null : "the scheme is not open for self-assessment";
    }

    @Override
    public String selfClosed(Assessment a) {
        SchemeStatus st = scheme(a).status;
        return st == SchemeStatus.SELF_ASSESSMENT || st == SchemeStatus.REVIEWING ? selfDeadlinePassed(a)
                : "the scheme takes no self-assessment in state " + st;
    }

    /**
     * The last local day the target may change or submit its self-assessment: the new deadline the review gave when it
     * returned it for supplement, else the scheme's selfAssessmentDue; null when neither is set.
     */
    LocalDate selfDeadline(Assessment a) {
        if (a.selfDue != null) {
            return a.selfDue;
        }
        SchemeDefinition.Deadlines d = scheme(a).definition.deadlines();
        return d == null ? null : d.selfAssessmentDue();
    }

    /** 409 self-assessment-closed when the target's self-assessment deadline has passed. */
    private void requireSelfOpen(Assessment a) {
        String late = selfDeadlinePassed(a);
        if (late != null) {
            throw new ProblemException(cn.redline.platform.Problem.of(409, "self-assessment-closed", "Self-assessment closed",
                    "No self score or submission after the deadline: " + late).withArgs(Map.of("due", selfDeadline(a).toString())));
        }
    }

    /** Why the target can no longer change or submit its self-assessment (its deadline passed), or null. */
    String selfDeadlinePassed(Assessment a) {
        LocalDate due = selfDeadline(a);
        return due != null && Times.today(clock).isAfter(due)
                ? "the self-assessment deadline passed on " + due + ": the assessment group reviews it or returns it with a new deadline"
                : null;
    }

    @Override
    public String selfIncomplete(Assessment a) {
        AssessmentScheme s = scheme(a);
        Map<String, AssessmentValue> self = latest(a.id, AssessmentValue.Kind.SELF);
        for (SchemeDefinition.Indicator leaf : leaves(s, a)) {
            boolean manual = leaf.method() == SchemeDefinition.IndicatorMethod.MANUAL_DEDUCT
                    || leaf.method() == SchemeDefinition.IndicatorMethod.CHECKLIST;
            AssessmentValue v = self.get(leaf.code());
            if (manual && (v == null || (leaf.evidenceRequired() && v.evidence.length == 0))) {
                return "indicator " + leaf.code() + " has no self score" + (leaf.evidenceRequired() ? " with evidence" : "");
            }
        }
        return null;
    }

    @Override
    public String reviewIncomplete(Assessment a) {
        AssessmentScheme s = scheme(a);
        Map<String, AssessmentValue> self = latest(a.id, AssessmentValue.Kind.SELF);
        Map<String, AssessmentValue> dept = latest(a.id, AssessmentValue.Kind.DEPARTMENT);
        Map<String, AssessmentValue> review = latest(a.id, AssessmentValue.Kind.REVIEW);
        Map<MetricCode, MetricSnapshot> metrics = snapshots.inForce(s.id, a.targetOrgId, s.frozenAt);
        for (SchemeDefinition.Indicator leaf : leaves(s, a)) {
            if (review.containsKey(leaf.code())) {
                continue;
            }
            boolean has = switch (leaf.method()) {
                case MANUAL_DEDUCT, CHECKLIST -> self.containsKey(leaf.code());
                case DEPARTMENT_SCORED -> dept.containsKey(leaf.code());
                case AUTO_METRIC -> metrics.containsKey(leaf.metricCode()) && metrics.get(leaf.metricCode()).value != null;
            };
            if (!has) {
                return "indicator " + leaf.code() + " has no final points: score it in the review";
            }
        }
        return null;
    }

    @Override
    public String objectionClosed(Assessment a) {
        return a.objectionDue != null && !Times.today(clock).isAfter(a.objectionDue) ? null
                : "the objection window closed on " + a.objectionDue;
    }


    // --- reading ---------------------------------------------------------------------------------------------------

    /** The assessment when the caller is on its issuing side, its target side or scores one of its leaves; else 404. */
    Assessment visible(UUID id) {
        Assessment a = em.find(Assessment.class, id);
        if (a == null || !(onIssuingSide(a, caller) || onTargetSide(a, caller) || scoresFor(scheme(a)))) {
            throw ProblemException.notFound("Assessment");
        }
        return a;
    }

    private boolean scoresFor(AssessmentScheme s) {
        UUID own = callerOrg.orgId();
        return SchemeCheck.leaves(s.definition).stream().anyMatch(l -> l.scoringOrgIds() != null && l.scoringOrgIds().contains(own));
    }

    public AssessmentView get(UUID id) {
        return view(visible(id));
    }

    /** The assessments of a scheme the caller may see, by group and rank. */
    public List<AssessmentView> ofScheme(UUID schemeId) {
        AssessmentScheme s = schemes.findVisible(schemeId, caller.scope(), callerOrg.orgPath())
                .orElseThrow(() -> ProblemException.notFound("Assessment scheme"));
        List<Assessment> all = em.createQuery("from Assessment where schemeId = :s order by groupCode, rankInGroup nulls last, id",
                Assessment.class).setParameter("s", s.id).getResultList();
        boolean scores = scoresFor(s);
        List<Assessment> seen = all.stream().filter(a -> onIssuingSide(a, caller) || onTargetSide(a, caller) || scores).toList();
        targets(seen);
        return seen.stream().map(this::view).toList();
    }

    /** The assessments whose target is the caller's own org, open ones first, then the latest period first. */
    public List<AssessmentResource.UnitAssessment> ofOwnUnit() {
        UUID own = callerOrg.orgId();
        if (own == null) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select a, s from Assessment a, AssessmentScheme s where s.id = a.schemeId "
                        + "and a.targetOrgId = :org order by case when a.status = :closed then 1 else 0 end, s.year desc, "
                        + "s.period desc, s.createdAt desc", Object[].class)
                .setParameter("org", own).setParameter("closed", AssessmentStatus.CLOSED).setMaxResults(50).getResultList();
        return rows.stream().map(r -> {
            AssessmentScheme s = (AssessmentScheme) r[1];
            return new AssessmentResource.UnitAssessment(view((Assessment) r[0]), s.title, s.year, s.period, s.status);
        }).toList();
    }

    /** The explained score: every point traced, every value ever set with who and when, the snapshots read. */
    public AssessmentView.Explained explain(UUID id) {
        Assessment a = visible(id);
        return explain(a, scheme(a));
    }

    static final Keyset<Assessment> BY_ID = Keyset.ascending("assessment-scores", Keyset.uuid("a.id", a -> a.id));

    /**
     * The explained scores of a scheme's assessments the caller may see, a page at a time (the board's one read): the
     * issuing side and the scoring departments see every target's, a target its own; 404 for a scheme it cannot see.
     */
    public AssessmentView.ScorePage scoresOf(UUID schemeId, PageParams page) {
        AssessmentScheme s = schemes.findVisible(schemeId, caller.scope(), callerOrg.orgPath())
                .orElseThrow(() -> ProblemException.notFound("Assessment scheme"));
        boolean all = caller.scope().global() || s.scopePath.startsWith(caller.scope().path()) || scoresFor(s);
        StringBuilder where = new StringBuilder("a.schemeId = :s");
        Map<String, Object> params = new HashMap<>(Map.of("s", s.id));
        if (!all) {
            where.append(" and a.targetOrgId = :own");
            params.put("own", callerOrg.orgId());
        }
        cn.redline.platform.Scope.Filter next = BY_ID.where(BY_ID.after(page.after()));
        if (next != null) {
            where.append(" and ").append(next.hql());
            params.putAll(next.params());
        }
        var q = em.createQuery("select a from Assessment a where " + where + " order by " + BY_ID.orderBy(), Assessment.class)
                .setMaxResults(page.limit + 1);
        params.forEach(q::setParameter);
        List<Assessment> rows = q.getResultList();
        Loaded loaded = load(s, rows.subList(0, Math.min(rows.size(), page.limit)));
        targets(rows);
        cn.redline.platform.Page<AssessmentView.Explained> p = BY_ID.page(rows, page.limit, a -> explain(a, s, loaded));
        return new AssessmentView.ScorePage(p.items(), p.nextCursor());
    }

    private AssessmentView.Explained explain(Assessment a, AssessmentScheme s) {
        return explain(a, s, load(s, List.of(a)));
    }

    private AssessmentView.Explained explain(Assessment a, AssessmentScheme s, Loaded loaded) {
        ScoreResult score = Scoring.scoreOne(s.definition, facts(a, s, loaded));
        List<AssessmentView.ValueEntry> values = loaded.values(a.id).stream()
                .map(v -> new AssessmentView.ValueEntry(v.seq, v.kind, v.code, v.deductions, v.checklist, v.points, v.occurrences,
                        v.reason, java.util.Arrays.asList(v.evidence), v.withdrawn, v.setByName, v.setAt)).toList();
        List<MetricValues.Snapshot> used = loaded.snapshots(a.targetOrgId).values().stream()
                .map(m -> Metrics.view(m, true, cn.redline.platform.Labels.of(cn.redline.platform.Labels.ZH))).toList();
        return new AssessmentView.Explained(view(a), score, values, used);
    }

    /** Every step of the assessment's history with who, when, what and why, oldest first. */
    public AssessmentHistory history(UUID id) {
        Assessment a = visible(id);
        return new AssessmentHistory(em.createQuery("from AssessmentEvent where assessmentId = :id order by seq", AssessmentEvent.class)
                .setParameter("id", a.id).setMaxResults(1000).getResultList().stream()
                .map(e -> new AssessmentHistory.Entry(e.seq, e.at, e.actorName, e.action,
                        e.fromStatus == null ? null : AssessmentStatus.valueOf(e.fromStatus), AssessmentStatus.valueOf(e.toStatus),
                        e.reason, e.data))
                .toList());
    }

    /** The objections raised against the assessment, oldest first, with their decisions. */
    public AssessmentHistory.Objections objections(UUID id) {
        Assessment a = visible(id);
        return new AssessmentHistory.Objections(em.createQuery("from AssessmentObjection where assessmentId = :id order by raisedAt, id",
                        AssessmentObjection.class).setParameter("id", a.id).setMaxResults(1000).getResultList().stream()
                .map(o -> new AssessmentHistory.Objection(o.id, List.of(o.indicators), o.reason, List.of(o.evidence), o.raisedBy,
                        o.raisedAt, o.decision, o.decisionNote, o.decidedBy, o.decidedAt))
                .toList());
    }

    // --- the score -------------------------------------------------------------------------------------------------

    /** The assessment's score recomputed from its facts: what the reports read its vetoes from. */
    ScoreResult scored(Assessment a, AssessmentScheme s) {
        return Scoring.scoreOne(s.definition, facts(a, s));
    }

    ScoringFacts facts(Assessment a, AssessmentScheme s) {
        return facts(a, s, load(s, List.of(a)));
    }

    /**
     * What scoring reads of some assessments of one scheme, loaded in two statements whatever their number: every value
     * in the order it was set, and per target the snapshots in force. Read-only: nothing here is flushed or dirty-checked.
     */
    static final class Loaded {
        private final Map<UUID, List<AssessmentValue>> values = new HashMap<>();
        private final Map<UUID, Map<MetricCode, MetricSnapshot>> inForce = new HashMap<>();

        List<AssessmentValue> values(UUID assessmentId) {
            return values.getOrDefault(assessmentId, List.of());
        }

        Map<MetricCode, MetricSnapshot> snapshots(UUID targetOrgId) {
            return inForce.getOrDefault(targetOrgId, Map.of());
        }

        Map<String, AssessmentValue> latest(UUID assessmentId, AssessmentValue.Kind kind) {
            return latestOf(values(assessmentId), kind);
        }
    }

    /** Loads {@link Loaded} for these assessments of {@code s}, or for every assessment of it when null. */
    Loaded load(AssessmentScheme s, List<Assessment> some) {
        Loaded out = new Loaded();
        if (some != null && some.isEmpty()) {
            return out;
        }
        var values = some == null
                ? em.createQuery("select v from AssessmentValue v where v.assessmentId in (select a.id from Assessment a where a.schemeId = :s) "
                        + "order by v.seq", AssessmentValue.class).setParameter("s", s.id)
                : em.createQuery("from AssessmentValue where assessmentId in :ids order by seq", AssessmentValue.class)
                        .setParameter("ids", some.stream().map(a -> a.id).toList());
        values.setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).getResultList()
                .forEach(v -> out.values.computeIfAbsent(v.assessmentId, k -> new java.util.ArrayList<>()).add(v));
        // per target and metric only the snapshot scoring reads: the latest at or before the freeze (the latest while not
        // frozen; the first id on a tie), not every recomputation kept beside it
        String frozen = s.frozenAt == null ? "" : " and %s.computedAt <= :frozen";
        String hql = "from MetricSnapshot m where m.schemeId = :s" + (some == null ? "" : " and m.targetOrgId in :t") + frozen.formatted("m")
                + " and not exists (select 1 from MetricSnapshot n where n.schemeId = m.schemeId and n.targetOrgId = m.targetOrgId"
                + " and n.metric = m.metric" + frozen.formatted("n") + " and (n.computedAt > m.computedAt or (n.computedAt = m.computedAt and n.id < m.id)))";
        var taken = em.createQuery(hql, MetricSnapshot.class).setParameter("s", s.id)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true);
        if (some != null) {
            taken.setParameter("t", some.stream().map(a -> a.targetOrgId).distinct().toList());
        }
        if (s.frozenAt != null) {
            taken.setParameter("frozen", s.frozenAt);
        }
        taken.getResultList().forEach(m -> out.inForce.computeIfAbsent(m.targetOrgId, k -> new java.util.EnumMap<>(MetricCode.class))
                .put(m.metric, m));
        return out;
    }

    ScoringFacts facts(Assessment a, AssessmentScheme s, Loaded loaded) {
        Map<String, AssessmentValue> self = loaded.latest(a.id, AssessmentValue.Kind.SELF);
        Map<String, AssessmentValue> dept = loaded.latest(a.id, AssessmentValue.Kind.DEPARTMENT);
        Map<String, AssessmentValue> review = loaded.latest(a.id, AssessmentValue.Kind.REVIEW);
        Map<String, ScoringFacts.Leaf> leaves = new LinkedHashMap<>();
        for (SchemeDefinition.Indicator leaf : leaves(s, a)) {
            AssessmentValue sv = self.get(leaf.code());
            List<ScoringFacts.Deduction> deductions = sv == null || sv.deductions == null ? null : sv.deductions.stream()
                    .map(d -> new ScoringFacts.Deduction(d.rule(), d.occurrences(), who(sv), ids(sv))).toList();
            ScoringFacts.Checklist checklist = sv == null || sv.checklist == null ? null
                    : new ScoringFacts.Checklist(sv.checklist, who(sv), ids(sv));
            ScoringFacts.Points department = points(dept.get(leaf.code()));
            ScoringFacts.Points over = points(review.get(leaf.code()));
            if (deductions != null || checklist != null || department != null || over != null) {
                leaves.put(leaf.code(), new ScoringFacts.Leaf(deductions, checklist, department, over));
            }
        }
        Map<MetricCode, ScoringFacts.Snapshot> metrics = new LinkedHashMap<>();
        loaded.snapshots(a.targetOrgId).forEach((code, m) -> {
            if (m.value != null) {
                metrics.put(code, new ScoringFacts.Snapshot(m.id.toString(), m.value));
            }
        });
        List<ScoringFacts.Adjustment> adjustments = loaded.latest(a.id, AssessmentValue.Kind.ADJUSTMENT).values().stream()
                .map(v -> new ScoringFacts.Adjustment(v.code, v.occurrences, who(v), ids(v))).toList();
        List<ScoringFacts.ManualVeto> vetoes = loaded.latest(a.id, AssessmentValue.Kind.VETO).values().stream()
                .map(v -> new ScoringFacts.ManualVeto(v.code, who(v), ids(v))).toList();
        return new ScoringFacts(a.targetOrgId.toString(), a.groupCode, leaves, metrics, adjustments, vetoes);
    }

    private static ScoringFacts.Points points(AssessmentValue v) {
        return v == null ? null : new ScoringFacts.Points(v.points, who(v), v.reason, ids(v));
    }

    private static String who(AssessmentValue v) {
        return v.setByName + " " + v.setAt.toString();
    }

    private static List<String> ids(AssessmentValue v) {
        return v.evidence == null ? List.of() : java.util.Arrays.stream(v.evidence).map(UUID::toString).toList();
    }

    /** The latest value per code of one kind; none for a code whose latest value is a withdrawal. */
    private Map<String, AssessmentValue> latest(UUID assessmentId, AssessmentValue.Kind kind) {
        return latestOf(em.createQuery("from AssessmentValue where assessmentId = :id and kind = :kind order by seq", AssessmentValue.class)
                .setParameter("id", assessmentId).setParameter("kind", kind).getResultList(), kind);
    }

    /** Of values in the order they were set, the latest per code of one kind; none where the latest is a withdrawal. */
    static Map<String, AssessmentValue> latestOf(List<AssessmentValue> inOrder, AssessmentValue.Kind kind) {
        Map<String, AssessmentValue> out = new LinkedHashMap<>();
        for (AssessmentValue v : inOrder) {
            if (v.kind != kind) {
                continue;
            }
            if (v.withdrawn) {
                out.remove(v.code);
            } else {
                out.put(v.code, v);
            }
        }
        return out;
    }

    private static List<SchemeDefinition.Indicator> leaves(AssessmentScheme s, Assessment a) {
        return SchemeCheck.leaves(s.definition).stream().filter(l -> l.appliesTo(a.groupCode)).toList();
    }

    private AssessmentScheme scheme(Assessment a) {
        return em.find(AssessmentScheme.class, a.schemeId);
    }

    // --- writing ---------------------------------------------------------------------------------------------------

    private static final Set<AssessmentStatus> REVIEWING = EnumSet.of(AssessmentStatus.UNDER_REVIEW, AssessmentStatus.IN_RECONSIDERATION);

    /** Sets a value (a new row; the earlier ones stay) and answers the explained score. */
    @Transactional
    public AssessmentView.Explained set(UUID id, String ifMatch, AssessmentValueInput in) {
        Assessment a = visible(id);
        if (ifMatch != null) {
            Etags.requireMatch(ifMatch, a.version);
        }
        AssessmentScheme s = scheme(a);
        SchemeDefinition.Indicator leaf = leaves(s, a).stream().filter(l -> l.code().equals(in.code())).findFirst().orElse(null);
        AssessmentValue v = new AssessmentValue();
        boolean withdraw = Boolean.TRUE.equals(in.withdraw());
        if (withdraw) {
            withdrawable(a, in);
        } else {
            switch (in.kind()) {
                case SELF -> {
                    require(onTargetSide(a, caller), "Only the target scores itself");
                    state(a, EnumSet.of(AssessmentStatus.SELF_ASSESSING));
                    requireSelfOpen(a);
                    leaf = leaf(leaf, in);
                    if (leaf.method() == SchemeDefinition.IndicatorMethod.MANUAL_DEDUCT) {
                        List<AssessmentValueInput.Applied> applied = in.deductions() == null ? List.of() : in.deductions();
                        for (int i = 0; i < applied.size(); i++) {
                            String code = applied.get(i).rule();
                            SchemeDefinition.DeductionRule rule = leaf.deductionRulesOrEmpty().stream().filter(r -> r.code().equals(code))
                                    .findFirst().orElse(null);
                            if (rule == null) {
                                throw ProblemException.unprocessable("deductions[" + i + "].rule", "names no deduction rule of " + leaf.code());
                            }
                            if (!rule.perOccurrence() && applied.get(i).occurrences() != 1) {
                                throw ProblemException.unprocessable("deductions[" + i + "].occurrences",
                                        "must be 1: " + code + " is deducted once, not per occurrence");
                            }
                        }
                        v.deductions = applied.stream().map(d -> new ScoringFacts.Deduction(d.rule(), d.occurrences(), null, List.of())).toList();
                    } else if (leaf.method() == SchemeDefinition.IndicatorMethod.CHECKLIST) {
                        List<String> items = leaf.checklistOrEmpty().stream().map(SchemeDefinition.ChecklistItem::code).toList();
                        List<String> met = in.checklistMet() == null ? List.of() : in.checklistMet();
                        for (int i = 0; i < met.size(); i++) {
                            if (!items.contains(met.get(i)) || met.indexOf(met.get(i)) != i) {
                                throw ProblemException.unprocessable("checklistMet[" + i + "]",
                                        "names no checklist item of " + leaf.code() + ", or names one twice");
                            }
                        }
                        v.checklist = List.copyOf(met);
                    } else {
                        throw ProblemException.unprocessable("code", "a target scores only its MANUAL_DEDUCT and CHECKLIST indicators");
                    }
                }
                case DEPARTMENT -> {
                    leaf = leaf(leaf, in);
                    UUID own = callerOrg.orgId();
                    require(leaf.scoringOrgIds() != null && leaf.scoringOrgIds().contains(own), "Only its scoring departments score " + leaf.code());
                    state(a, EnumSet.of(AssessmentStatus.SELF_SUBMITTED, AssessmentStatus.SELF_MISSED, AssessmentStatus.UNDER_REVIEW));
                    v.points = pointsWithin(leaf, in);
                }
                case REVIEW -> {
                    require(onIssuingSide(a, caller), "Only the assessment group reviews");
                    state(a, REVIEWING);
                    leaf = leaf(leaf, in);
                    if (in.reason() == null || in.reason().isBlank()) {
                        throw ProblemException.invalid("reason", "is required: a review override says why");
                    }
                    v.points = pointsWithin(leaf, in);
                }
                case ADJUSTMENT, VETO -> {
                    require(onIssuingSide(a, caller), "Only the assessment group adjusts or vetoes");
                    state(a, REVIEWING);
                    boolean known = in.kind() == AssessmentValue.Kind.ADJUSTMENT
                            ? s.definition.adjustmentRules().stream().anyMatch(r -> r.code().equals(in.code()))
                            : s.definition.vetoRules().stream().anyMatch(r -> r.code().equals(in.code()) && r.manual());
                    if (!known) {
                        throw ProblemException.unprocessable("code", "names no " + (in.kind() == AssessmentValue.Kind.VETO ? "manual veto" : "adjustment")
                                + " rule of the scheme");
                    }
                    v.occurrences = in.kind() == AssessmentValue.Kind.ADJUSTMENT ? (in.occurrences() == null ? 1 : in.occurrences()) : null;
                }
            }
        }
        v.assessmentId = a.id;
        v.withdrawn = withdraw;
        v.kind = in.kind();
        v.code = in.code();
        v.reason = in.reason() == null || in.reason().isBlank() ? null : in.reason().strip();
        v.evidence = in.attachmentIds() == null ? new UUID[0] : in.attachmentIds().toArray(UUID[]::new);
        v.setBySubject = caller.subject();
        v.setByName = caller.displayName();
        v.setByOrgId = callerOrg.org().id;
        v.setAt = Times.stored(Times.now(clock));
        attachments.link(List.of(v.evidence), AssessmentAttachmentPolicy.OWNER, a.id, EVIDENCE);
        em.persist(v);
        a.updatedAt = v.setAt;
        em.flush();
        rescore(a, s);
        if (withdraw) {
            event(a, "WITHDRAW", a.status, v.reason, Map.of("kind", v.kind.name(), "code", v.code, "seq", v.seq));
        }
        audit.record(Assessment.AUDIT_ENTITY, a.id.toString(), withdraw ? "withdraw" : "score", a.scopePath, null,
                Map.of("kind", v.kind.name(), "code", v.code, "seq", v.seq));
        return explain(a.id);
    }

    /**
     * A withdrawal: the assessment group takes back its review override, adjustment or manual veto in force, while the
     * assessment takes review changes, saying why; the withdrawn value and the withdrawal both stay in the record.
     */
    private void withdrawable(Assessment a, AssessmentValueInput in) {
        if (!EnumSet.of(AssessmentValue.Kind.REVIEW, AssessmentValue.Kind.ADJUSTMENT, AssessmentValue.Kind.VETO).contains(in.kind())) {
            throw ProblemException.unprocessable("withdraw", "only a review override, an adjustment or a manual veto is withdrawn");
        }
        require(onIssuingSide(a, caller), "Only the assessment group withdraws its values");
        state(a, REVIEWING);
        if (in.reason() == null || in.reason().isBlank()) {
            throw ProblemException.invalid("reason", "is required: a withdrawal says why");
        }
        if (!latest(a.id, in.kind()).containsKey(in.code())) {
            throw ProblemException.unprocessable("code", "has no " + in.kind() + " value in force to withdraw");
        }
    }

    private static SchemeDefinition.Indicator leaf(SchemeDefinition.Indicator leaf, AssessmentValueInput in) {
        if (leaf == null) {
            throw ProblemException.unprocessable("code", "names no leaf indicator of the target's group: " + in.code());
        }
        return leaf;
    }

    private static BigDecimal pointsWithin(SchemeDefinition.Indicator leaf, AssessmentValueInput in) {
        if (in.points() == null) {
            throw ProblemException.invalid("points", "is required");
        }
        if (in.points().compareTo(leaf.maxPoints()) > 0) {
            throw ProblemException.unprocessable("points", "exceeds the indicator's " + Scoring.plain(leaf.maxPoints()) + " points");
        }
        return in.points();
    }

    private static void require(boolean ok, String why) {
        if (!ok) {
            throw ProblemException.forbidden(why);
        }
    }

    private static void state(Assessment a, Set<AssessmentStatus> allowed) {
        if (!allowed.contains(a.status)) {
            throw ProblemException.conflict("An assessment in state " + a.status + " takes no such value");
        }
    }

    @Transactional
    public AssessmentView transition(UUID id, String ifMatch, AssessmentTransition t) {
        Assessment a = visible(id);
        if (ifMatch != null) {
            Etags.requireMatch(ifMatch, a.version);
        }
        AssessmentView before = view(a);
        if (t.action() == AssessmentAction.SUBMIT_SELF && a.status == AssessmentStatus.SELF_ASSESSING && onTargetSide(a, caller)) {
            requireSelfOpen(a);
        }
        var row = workflow.table().permit(a, t.action(), caller);
        AssessmentScheme s = scheme(a);
        if (t.action() == AssessmentAction.RETURN_FOR_SUPPLEMENT && t.due() != null && t.due().isBefore(Times.today(clock))) {
            throw ProblemException.invalid("due", "the extended deadline cannot lie in the past");
        }
        if (t.action() == AssessmentAction.RETURN_FOR_SUPPLEMENT && t.due() == null && selfDeadlinePassed(a) != null) {
            throw ProblemException.invalid("due", "is required: the self-assessment deadline " + selfDeadline(a)
                    + " has passed, the target supplements by a new one");
        }
        if (t.action() == AssessmentAction.OBJECT && t.indicators() != null) {
            List<String> codes = leaves(s, a).stream().map(SchemeDefinition.Indicator::code).toList();
            for (int i = 0; i < t.indicators().size(); i++) {
                if (!codes.contains(t.indicators().get(i))) {
                    throw ProblemException.invalid("indicators[" + i + "]", "names no leaf indicator of the target's group");
                }
            }
        }
        Step<AssessmentStatus, AssessmentAction> step = workflow.table().run(row, a, caller, t);
        a.updatedAt = Times.now(clock);
        Map<String, Object> data = new LinkedHashMap<>(step.data());
        if (step.action() == AssessmentAction.SUBMIT_SELF) {
            a.selfSubmittedAt = a.updatedAt;
        } else if (step.action() == AssessmentAction.OBJECT) {
            objection(a, t);
        } else if (step.action() == AssessmentAction.DECIDE) {
            // the score sheet is versioned: the values are append-only, the decision records the totals before and after
            decide(a, t);
            data.put("totalBefore", before.total() == null ? null : before.total().toPlainString());
            data.put("gradeBefore", before.grade());
            em.flush();
            rank(s, em.createQuery("from Assessment where schemeId = :s", Assessment.class).setParameter("s", s.id).getResultList());
            data.put("total", a.total == null ? null : a.total.toPlainString());
            data.put("grade", a.grade);
            data.put("rank", a.rankInGroup);
        }
        em.flush();
        Object reason = data.remove("reason");
        event(a, step.action().name(), step.from(), reason == null ? null : reason.toString(), data);
        AssessmentView after = view(a);
        audit.record(Assessment.AUDIT_ENTITY, a.id.toString(), step.action().name().toLowerCase(java.util.Locale.ROOT), a.scopePath,
                before, after);
        return after;
    }

    private void objection(Assessment a, AssessmentTransition t) {
        AssessmentObjection o = new AssessmentObjection();
        o.id = UUID.randomUUID();
        o.assessmentId = a.id;
        o.indicators = t.indicators() == null ? new String[0] : t.indicators().toArray(String[]::new);
        o.reason = t.comment().strip();
        o.evidence = t.attachmentIds() == null ? new UUID[0] : t.attachmentIds().toArray(UUID[]::new);
        o.raisedBy = caller.displayName();
        o.raisedAt = a.updatedAt;
        attachments.link(List.of(o.evidence), AssessmentAttachmentPolicy.OWNER, a.id, EVIDENCE);
        em.persist(o);
    }

    private void decide(Assessment a, AssessmentTransition t) {
        em.createQuery("from AssessmentObjection where assessmentId = :id and decision is null", AssessmentObjection.class)
                .setParameter("id", a.id).getResultList().forEach(o -> {
                    o.decision = t.decision();
                    o.decisionNote = t.comment().strip();
                    o.decidedBy = caller.displayName();
                    o.decidedAt = a.updatedAt;
                });
    }

    /** Keeps the stored total and grade equal to the score of the latest values (ranks are set per scheme). */
    void rescore(Assessment a, AssessmentScheme s) {
        ScoreResult r = Scoring.scoreOne(s.definition, facts(a, s));
        a.total = r.total();
        a.grade = r.grade();
        a.awardBar = r.awardBar();
    }

    // --- the scheme's steps ----------------------------------------------------------------------------------------

    /** Called by the scheme's workflow after each of its steps: creates, misses, publishes, finalises. */
    void onSchemeStep(AssessmentScheme s, SchemeAction action, List<SchemeTargets.Target> targets) {
        OffsetDateTime now = Times.now(clock);
        List<Assessment> all = em.createQuery("from Assessment where schemeId = :s", Assessment.class).setParameter("s", s.id)
                .getResultList();
        switch (action) {
            case OPEN -> targets.forEach(t -> create(s, t, now));
            case START_REVIEW -> all.stream().filter(a -> a.status == AssessmentStatus.NOT_STARTED || a.status == AssessmentStatus.SELF_ASSESSING)
                    .forEach(a -> system(a, AssessmentStatus.SELF_MISSED, "SELF_MISSED", now, Map.of()));
            case PROPOSE_RESULTS -> {
                LocalDate due = Times.today(clock).plusDays(s.definition.deadlines() == null ? 0 : s.definition.deadlines().objectionDays());
                s.objectionDue = due;
                rank(s, all);
                all.forEach(a -> {
                    a.preliminaryAt = now;
                    a.objectionDue = due;
                    system(a, AssessmentStatus.PRELIMINARY_PUBLISHED, "PRELIMINARY", now, Map.of("objectionDue", due.toString()));
                });
            }
            case APPROVE -> {
                rank(s, all);
                all.forEach(a -> system(a, AssessmentStatus.FINAL, "FINAL", now, Map.of()));
            }
            case PUBLISH_RESULTS -> {
                Loaded loaded = load(s, null);
                consequences.run(s, all, a -> Scoring.scoreOne(s.definition, facts(a, s, loaded)));
                em.flush();
                String lowest = s.definition.gradeBands().get(s.definition.gradeBands().size() - 1).code();
                all.stream().filter(a -> lowest.equals(a.grade)).forEach(a -> rectify(s, a, now));
            }
            default -> {
            }
        }
        em.flush();
    }

    /**
     * A15 (GB64): a failing target files rectification measures within one month of the 通报. One record tracks it: the
     * register's 整改方案 action (the scheme's own GRADE rule's, or one proposed now), which the assessment points at.
     */
    private void rectify(AssessmentScheme s, Assessment a, OffsetDateTime now) {
        UUID action = consequences.rectificationPlan(s, a);
        cn.redline.accountability.ActionParts.Brief b = register.brief(action);
        a.rectificationActionId = action;
        a.planDue = b.dueOn();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("planDue", b.dueOn() == null ? null : b.dueOn().toString());
        data.put("actionId", action.toString());
        data.put("actionCode", b.code());
        system(a, AssessmentStatus.RECTIFYING, "RECTIFY", now, data);
    }

    /**
     * The rectification follows its 整改方案 action: each step is written in the assessment's history, the due day the
     * office issues it with becomes the plan's, and the action's end (closed on acceptance, withdrawn, escalated) closes
     * the assessment.
     */
    void onRegisterStep(@jakarta.enterprise.event.Observes cn.redline.accountability.AccountabilityStepped e) {
        if (e.type() != cn.redline.accountability.AccountabilityType.RECTIFICATION_PLAN) {
            return;
        }
        List<Assessment> following = em.createQuery("from Assessment where rectificationActionId = :id and status = :r", Assessment.class)
                .setParameter("id", e.actionId()).setParameter("r", AssessmentStatus.RECTIFYING).getResultList();
        OffsetDateTime now = Times.now(clock);
        for (Assessment a : following) {
            cn.redline.accountability.ActionParts.Brief b = register.brief(e.actionId());
            AssessmentView before = view(a);
            a.planDue = b.dueOn();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("actionId", e.actionId().toString());
            data.put("actionCode", e.code());
            data.put("actionStatus", e.to().name());
            if (b.dueOn() != null) {
                data.put("planDue", b.dueOn().toString());
            }
            AssessmentStatus from = a.status;
            if (!e.to().open()) {
                a.status = AssessmentStatus.CLOSED;
            }
            a.updatedAt = now;
            event(a, "RECTIFICATION_" + e.verb().name(), from, e.comment() == null || e.comment().isBlank() ? null : e.comment().strip(), data);
            em.flush();
            audit.record(Assessment.AUDIT_ENTITY, a.id.toString(), "rectification_" + e.verb().name().toLowerCase(java.util.Locale.ROOT),
                    a.scopePath, before, view(a));
        }
    }

    /** Whether every assessment of the scheme is reviewed (PROPOSE_RESULTS' guard); null when so. */
    String notAllReviewed(AssessmentScheme s) {
        Long open = em.createQuery("select count(a) from Assessment a where a.schemeId = :s and a.status <> :reviewed", Long.class)
                .setParameter("s", s.id).setParameter("reviewed", AssessmentStatus.REVIEWED).getSingleResult();
        return open == 0 ? null : open + " assessment(s) not reviewed yet";
    }

    /** APPROVE's guard: the objection window closed and every objection decided; null when so. */
    String objectionsPending(AssessmentScheme s) {
        if (s.objectionDue != null && !Times.today(clock).isAfter(s.objectionDue)) {
            return "the objection window runs until " + s.objectionDue;
        }
        Long open = em.createQuery("select count(a) from Assessment a where a.schemeId = :s and a.status = :r", Long.class)
                .setParameter("s", s.id).setParameter("r", AssessmentStatus.IN_RECONSIDERATION).getSingleResult();
        return open == 0 ? null : open + " objection(s) not decided";
    }

    private void rank(AssessmentScheme s, List<Assessment> all) {
        Loaded loaded = load(s, null);
        List<ScoringFacts> facts = all.stream().map(a -> facts(a, s, loaded)).toList();
        List<ScoreResult> scored = Scoring.score(s.definition, facts);
        Map<String, ScoreResult> byTarget = new HashMap<>();
        scored.forEach(r -> byTarget.put(r.targetId(), r));
        for (Assessment a : all) {
            ScoreResult r = byTarget.get(a.targetOrgId.toString());
            a.total = r.total();
            a.grade = r.grade();
            a.awardBar = r.awardBar();
            a.rankInGroup = r.rank();
        }
    }

    private void create(AssessmentScheme s, SchemeTargets.Target t, OffsetDateTime now) {
        Assessment a = new Assessment();
        a.id = UUID.randomUUID();
        a.schemeId = s.id;
        a.targetOrgId = t.org().id;
        a.groupCode = t.group();
        a.scopePath = t.org().path;
        a.issuerPath = s.scopePath;
        a.status = AssessmentStatus.NOT_STARTED;
        a.createdAt = now;
        a.updatedAt = now;
        em.persist(a);
        event(a, "CREATE", null, null, Map.of("schemeId", s.id.toString(), "group", t.group()));
    }

    private void system(Assessment a, AssessmentStatus to, String action, OffsetDateTime now, Map<String, Object> data) {
        AssessmentStatus from = a.status;
        a.status = to;
        a.updatedAt = now;
        event(a, action, from, null, data);
    }

    private void event(Assessment a, String action, AssessmentStatus from, String reason, Map<String, Object> data) {
        AssessmentEvent e = new AssessmentEvent();
        e.assessmentId = a.id;
        e.at = Times.now(clock);
        e.actorSubject = caller.subject();
        e.actorName = caller.displayName();
        e.action = action;
        e.fromStatus = from == null ? null : from.name();
        e.toStatus = a.status.name();
        e.reason = reason;
        e.data = data == null || data.isEmpty() ? null : new LinkedHashMap<>(data);
        em.persist(e);
    }

    /** Loads the target orgs of these assessments in one statement, so each {@link #view} finds its org in the session. */
    private void targets(List<Assessment> some) {
        if (some.size() > 1) {
            em.createQuery("from Org where id in :ids", Org.class).setParameter("ids", some.stream().map(a -> a.targetOrgId).distinct().toList())
                    .getResultList();
        }
    }

    AssessmentView view(Assessment a) {
        cn.redline.accountability.ActionParts.Brief rectification = register.brief(a.rectificationActionId);
        Org target = orgs.findById(a.targetOrgId);
        return new AssessmentView(a.id, a.schemeId, a.targetOrgId, target.name, a.groupCode, a.status, a.signedByName, a.selfSubmittedAt, a.selfDue,
                a.preliminaryAt, a.objectionDue, a.total, a.grade, a.rankInGroup, a.awardBar,
                rectification == null ? a.planDue : rectification.dueOn(), rectification,
                workflow.table().allowedActions(a, caller), a.version, a.createdAt, a.updatedAt);
    }
}
