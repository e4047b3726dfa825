package cn.redline.drill;

import cn.redline.attachment.AttachmentService;
import cn.redline.attachment.AttachmentView;
import cn.redline.audit.AuditLog;
import cn.redline.org.Org;
import cn.redline.platform.Caller;
import cn.redline.platform.Etags;
import cn.redline.platform.Keyset;
import cn.redline.platform.Page;
import cn.redline.platform.PageParams;
import cn.redline.platform.Problem;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Times;
import cn.redline.platform.workflow.Step;
import cn.redline.platform.workflow.Workflow;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Drills (§3.3): planned and run through {@link DrillWorkflow}, or recorded after the fact (§3.4 record_past), and
 * what they count for (§3.2): a CONDUCTED drill is evidence for every drill rule its organiser owes on its date whose
 * qualifier it meets ({@link #countTowardsDuty}, the one place a drill touches obligations: {@link DrillDuty#recount}); a
 * TERMINATED one only where a rule's qualifier says terminated=REAL_EMERGENCY.
 */
@ApplicationScoped
public class Drills implements DrillWorkflow.Lookups {

    static final String ENTITY = "drill";
    static final String EVIDENCE = "DRILL";
    /** §3.4: a drill older than this is recorded by a safety office, not by the organiser alone. */
    static final int RECENT_DAYS = 30;

    /** Drills newest first: by the day held, else the day planned. */
    static final Keyset<Drill> NEWEST = Keyset.descending("drills",
            Keyset.optionalDate("x.day", d -> d.day), Keyset.uuid("x.id", d -> d.id));

    @Inject
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<DrillEvaluated> evaluated;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    ScopedRecords records;

    @Inject
    DrillAccess access;

    @Inject
    EmergencyPlans plans;

    @Inject
    AuditLog audit;

    @Inject
    AttachmentService attachments;

    @Inject
    DrillHistory history;

    @Inject
    DrillDuty duty;

    @Inject
    DrillEvaluations evaluations;

    @Inject
    DrillFindings findings;

    @Inject
    DrillFollowUps followUps;

    @Inject
    PushedDrills pushed;

    private DrillWorkflow workflow;

    @PostConstruct
    void init() {
        workflow = new DrillWorkflow(this);
    }

    Workflow<Drill, DrillStatus, DrillAction, Caller, DrillTransition> table() {
        return workflow.table();
    }

    // --- reading ---------------------------------------------------------------------------------------------------

    public DrillView get(UUID id) {
        return view(visible(id));
    }

    public DrillPage list(UUID orgId, UUID yearPlanId, DrillStatus status, PageParams page) {
        Map<String, Object> equal = new HashMap<>();
        equal.put("orgId", orgId);
        equal.put("yearPlanId", yearPlanId);
        equal.put("status", status);
        Page<Drill> shown = records.page(Drill.class, NEWEST, equal, page, d -> d);
        Map<UUID, List<AttachmentView>> files = attachments.listFor(DrillAttachmentPolicy.OWNER,
                shown.items().stream().map(d -> d.id).toList());
        Counted counted = counted(shown.items(), files);
        return new DrillPage(shown.items().stream().map(d -> view(d, files.getOrDefault(d.id, List.of()), counted)).toList(),
                shown.nextCursor());
    }

    DrillHistory.History history(UUID id) {
        return history.of(DrillEvent.DRILL, visible(id).id);
    }

    /** The drill visible to the caller, or 404 whether it is missing or outside the scope. */
    Drill visible(UUID id) {
        return records.visible(Drill.class, id, "Drill");
    }

    // --- writing ---------------------------------------------------------------------------------------------------

    /** A drill planned (PLAN) or recorded after the fact (RECORD_PAST), by the input's status. */
    @Transactional
    public DrillView create(DrillInput in) {
        return record(in);
    }

    /**
     * {@link #create} inside the caller's transaction: every refusal comes before anything is written, so a bulk push
     * that catches it goes on with its next item.
     */
    DrillView record(DrillInput in) {
        LocalDate today = today();
        Org org = access.referencedOrg(in.orgId(), "orgId");
        access.requireOrganiser(org);
        validate(in, today, null);
        UUID pusher = in.externalRef() == null ? null : access.callerOrgId();
        if (pusher != null && pushed.find(pusher, in.externalRef()).isPresent()) {
            throw ProblemException.conflict("A drill with externalRef " + in.externalRef() + " was already recorded by this organization");
        }
        Drill d = new Drill();
        d.externalRef = in.externalRef();
        d.pushedByOrgId = pusher;
        d.id = UUID.randomUUID();
        d.orgId = org.id;
        d.createdAt = now();
        d.updatedAt = d.createdAt;
        fill(d, in);
        DrillAction action;
        if (in.recordsPast()) {
            if (in.conductedOn().isBefore(today.minusDays(RECENT_DAYS)) && !access.isOffice()) {
                throw ProblemException.forbidden("A drill held more than " + RECENT_DAYS
                        + " days ago is recorded by a safety office (with its approval)");
            }
            action = DrillAction.RECORD_PAST;
            d.status = in.status();
            d.terminationReason = in.terminationReason();
            d.conductedOn = in.conductedOn();
            d.day = d.conductedOn;
            d.actualHeadcount = in.actualHeadcount();
        } else {
            action = DrillAction.PLAN;
            d.status = DrillStatus.PLANNED;
            d.plannedOn = in.plannedOn();
            d.originalPlannedOn = in.plannedOn();
            d.day = in.plannedOn();
        }
        // the photos first: a refused attachment leaves nothing written (a bulk push goes on with its next item)
        attachments.link(in.attachmentIds(), DrillAttachmentPolicy.OWNER, d.id, DrillFileKind.PHOTO.name());
        em.persist(d);
        em.flush();
        if (d.status == DrillStatus.CONDUCTED || d.status == DrillStatus.TERMINATED) {
            countTowardsDuty(d);
            followUps.ariseHeld(d);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("day", d.day.toString());
        history.write(DrillEvent.DRILL, d.id, d.orgId, action.name(), null, d.status, null, data);
        DrillView view = view(d);
        audit.record(ENTITY, d.id.toString(), "record", org.path, null, view);
        return view;
    }

    /** Changes what a drill is while it is planned or being prepared; its day moves by POSTPONE, its org never. */
    @Transactional
    public DrillView update(UUID id, String ifMatch, DrillInput in) {
        Drill d = visible(id);
        Etags.requireMatch(ifMatch, d.version);
        Org org = access.visibleOrg(d.orgId);
        access.requireOrganiser(org);
        if (d.status != DrillStatus.PLANNED && d.status != DrillStatus.PREPARING) {
            throw Workflow.refusal("Only a PLANNED or PREPARING drill is edited; this one is " + d.status,
                    table().allowedActions(d, caller));
        }
        validate(in, today(), d);
        DrillView before = view(d);
        fill(d, in);
        d.updatedAt = now();
        history.write(DrillEvent.DRILL, d.id, d.orgId, DrillHistory.EDIT, d.status, d.status, null, null);
        em.flush();
        DrillView after = view(d);
        audit.record(ENTITY, d.id.toString(), "update", org.path, before, after);
        return after;
    }

    @Transactional
    public DrillView transition(UUID id, String ifMatch, DrillTransition req) {
        Drill d = visible(id);
        if (ifMatch != null) {
            Etags.requireMatch(ifMatch, d.version);
        }
        DrillView before = view(d);
        var t = table().permit(d, req.action(), caller);
        if (req.action() == DrillAction.ATTACH && req.fileKind() != null) {
            attachments.link(req.attachmentIds(), DrillAttachmentPolicy.OWNER, d.id, req.fileKind().name());
        } else if (req.action() == DrillAction.END) {
            attachments.link(req.attachmentIds(), DrillAttachmentPolicy.OWNER, d.id, DrillFileKind.PHOTO.name());
        }
        Step<DrillStatus, DrillAction> step = table().run(t, d, caller, req);
        d.updatedAt = now();
        if (step.action() == DrillAction.SUBMIT_EVALUATION) {
            evaluations.seal(d, step.data());
            followUps.arise(d);
        }
        if (step.to() != step.from() && (step.to() == DrillStatus.CONDUCTED || step.to() == DrillStatus.TERMINATED)) {
            // held: its evaluation and summary report are owed from its end (§3.4)
            followUps.ariseHeld(d);
        }
        if (step.to() != step.from() && (step.to() == DrillStatus.CONDUCTED || step.to() == DrillStatus.TERMINATED)
                || step.action() == DrillAction.REPORT_TO_REGULATOR) {
            // reported to the regulator: a rule that asks for the report (KEY_HALF) counts the drill from now
            countTowardsDuty(d);
        }
        history.write(DrillEvent.DRILL, d.id, d.orgId, step.action().name(), step.from(), step.to(), req.comment(), step.data());
        em.flush();
        if (step.action() == DrillAction.SUBMIT_EVALUATION) {
            evaluated.fire(new DrillEvaluated(d.id, d.orgId));
        }
        DrillView after = view(d);
        audit.record(ENTITY, d.id.toString(), req.action().name().toLowerCase(), access.visibleOrg(d.orgId).path, before, after);
        return after;
    }

    /** The only place a drill's state reaches the obligations: its organiser's drill obligations are recounted. */
    private void countTowardsDuty(Drill d) {
        duty.recount(d);
    }

    private void fill(Drill d, DrillInput in) {
        d.title = in.title().strip();
        d.form = in.form();
        d.scope = in.scope();
        d.plans = new ArrayList<>(plans.ofOrg(d.orgId, in.planIds() == null ? List.of() : in.planIds()));
        d.yearPlanId = in.yearPlanId();
        d.purpose = in.purpose();
        d.scenario = in.scenario();
        d.objectives = in.objectives() == null ? new ArrayList<>() : new ArrayList<>(in.objectives());
        d.roles = in.roles() == null ? DrillPeople.none() : in.roles().normalised();
        d.plannedHeadcount = in.plannedHeadcount();
        d.highRisk = Boolean.TRUE.equals(in.highRisk());
        d.affectsPublic = Boolean.TRUE.equals(in.affectsPublic());
        d.evaluationPlanned = !Boolean.FALSE.equals(in.evaluationPlanned());
    }

    /** The input's own rules; {@code existing} is the drill an update changes (then only the plan's fields apply). */
    private void validate(DrillInput in, LocalDate today, Drill existing) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (existing != null && !existing.orgId.equals(in.orgId())) {
            errors.add(new Problem.FieldError("orgId", "a drill stays with its organizer"));
        }
        if (existing != null && in.externalRef() != null && !in.externalRef().equals(existing.externalRef)) {
            errors.add(new Problem.FieldError("externalRef", "a drill keeps the pushing system's id"));
        }
        if (in.recordsPast()) {
            if (existing != null) {
                errors.add(new Problem.FieldError("status", "a planned drill moves by its actions, not by an edit"));
            } else if (in.conductedOn() == null) {
                errors.add(new Problem.FieldError("conductedOn", "give the day it was held"));
            } else if (in.conductedOn().isAfter(today)) {
                errors.add(new Problem.FieldError("conductedOn", "must not be in the future: plan a drill instead of recording it"));
            }
            if (in.plannedOn() != null) {
                errors.add(new Problem.FieldError("plannedOn", "applies only to a planned drill"));
            }
            // §3.4 record_past: the evidence a drill held is recorded with, as END asks of one run through the workflow
            if (existing == null && in.actualHeadcount() == null) {
                errors.add(new Problem.FieldError("actualHeadcount", "give how many took part: a drill held is recorded with its headcount"));
            }
            long photos = in.attachmentIds() == null ? 0 : in.attachmentIds().stream().distinct().count();
            if (existing == null && photos < DrillWorkflow.MIN_PHOTOS) {
                errors.add(new Problem.FieldError("attachmentIds", "a drill held is recorded with at least "
                        + DrillWorkflow.MIN_PHOTOS + " photos; " + photos + " given"));
            }
        } else {
            if (in.status() != null && in.status() != DrillStatus.PLANNED) {
                errors.add(new Problem.FieldError("status", "a drill is created PLANNED, or recorded CONDUCTED or TERMINATED"));
            }
            if (in.conductedOn() != null) {
                errors.add(new Problem.FieldError("conductedOn", "applies only to a drill recorded after the fact"));
            }
            if (in.attachmentIds() != null && !in.attachmentIds().isEmpty()) {
                errors.add(new Problem.FieldError("attachmentIds", "a planned drill's files are attached by ATTACH"));
            }
            if (in.actualHeadcount() != null) {
                errors.add(new Problem.FieldError("actualHeadcount", "is given when the drill ends"));
            }
            if (in.plannedOn() == null) {
                errors.add(new Problem.FieldError("plannedOn", "give the day the drill is planned for"));
            } else if (existing != null && !in.plannedOn().equals(existing.plannedOn)) {
                errors.add(new Problem.FieldError("plannedOn", "a planned day moves by POSTPONE, which keeps the original day"));
            } else if (existing == null && in.plannedOn().isBefore(today)) {
                errors.add(new Problem.FieldError("plannedOn", "must not be in the past: record a drill held instead"));
            }
        }
        if (in.status() == DrillStatus.TERMINATED && in.terminationReason() == null) {
            errors.add(new Problem.FieldError("terminationReason", "is required for a terminated drill"));
        }
        if (in.status() != DrillStatus.TERMINATED && in.terminationReason() != null) {
            errors.add(new Problem.FieldError("terminationReason", "applies only to a terminated drill"));
        }
        if (in.yearPlanId() != null) {
            DrillYearPlan plan = em.find(DrillYearPlan.class, in.yearPlanId());
            LocalDate day = in.recordsPast() ? in.conductedOn() : in.plannedOn();
            if (plan == null || !plan.orgId.equals(in.orgId())) {
                errors.add(new Problem.FieldError("yearPlanId", "no such yearly drill plan of the organizer"));
            } else if (day != null && day.getYear() != plan.year) {
                errors.add(new Problem.FieldError(in.recordsPast() ? "conductedOn" : "plannedOn",
                        "must lie in the plan's year " + plan.year));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    DrillView view(Drill d) {
        return view(d, attachments.listFor(DrillAttachmentPolicy.OWNER, d.id));
    }

    DrillView view(Drill d, List<AttachmentView> files) {
        return view(d, files, counted(List.of(d)));
    }

    /**
     * What the views of a page of drills read beside the drills themselves, one query each for the whole page: the
     * rule codes each drill is evidence for, and which drills have an evaluation entered (draft or sealed).
     */
    record Counted(Map<UUID, List<String>> codes, Set<UUID> withEvaluation, DrillWorkflow workflow) {
    }

    /** What one drill's view reads; its allowed actions ask the workflow's lookups one drill at a time. */
    Counted counted(Collection<Drill> shown) {
        return counted(shown, workflow);
    }

    /**
     * What a page of drills' views read, the allowed actions included: the guards read the page's files (given),
     * evaluations, findings and organisers fetched once per kind for the whole page ({@link PageLookups}).
     */
    Counted counted(Collection<Drill> shown, Map<UUID, List<AttachmentView>> files) {
        return counted(shown, shown.isEmpty() ? workflow : new DrillWorkflow(new PageLookups(shown, files)));
    }

    private Counted counted(Collection<Drill> shown, DrillWorkflow rules) {
        if (shown.isEmpty()) {
            return new Counted(Map.of(), Set.of(), rules);
        }
        List<UUID> ids = shown.stream().map(d -> d.id).toList();
        Map<UUID, List<String>> codes = new HashMap<>();
        em.createQuery("""
                        select e.sourceId, r.code from Evidence e, RequirementRule r where r.id = e.ruleId and e.sourceKind = :k
                        and e.sourceId in :ids and e.withdrawnAt is null order by r.code""", Object[].class)
                .setParameter("k", EVIDENCE).setParameter("ids", ids.stream().map(UUID::toString).toList())
                .getResultList()
                .forEach(row -> codes.computeIfAbsent(UUID.fromString((String) row[0]), k -> new ArrayList<>()).add((String) row[1]));
        Set<UUID> withEvaluation = new HashSet<>(em.createQuery(
                        "select e.drillId from DrillEvaluation e where e.drillId in :ids", UUID.class)
                .setParameter("ids", ids).getResultList());
        return new Counted(codes, withEvaluation, rules);
    }

    DrillView view(Drill d, List<AttachmentView> files, Counted counted) {
        List<DrillFileKind> present = files.stream().map(AttachmentView::purpose).filter(p -> p != null)
                .map(DrillFileKind::valueOf).toList();
        List<DrillFileKind> missing = d.status.open() ? counted.workflow().missing(d, present) : List.of();
        // sealed once EVALUATED; while held, a draft may be entered; never before the drill is held
        boolean evaluationEntered = d.status == DrillStatus.EVALUATED || d.status == DrillStatus.CLOSED
                || (d.status == DrillStatus.CONDUCTED || d.status == DrillStatus.TERMINATED)
                && counted.withEvaluation().contains(d.id);
        return DrillView.of(d, counted.codes().getOrDefault(d.id, List.of()), files,
                counted.workflow().table().allowedActions(d, caller),
                missing, evaluationEntered);
    }

    /** SUBMIT_EVALUATION's refusal of the caller, its completeness aside ({@link DrillWorkflow#requireMaySeal}). */
    void requireMaySeal(Drill d) {
        workflow.requireMaySeal(d, caller);
    }

    // --- the workflow's lookups ------------------------------------------------------------------------------------

    @Override
    public boolean organiser(Drill d, Caller c) {
        return access.mayOrganise(d.orgId);
    }

    @Override
    public List<DrillFileKind> files(Drill d) {
        return attachments.listFor(DrillAttachmentPolicy.OWNER, d.id).stream().map(AttachmentView::purpose)
                .filter(p -> p != null).map(DrillFileKind::valueOf).toList();
    }

    @Override
    public List<String> evaluationGaps(Drill d) {
        return evaluations.gaps(d);
    }

    @Override
    public String findingGaps(Drill d) {
        return findings.gaps(d);
    }

    @Override
    public boolean keyUnit(Drill d) {
        return em.find(Org.class, d.orgId).emergencyKeyUnit();
    }

    /**
     * The workflow's lookups for a page of drills, each kind read once for the whole page rather than once per drill:
     * the organisers, the files' kinds, the evaluations' gaps and the findings' gaps. They answer as the one-drill
     * lookups above do.
     */
    private final class PageLookups implements DrillWorkflow.Lookups {

        private final Map<UUID, Org> orgs = new HashMap<>();
        private final Map<UUID, List<DrillFileKind>> files = new HashMap<>();
        private final Map<UUID, List<String>> evaluationGaps;
        private final Map<UUID, String> findingGaps;

        PageLookups(Collection<Drill> shown, Map<UUID, List<AttachmentView>> attached) {
            em.createQuery("from Org where id in :ids", Org.class)
                    .setParameter("ids", shown.stream().map(d -> d.orgId).distinct().toList())
                    .getResultList().forEach(o -> orgs.put(o.id, o));
            attached.forEach((id, views) -> files.put(id, views.stream().map(AttachmentView::purpose)
                    .filter(p -> p != null).map(DrillFileKind::valueOf).toList()));
            evaluationGaps = evaluations.gaps(shown);
            findingGaps = findings.gaps(shown);
        }

        @Override
        public boolean organiser(Drill d, Caller c) {
            Org o = orgs.get(d.orgId);
            return o == null ? access.mayOrganise(d.orgId) : access.mayOrganise(o);
        }

        @Override
        public List<DrillFileKind> files(Drill d) {
            return files.getOrDefault(d.id, List.of());
        }

        @Override
        public List<String> evaluationGaps(Drill d) {
            return evaluationGaps.get(d.id);
        }

        @Override
        public String findingGaps(Drill d) {
            return findingGaps.get(d.id);
        }

        @Override
        public boolean keyUnit(Drill d) {
            Org o = orgs.get(d.orgId);
            return (o == null ? em.find(Org.class, d.orgId) : o).emergencyKeyUnit();
        }

        @Override
        public LocalDate today() {
            return Drills.this.today();
        }

        @Override
        public OffsetDateTime now() {
            return Drills.this.now();
        }
    }

    @Override
    public LocalDate today() {
        return Times.today(clock);
    }

    @Override
    public OffsetDateTime now() {
        return Times.now(clock);
    }
}
