package cn.redline.hazard;

import cn.redline.attachment.AttachmentService;
import cn.redline.attachment.AttachmentView;
import cn.redline.audit.AuditLog;
import cn.redline.hazard.HazardEnums.AcceptorKind;
import cn.redline.hazard.HazardEnums.Level;
import cn.redline.hazard.HazardEnums.RejectionReason;
import cn.redline.hazard.HazardEnums.Source;
import cn.redline.hazard.HazardEnums.State;
import cn.redline.hazard.HazardWorkflow.Action;
import cn.redline.hazard.HazardWorkflow.Transition;
import cn.redline.org.IndustryRepository;
import cn.redline.org.Org;
import cn.redline.org.OrgKind;
import cn.redline.org.OrgRepository;
import cn.redline.org.OrgView.OrgRef;
import cn.redline.org.CallerOrg;
import cn.redline.platform.Caller;
import cn.redline.platform.Cursor;
import cn.redline.platform.Etags;
import cn.redline.platform.Page;
import cn.redline.platform.Problem;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Roles;
import cn.redline.platform.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The hazard closed loop: reporting, the workflow's guards and effects, and the ticket's history. */
@ApplicationScoped
public class HazardService {

    /** Deadlines, "today" and "overdue" are local dates in China. */
    public static final ZoneId ZONE = cn.redline.platform.Times.ZONE;
    static final String ENTITY = "hazard";

    @Inject
    HazardRepository hazards;

    @Inject
    OrgRepository orgs;

    @Inject
    IndustryRepository industries;

    @Inject
    HazardCodes codes;

    @Inject
    Caller caller;

    @Inject
    CallerOrg callerOrg;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    AttachmentService attachments;

    // --- reading ---------------------------------------------------------------------------------

    public HazardView get(UUID id) {
        return view(visible(id));
    }

    public Hazard visible(UUID id) {
        return hazards.findVisible(id, caller.scope()).orElseThrow(() -> ProblemException.notFound("Hazard"));
    }

    public HazardPages.HazardPage list(HazardRepository.Filter filter, UUID territoryId, HazardRepository.Sort sort,
                                       int limit, String cursor) {
        HazardRepository.Filter f = inTerritory(filter, territoryId).orElse(null);
        if (f == null) {
            return new HazardPages.HazardPage(List.of(), null);
        }
        Scope scope = caller.scope();
        List<String> after = cursor == null || cursor.isEmpty() ? null : Cursor.decode(cursor, "hazards:" + sort.name(), 2);
        List<Hazard> rows = hazards.page(f, scope, sort, after, limit);
        Page<Hazard> page = Page.of(rows, limit, h -> HazardRepository.cursorOf(h, sort), Function.identity());
        return new HazardPages.HazardPage(views(page.items()), page.nextCursor());
    }

    /**
     * The filter narrowed to a territory's subtree; empty when the territory is outside the scope, which lists
     * nothing, exactly like one that does not exist.
     */
    java.util.Optional<HazardRepository.Filter> inTerritory(HazardRepository.Filter filter, UUID territoryId) {
        if (territoryId == null) {
            return java.util.Optional.of(filter);
        }
        return orgs.findVisible(territoryId, caller.scope()).map(t -> filter.withTerritoryPath(t.path));
    }

    public HazardPages.History history(UUID id) {
        Hazard h = visible(id);
        List<HazardEvent> events = em.createQuery("from HazardEvent where hazardId = :id order by seq", HazardEvent.class)
                .setParameter("id", h.id).getResultList();
        // Another ticket is named only to callers who may see it: out of scope is not found, here too.
        Set<String> visible = hazards.visibleByCodes(HazardEventView.referencedCodes(events), caller.scope()).stream()
                .map(d -> d.code).collect(Collectors.toSet());
        return new HazardPages.History(events.stream().map(e -> HazardEventView.of(e, visible::contains)).toList());
    }

    // --- reporting -------------------------------------------------------------------------------

