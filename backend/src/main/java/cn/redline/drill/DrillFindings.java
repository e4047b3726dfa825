package cn.redline.drill;

import cn.redline.attachment.AttachmentService;
import cn.redline.attachment.AttachmentView;
import cn.redline.audit.AuditLog;
import cn.redline.hazard.Hazard;
import cn.redline.hazard.HazardEnums;
import cn.redline.hazard.HazardInput;
import cn.redline.hazard.HazardReporting;
import cn.redline.hazard.HazardView;
import cn.redline.org.Org;
import cn.redline.org.OrgKind;
import cn.redline.platform.Caller;
import cn.redline.platform.Etags;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Drill findings (§3.3 DrillFinding): recorded against a drill's evaluation while the drill is held, evaluated or not
 * yet closed; worked through {@link DrillFindingWorkflow}; a CONVERT registers a hazard ticket through
 * {@link HazardReporting} (the path every hazard report takes) and the finding then reads the ticket's state, so it is
 * resolved exactly when the ticket is closed.
 */
@ApplicationScoped
public class DrillFindings implements DrillFindingWorkflow.Lookups {

    static final String ENTITY = "drill-finding";
    static final String HISTORY = "FINDING";

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
    Drills drills;

    @Inject
    DrillEvaluations evaluations;

    @Inject
    HazardReporting hazards;

    @Inject
    AttachmentService attachments;

    @Inject
    DrillHistory history;

    @Inject
    DrillFollowUps followUps;

    @Inject
    AuditLog audit;

    private Workflow<DrillFinding, DrillFindingStatus, DrillFindingAction, Caller, DrillFindingTransition> table;

    @PostConstruct
    void init() {
        table = DrillFindingWorkflow.table(this);
    }

    Workflow<DrillFinding, DrillFindingStatus, DrillFindingAction, Caller, DrillFindingTransition> table() {
        return table;
    }

    // --- reading ---------------------------------------------------------------------------------------------------

    public DrillFindingView.Listing list(UUID drillId) {
        Drill d = drills.visible(drillId);
        return new DrillFindingView.Listing(ofDrill(d.id).stream().map(this::view).toList());
    }

    public DrillFindingView get(UUID id) {
        return view(visible(id));
    }

    DrillHistory.History history(UUID id) {
        return history.of(HISTORY, visible(id).id);
    }

    DrillFinding visible(UUID id) {
        return records.visible(DrillFinding.class, id, "Drill finding");
    }

    List<DrillFinding> ofDrill(UUID drillId) {
        return em.createQuery("from DrillFinding where drillId = :d order by number", DrillFinding.class)
                .setParameter("d", drillId).getResultList();
    }

    /** CLOSE's condition on findings, in words, or null when every finding not handed to a hazard ticket is assigned. */
    String gaps(Drill d) {
        return gaps(ofDrill(d.id));
    }

    /** {@link #gaps(Drill)} for a page of drills in one query: by drill, only the drills with a gap. */
    Map<UUID, String> gaps(java.util.Collection<Drill> shown) {
        Map<UUID, String> out = new HashMap<>();
        em.createQuery("from DrillFinding where drillId in :ids order by drillId, number", DrillFinding.class)
                .setParameter("ids", shown.stream().map(d -> d.id).toList()).getResultStream()
                .collect(Collectors.groupingBy(f -> f.drillId, Collectors.toList()))
                .forEach((drill, found) -> {
                    String gap = gaps(found);
                    if (gap != null) {
                        out.put(drill, gap);
                    }
                });
        return out;
    }

    private static String gaps(List<DrillFinding> found) {
        List<String> unassigned = found.stream().filter(f -> f.status != DrillFindingStatus.CONVERTED && !f.assigned())
                .map(f -> "#" + f.number).toList();
        return unassigned.isEmpty() ? null : "findings without an owner or a deadline: " + String.join(", ", unassigned);
    }

    // --- writing ---------------------------------------------------------------------------------------------------