    @Transactional
    public HazardView report(HazardInput in) {
        Hazard h = newTicket(in, callerOrg.org());
        hazards.persist(h);
        em.flush();
        attachments.link(in.attachmentIds(), HazardAttachmentPolicy.OWNER, h.id, "BEFORE");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("level", h.level.name());
        data.put("source", h.source.name());
        if (in.attachmentIds() != null && !in.attachmentIds().isEmpty()) {
            data.put("attachments", in.attachmentIds().stream().map(UUID::toString).toList());
        }
        record(h, HazardEvent.REPORT, null, null, data, null);
        em.flush();
        HazardView after = view(h);
        audit.record(ENTITY, h.id.toString(), "report", h.scopePath, null, after);
        return after;
    }

    /** Builds a REPORTED ticket from the input, checking every rule; persists nothing. */
    Hazard newTicket(HazardInput in, Org reporter) {
        Scope scope = caller.scope();
        List<Problem.FieldError> errors = new ArrayList<>();
        UUID enterpriseId = in.enterpriseId();
        boolean enterpriseCaller = caller.hasRole(Roles.ENTERPRISE) && reporter.kind == OrgKind.ENTERPRISE;
        if (enterpriseCaller) {
            if (enterpriseId == null) {
                enterpriseId = reporter.id;
            } else if (!enterpriseId.equals(reporter.id)) {
                errors.add(new Problem.FieldError("enterpriseId", "an enterprise reports hazards of its own only"));
            }
            if (in.source() != Source.SELF_CHECK) {
                errors.add(new Problem.FieldError("source", "an enterprise's own findings are SELF_CHECK"));
            }
        }
        LocalDate today = cn.redline.platform.Times.today(ZONE);
        if (in.deadline() != null && in.deadline().isBefore(today)) {
            errors.add(new Problem.FieldError("deadline", "must not be in the past"));
        }
        OffsetDateTime now = now();
        if (in.discoveredAt() != null && in.discoveredAt().isAfter(now.plusMinutes(5))) {
            errors.add(new Problem.FieldError("discoveredAt", "must not be in the future"));
        }
        if ((in.latitude() == null) != (in.longitude() == null)) {
            errors.add(new Problem.FieldError(in.latitude() == null ? "latitude" : "longitude", "give both coordinates or neither"));
        }
        if (in.industry() != null && !industries.codes().contains(in.industry())) {
            errors.add(new Problem.FieldError("industry", "is not a known industry code"));
        }
        if (enterpriseId == null && in.territoryId() == null) {
            errors.add(new Problem.FieldError("territoryId", "is required when no enterprise is named"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Org enterprise = null;
        Org territory;
        if (enterpriseId != null) {
            enterprise = orgs.findVisible(enterpriseId, scope).filter(o -> o.kind == OrgKind.ENTERPRISE)
                    .orElseThrow(() -> ProblemException.unprocessable("enterpriseId", "no such enterprise"));
            if (in.industry() != null && !in.industry().equals(enterprise.industry)) {
                throw ProblemException.invalid("industry", "differs from the enterprise's industry " + enterprise.industry);
            }
            territory = orgs.findById(enterprise.parentId);
        } else {
            territory = orgs.findVisible(in.territoryId(), scope).filter(o -> o.kind == OrgKind.REGION)
                    .orElseThrow(() -> ProblemException.unprocessable("territoryId", "no such region"));
        }
        if (in.externalRef() != null && hazards.count("reporterOrgId = ?1 and externalRef = ?2", reporter.id, in.externalRef()) > 0) {
            throw ProblemException.conflict("A hazard with externalRef " + in.externalRef() + " was already reported by this organization");
        }
        Hazard h = new Hazard();
        h.id = UUID.randomUUID();
        h.code = codes.next(today.getYear());
        h.title = in.title().strip();
        h.description = in.description();
        h.level = in.level();
        h.category = in.category();
        h.industry = enterprise != null ? enterprise.industry : in.industry();
        h.enterpriseId = enterprise == null ? null : enterprise.id;
        h.territoryId = territory.id;
        h.scopePath = enterprise != null ? enterprise.path : territory.path;
        h.locationText = in.locationText();
        h.latitude = in.latitude();
        h.longitude = in.longitude();
        h.source = in.source();
        h.discoveredBySubject = caller.subject();
        h.discoveredByName = caller.displayName();
        h.discoveredAt = in.discoveredAt() == null ? now : cn.redline.platform.Times.stored(in.discoveredAt());
        h.reporterOrgId = reporter.id;
        h.externalRef = in.externalRef();
        h.responsibleUnit = in.responsibleUnit() != null ? in.responsibleUnit() : enterprise != null ? enterprise.name : null;
        h.responsiblePerson = in.responsiblePerson();
        h.rectificationMeasures = in.rectificationMeasures();
        h.deadline = in.deadline();
        h.state = State.REPORTED;
        h.createdAt = now;
        h.updatedAt = now;
        return h;
    }

    // --- the workflow ----------------------------------------------------------------------------

    @Transactional
    public HazardView transition(UUID id, String ifMatch, TransitionRequest req) {
        Hazard h = visible(id);
        if (ifMatch != null) {
            Etags.requireMatch(ifMatch, h.version);
        }
        Transition t = HazardWorkflow.find(h.state, req.action()).filter(x -> x.levels().contains(h.level))
                .orElseThrow(() -> illegal(h, req.action()));
        if (t.roles().stream().noneMatch(caller::hasRole)) {
            throw ProblemException.forbidden("Your role may not " + req.action() + " a hazard");
        }
        HazardView before = view(h);
        State from = h.state;
        attachments.link(req.attachmentIds(), HazardAttachmentPolicy.OWNER, h.id, purposeOf(req.action()));
        Map<String, Object> data = apply(h, req);
        if (req.attachmentIds() != null && !req.attachmentIds().isEmpty()) {
            data.put("attachments", req.attachmentIds().stream().map(UUID::toString).toList());
        }
        h.state = t.next(from);
        if (h.state == State.CLOSED && from != State.CLOSED) {
            h.closedAt = now();
            h.overdue = false;
        }
        h.updatedAt = now();
        record(h, req.action().name(), from, req.comment(), data, null);
        em.flush();
        HazardView after = view(h);
        audit.record(ENTITY, h.id.toString(), req.action().name().toLowerCase(), h.scopePath, before, after);
        return after;
    }

    /** The action's guard and effect on the ticket; returns what the history records. */
    private Map<String, Object> apply(Hazard h, TransitionRequest r) {
        Map<String, Object> data = new LinkedHashMap<>();
        LocalDate today = cn.redline.platform.Times.today(ZONE);
        switch (r.action()) {
            case CONFIRM -> {
                LocalDate deadline = r.deadline() != null ? r.deadline() : h.deadline;
                if (deadline == null) {
                    throw ProblemException.invalid("deadline", "is required to confirm a hazard");
                }
                if (deadline.isBefore(today)) {
                    throw ProblemException.invalid("deadline", "must not be in the past");
                }
                h.deadline = deadline;
                if (r.responsiblePerson() != null) {
                    h.responsiblePerson = r.responsiblePerson();
                }
                if (r.rectificationMeasures() != null) {
                    h.rectificationMeasures = r.rectificationMeasures();
                }
                data.put("deadline", deadline.toString());
            }
            case REJECT -> {
                if (r.rejectionReason() == null) {
                    throw ProblemException.invalid("rejectionReason", "is required to reject");
                }
                if (r.rejectionReason() == RejectionReason.DUPLICATE) {
                    if (r.duplicateOf() == null) {
                        throw ProblemException.invalid("duplicateOf", "names the original ticket of a duplicate");
                    }
                    Hazard original = hazards.findVisible(r.duplicateOf(), caller.scope())
                            .filter(o -> !o.id.equals(h.id)).orElseThrow(() -> ProblemException.unprocessable("duplicateOf", "no such hazard"));
                    h.duplicateOfId = original.id;
                    data.put("duplicateOf", original.code);
                }
                h.rejectionReason = r.rejectionReason();
                data.put("rejectionReason", r.rejectionReason().name());
            }
            case FIX_ON_SPOT -> {
                Set<UUID> given = r.attachmentIds() == null ? Set.of() : new HashSet<>(r.attachmentIds());
                boolean photo = attachments.listFor(HazardAttachmentPolicy.OWNER, h.id).stream()
                        .anyMatch(a -> given.contains(a.id()) && a.contentType().startsWith("image/"));
                if (!photo) {
                    throw ProblemException.invalid("attachmentIds", "a hazard fixed on the spot needs an after-photo");
                }
            }
            case SET_FIVE_MUSTS -> {
                if (r.fiveMusts() == null) {
                    throw ProblemException.invalid("fiveMusts", "is required");
                }
                var f = r.fiveMusts();
                if (f.deadline() != null && f.deadline().isBefore(today)) {
                    throw ProblemException.invalid("fiveMusts.deadline", "must not be in the past");
                }
                h.planMeasures = f.measures();
                h.planFunds = f.funds();
                h.planDeadline = f.deadline();
                h.planResponsiblePerson = f.responsiblePerson();
                h.planEmergencyPlan = f.emergencyPlan();
                data.put("complete", h.fiveMustsComplete());
            }
            case START_RECTIFICATION -> {
                if (h.level == Level.MAJOR && !h.fiveMustsComplete()) {
                    throw ProblemException.unprocessable(
                            "A major hazard's rectification starts only when its five musts (measures, funds, deadline, "
                                    + "responsible person, emergency plan) are all recorded");
                }
                if (r.rectificationMeasures() != null) {
                    h.rectificationMeasures = r.rectificationMeasures();
                }
            }
            case SUBMIT_FOR_ACCEPTANCE -> {
                if (r.comment() == null || r.comment().isBlank()) {
                    throw ProblemException.invalid("comment", "describe what was done");
                }
            }
            case ACCEPT -> {
                var a = r.acceptance();
                if (h.level == Level.MAJOR && a == null) {
                    throw ProblemException.unprocessable("A major hazard closes only with an acceptance record "
                            + "(by the supervising department or a named third party)");
                }
                if (a != null) {
                    if (a.acceptorKind() == AcceptorKind.THIRD_PARTY && (a.acceptorName() == null || a.acceptorName().isBlank())) {
                        throw ProblemException.invalid("acceptance.acceptorName", "names the third party");
                    }
                    h.acceptorKind = a.acceptorKind();
                    h.acceptorName = a.acceptorKind() == AcceptorKind.SUPERVISING_DEPARTMENT && a.acceptorName() == null
                            ? callerOrg.org().name : a.acceptorName();
                    h.acceptanceOpinion = a.opinion();
                    h.acceptedAt = now();
                    data.put("acceptorKind", a.acceptorKind().name());
                    data.put("acceptorName", h.acceptorName);
                }
            }
            case SEND_BACK -> {
                if (r.comment() == null || r.comment().isBlank()) {
                    throw ProblemException.invalid("comment", "say what is still wrong");
                }
            }
            case REQUEST_EXTENSION -> {
                if (h.extensionDeadline != null) {
                    throw ProblemException.conflict("An extension request is already pending");
                }
                if (r.requestedDeadline() == null) {
                    throw ProblemException.invalid("requestedDeadline", "is required");
                }
                if (h.deadline != null && !r.requestedDeadline().isAfter(h.deadline) || r.requestedDeadline().isBefore(today)) {
                    throw ProblemException.invalid("requestedDeadline", "must be later than the current deadline and not in the past");
                }
                h.extensionDeadline = r.requestedDeadline();
                h.extensionReason = r.comment();
                h.extensionRequestedAt = now();
                data.put("requestedDeadline", r.requestedDeadline().toString());
            }
            case APPROVE_EXTENSION, REFUSE_EXTENSION -> {
                if (h.extensionDeadline == null) {
                    throw ProblemException.conflict("No extension request is pending");
                }
                data.put("requestedDeadline", h.extensionDeadline.toString());
                if (r.action() == Action.APPROVE_EXTENSION) {
                    data.put("previousDeadline", h.deadline == null ? null : h.deadline.toString());
                    h.deadline = h.extensionDeadline;
                    h.overdue = h.deadline.isBefore(today);
                }
                h.extensionDeadline = null;
                h.extensionReason = null;
                h.extensionRequestedAt = null;
            }
            case LIST_FOR_SUPERVISION -> {
                if (h.supervisionListedAt != null) {
                    throw ProblemException.conflict("The hazard is already listed for supervision");
                }
                if (r.supervision() == null) {
                    throw ProblemException.invalid("supervision", "is required");
                }
                h.supervisionLevel = r.supervision().level();
                h.supervisionDocNumber = r.supervision().documentNumber();
                h.supervisionOrgId = callerOrg.org().id;
                h.supervisionListedAt = now();
                data.put("level", h.supervisionLevel.name());
                data.put("documentNumber", h.supervisionDocNumber);
            }
            case SIGN_OFF_LISTING -> {
                if (h.supervisionListedAt == null || h.supervisionSignedAt != null) {
                    throw ProblemException.conflict("There is no unsigned supervision listing");
                }
                h.supervisionSignedAt = now();
                h.supervisionSignedBy = caller.displayName();
            }
            case VERIFY_EFFECTIVENESS -> {
                if (h.effectivenessCheckedAt != null) {
                    throw ProblemException.conflict("Effectiveness was already verified");
                }
                if (r.effective() == null) {
                    throw ProblemException.invalid("effective", "is required");
                }
                h.effective = r.effective();
                h.effectivenessNote = r.comment();
                h.effectivenessCheckedAt = now();
                data.put("effective", r.effective());
            }
            default -> throw new IllegalStateException("unhandled action " + r.action());
        }
        return data;
    }

    /** What files attached at a step prove: the state after rectification, or supporting documents. */
    private static String purposeOf(Action action) {
        return switch (action) {
            case FIX_ON_SPOT, SUBMIT_FOR_ACCEPTANCE, START_RECTIFICATION -> "AFTER";
            default -> "DOCUMENT";
        };
    }

    /** What this caller may do with this ticket now: the table filtered by role and the ticket's own data. */
    List<Action> allowedActions(Hazard h) {
        List<Action> out = new ArrayList<>();
        for (Action a : HazardWorkflow.possible(h.state, h.level)) {
            Transition t = HazardWorkflow.find(h.state, a).orElseThrow();
            if (t.roles().stream().noneMatch(caller::hasRole)) {
                continue;
            }
            boolean ok = switch (a) {
                case REQUEST_EXTENSION -> h.extensionDeadline == null;
                case APPROVE_EXTENSION, REFUSE_EXTENSION -> h.extensionDeadline != null;
                case LIST_FOR_SUPERVISION -> h.supervisionListedAt == null;
                case SIGN_OFF_LISTING -> h.supervisionListedAt != null && h.supervisionSignedAt == null;
                case VERIFY_EFFECTIVENESS -> h.effectivenessCheckedAt == null;
                default -> true;
            };
            if (ok) {
                out.add(a);
            }
        }
        return out;
    }

    private ProblemException illegal(Hazard h, Action action) {
        List<String> allowed = allowedActions(h).stream().map(Enum::name).toList();
        Problem p = Problem.of(409, "illegal-transition", "Action not allowed now",
                action + " is not possible for a " + h.level + " hazard in state " + h.state);
        return new ProblemException(new Problem(p.type(), p.title(), 409, p.detail(), null, null, allowed));
    }

    /** Appends to the ticket's history; prevScope is set when the ticket moved out of a scope. */
    void record(Hazard h, String action, State from, String comment, Map<String, Object> data, String prevScope) {
        HazardEvent e = new HazardEvent();
        e.hazardId = h.id;
        e.at = now();
        e.actorSubject = caller.subject();
        e.actorName = caller.displayName();
        e.actorOrgCode = callerOrg.org().code;
        e.action = action;
        e.fromState = from;
        e.toState = h.state;
        e.comment = comment;
        e.data = data == null || data.isEmpty() ? null : data;
        e.scopePath = h.scopePath;
        e.industry = h.industry;
        e.prevScopePath = prevScope;
        e.prevIndustry = prevScope == null ? null : h.industry;
        em.persist(e);
    }

    // --- views -----------------------------------------------------------------------------------

    HazardView view(Hazard h) {
        return views(List.of(h)).get(0);
    }

    /** Views for a page with one query for all the orgs they mention, whatever the page size. */
    List<HazardView> views(List<Hazard> page) {
        Set<UUID> orgIds = new HashSet<>();
        Set<UUID> duplicateIds = new HashSet<>();
        for (Hazard h : page) {
            addIfPresent(orgIds, h.enterpriseId, h.territoryId, h.escalatedToId, h.supervisionOrgId);
            if (h.duplicateOfId != null) {
                duplicateIds.add(h.duplicateOfId);
            }
        }
        Map<UUID, Org> byId = orgs.byIds(orgIds).stream().collect(Collectors.toMap(o -> o.id, o -> o));
        Map<UUID, List<AttachmentView>> files = attachments.listFor(HazardAttachmentPolicy.OWNER,
                page.stream().map(h -> h.id).toList());
        // Another ticket is named only to callers who may see it: out of scope is not found, here too.
        Map<UUID, String> duplicateCodes = hazards.visibleByIds(duplicateIds, caller.scope()).stream()
                .collect(Collectors.toMap(d -> d.id, d -> d.code));
        List<HazardView> out = new ArrayList<>(page.size());
        for (Hazard h : page) {
            out.add(new HazardView(h.id, h.code, h.title, h.description, h.level, h.category, h.industry,
                    ref(byId, h.enterpriseId), ref(byId, h.territoryId), h.locationText, h.latitude, h.longitude, h.source,
                    h.discoveredByName, h.discoveredAt, h.externalRef, h.responsibleUnit, h.responsiblePerson,
                    h.rectificationMeasures, h.deadline, h.state, h.overdue, ref(byId, h.escalatedToId),
                    h.level == Level.MAJOR ? new HazardView.FiveMustsView(h.planMeasures, h.planFunds, h.planDeadline,
                            h.planResponsiblePerson, h.planEmergencyPlan, h.fiveMustsComplete()) : null,
                    h.supervisionListedAt == null ? null : new HazardView.SupervisionView(h.supervisionLevel,
                            ref(byId, h.supervisionOrgId), h.supervisionDocNumber, h.supervisionListedAt,
                            h.supervisionSignedAt, h.supervisionSignedBy),
                    h.extensionDeadline == null ? null
                            : new HazardView.ExtensionView(h.extensionDeadline, h.extensionReason, h.extensionRequestedAt),
                    h.acceptorKind == null ? null
                            : new HazardView.AcceptanceView(h.acceptorKind, h.acceptorName, h.acceptanceOpinion, h.acceptedAt),
                    h.rejectionReason, h.duplicateOfId == null ? null : duplicateCodes.get(h.duplicateOfId),
                    h.effectivenessCheckedAt == null ? null
                            : new HazardView.EffectivenessView(Boolean.TRUE.equals(h.effective), h.effectivenessNote,
                                    h.effectivenessCheckedAt),
                    h.closedAt, files.getOrDefault(h.id, List.of()), allowedActions(h), h.version, h.createdAt, h.updatedAt));
        }
        return out;
    }

    /** Orgs a visible ticket names (its enterprise, territory, supervisor) are part of the ticket. */
    private static OrgRef ref(Map<UUID, Org> byId, UUID id) {
        Org o = id == null ? null : byId.get(id);
        return o == null ? null : OrgRef.of(o);
    }

    private static void addIfPresent(Collection<UUID> ids, UUID... values) {
        for (UUID v : values) {
            if (v != null) {
                ids.add(v);
            }
        }
    }

    static OffsetDateTime now() {
        return cn.redline.platform.Times.now();
    }
}