    @Transactional
    public DrillFindingView create(UUID drillId, DrillFindingInput in) {
        Drill d = drills.visible(drillId);
        if (!access.mayOrganise(d.orgId) && !d.people().evaluates(caller.subject())) {
            throw ProblemException.forbidden("Only the organizer, an office above it or the drill's evaluators record its findings");
        }
        DrillEvaluation e = evaluations.of(d.id).orElse(null);
        if (e == null || d.status == DrillStatus.CLOSED) {
            throw Workflow.refusal(e == null ? "Findings are recorded against the drill's evaluation: enter it first"
                    : "The drill is CLOSED: a safety office reopens it before findings are added",
                    drills.table().allowedActions(d, caller));
        }
        validate(in);
        em.createNativeQuery("select 1 from drill where id = ?1 for update").setParameter(1, d.id).getResultList();
        Integer last = em.createQuery("select max(number) from DrillFinding where drillId = :d", Integer.class)
                .setParameter("d", d.id).getSingleResult();
        DrillFinding f = new DrillFinding();
        f.id = UUID.randomUUID();
        f.drillId = d.id;
        f.evaluationId = e.id;
        f.orgId = d.orgId;
        f.number = last == null ? 1 : last + 1;
        f.status = DrillFindingStatus.OPEN;
        f.createdAt = Times.now(clock);
        fill(f, in);
        em.persist(f);
        em.flush();
        followUps.arise(d);
        history.write(HISTORY, f.id, f.orgId, DrillHistory.CREATE, null, f.status, null,
                Map.of("severity", f.severity.name(), "category", f.category.name()));
        DrillFindingView view = view(f);
        audit.record(ENTITY, f.id.toString(), "create", access.visibleOrg(f.orgId).path, null, view);
        return view;
    }

    @Transactional
    public DrillFindingView update(UUID id, String ifMatch, DrillFindingInput in) {
        DrillFinding f = visible(id);
        Etags.requireMatch(ifMatch, f.version);
        if (!access.mayOrganise(f.orgId)) {
            throw ProblemException.forbidden("Only the drill's organizer or an office above it changes its findings");
        }
        if (f.status != DrillFindingStatus.OPEN && f.status != DrillFindingStatus.IN_PROGRESS) {
            throw Workflow.refusal("A finding is changed while OPEN or IN_PROGRESS; this one is " + f.status,
                    table.allowedActions(f, caller));
        }
        validate(in);
        DrillFindingView before = view(f);
        fill(f, in);
        history.write(HISTORY, f.id, f.orgId, DrillHistory.EDIT, f.status, f.status, null, null);
        em.flush();
        followUps.arise(em.find(Drill.class, f.drillId));
        DrillFindingView after = view(f);
        audit.record(ENTITY, f.id.toString(), "update", access.visibleOrg(f.orgId).path, before, after);
        return after;
    }

    @Transactional
    public DrillFindingView transition(UUID id, String ifMatch, DrillFindingTransition req) {
        DrillFinding f = visible(id);
        if (ifMatch != null) {
            Etags.requireMatch(ifMatch, f.version);
        }
        DrillFindingView before = view(f);
        var t = table.permit(f, req.action(), caller);
        Step<DrillFindingStatus, DrillFindingAction> step = table.run(t, f, caller, req);
        if (step.action() == DrillFindingAction.COMPLETE) {
            attachments.link(req.attachmentIds(), DrillFindingAttachmentPolicy.OWNER, f.id, DrillFindingAttachmentPolicy.EVIDENCE);
        }
        f.updatedAt = Times.now(clock);
        history.write(HISTORY, f.id, f.orgId, step.action().name(), step.from(), step.to(), req.comment(), step.data());
        em.flush();
        DrillFindingView after = view(f);
        audit.record(ENTITY, f.id.toString(), req.action().name().toLowerCase(), access.visibleOrg(f.orgId).path, before, after);
        return after;
    }

    private void validate(DrillFindingInput in) {
        List<Problem.FieldError> errors = new ArrayList<>();
        DrillFindingInput.CorrectiveAction a = in.action();
        if (a != null) {
            if (a.deadline() != null && a.deadline().isBefore(Times.today(clock))) {
                errors.add(new Problem.FieldError("action.deadline", "must not be in the past"));
            }
            if (a.ownerOrgId() != null && !access.isVisible(a.ownerOrgId())) {
                errors.add(new Problem.FieldError("action.ownerOrgId", "no such organization"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private void fill(DrillFinding f, DrillFindingInput in) {
        f.category = in.category();
        f.severity = in.severity();
        f.description = in.description().strip();
        f.cause = strip(in.cause());
        f.recommendation = strip(in.recommendation());
        DrillFindingInput.CorrectiveAction a = in.action();
        f.actionKind = a == null ? null : a.kind();
        f.ownerOrgId = a == null ? null : a.ownerOrgId();
        f.ownerPerson = a == null ? null : strip(a.ownerPerson());
        f.deadline = a == null ? null : a.deadline();
        f.updatedAt = Times.now(clock);
    }

    DrillFindingView view(DrillFinding f) {
        LocalDate today = Times.today(clock);
        Hazard h = f.hazardId == null ? null : em.find(Hazard.class, f.hazardId);
        DrillFindingView.HazardTicket ticket = h == null ? null
                : new DrillFindingView.HazardTicket(h.id, h.code, h.state, !h.state.open(), h.deadline);
        boolean resolved = f.status == DrillFindingStatus.VERIFIED || (ticket != null && h.state == HazardEnums.State.CLOSED);
        boolean overdue = f.status.open() && f.deadline != null && f.deadline.isBefore(today);
        Org owner = f.ownerOrgId == null ? null : em.find(Org.class, f.ownerOrgId);
        List<AttachmentView> evidence = attachments.listFor(DrillFindingAttachmentPolicy.OWNER, f.id);
        return new DrillFindingView(f.id, f.drillId, f.evaluationId, f.orgId, f.number, f.category, f.severity, f.description,
                f.cause, f.recommendation, f.action(), owner == null ? null : owner.name, f.status, overdue, resolved, ticket,
                f.doneNote, evidence, f.verifiedBy, f.verifiedAt, table.allowedActions(f, caller), f.version, f.createdAt);
    }

    // --- the workflow's lookups ------------------------------------------------------------------------------------

    @Override
    public boolean keeps(DrillFinding f, Caller c) {
        return access.mayOrganise(f.orgId);
    }

    @Override
    public boolean evaluates(DrillFinding f, Caller c) {
        Drill d = em.find(Drill.class, f.drillId);
        return d != null && d.people().evaluates(c.subject());
    }

    /**
     * The hazard ticket of a finding, registered as any report is: of the enterprise when the drill's organiser is one
     * (its own finding: SELF_CHECK), else of the organiser's region (INSPECTION); the action's deadline and owner carry over.
     */
    @Override
    public String convert(DrillFinding f, DrillFindingTransition q) {
        Drill d = em.find(Drill.class, f.drillId);
        Org org = em.find(Org.class, f.orgId);
        boolean enterprise = org.kind == OrgKind.ENTERPRISE;
        UUID territory = enterprise ? null : org.kind == OrgKind.REGION ? org.id : org.parentId;
        StringBuilder text = new StringBuilder(f.description);
        if (f.cause != null) {
            text.append("\n原因：").append(f.cause);
        }
        if (f.recommendation != null) {
            text.append("\n建议：").append(f.recommendation);
        }
        String title = ("演练发现问题：" + d.title + " #" + f.number);
        HazardInput in = new HazardInput(title.length() > 200 ? title.substring(0, 200) : title,
                text.length() > 4000 ? text.substring(0, 4000) : text.toString(),
                q.hazardLevel() == null ? HazardEnums.Level.GENERAL : q.hazardLevel(),
                q.hazardCategory() == null ? HazardEnums.Category.MANAGEMENT : q.hazardCategory(),
                enterprise ? org.id : null, territory, null,
                enterprise ? HazardEnums.Source.SELF_CHECK : HazardEnums.Source.INSPECTION,
                null, null, null, null, null, f.ownerPerson, f.recommendation,
                f.deadline != null && !f.deadline.isBefore(Times.today(clock)) ? f.deadline : null, null, null);
        HazardView ticket = hazards.report(in);
        f.hazardId = ticket.id();
        return ticket.code();
    }

    @Override
    public OffsetDateTime now() {
        return Times.now(clock);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
