package cn.redline.fulfilment;

import cn.redline.attachment.AttachmentService;
import cn.redline.attachment.AttachmentView;
import cn.redline.audit.AuditLog;
import cn.redline.duty.Obligations;
import cn.redline.duty.Period;
import cn.redline.duty.list.DutyItem;
import cn.redline.duty.list.EvidenceSpec;
import cn.redline.duty.list.ResponsibilityList;
import cn.redline.fulfilment.FulfilmentEnums.FulfilmentAction;
import cn.redline.fulfilment.FulfilmentEnums.FulfilmentSource;
import cn.redline.fulfilment.FulfilmentEnums.FulfilmentState;
import cn.redline.fulfilment.FulfilmentEnums.VisitResult;
import cn.redline.hazard.HazardRepository;
import cn.redline.org.Org;
import cn.redline.org.Post;
import cn.redline.org.PostAssignment;
import cn.redline.org.PostRepository;
import cn.redline.platform.Caller;
import cn.redline.platform.Etags;
import cn.redline.platform.Page;
import cn.redline.platform.PageParams;
import cn.redline.platform.Problem;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Roles;
import cn.redline.platform.Times;
import cn.redline.platform.workflow.Step;
import cn.redline.platform.workflow.Workflow;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Fulfilment records: entry (by hand, pushed, matched), edits of drafts, the review workflow of
 * {@link FulfilmentWorkflow} and what it proves: an accepted record counts as evidence on its item's obligation,
 * a rejected, amended or falsified one no longer does.
 */
@ApplicationScoped
public class Fulfilments implements FulfilmentWorkflow.Lookups {

    /** The evidence source kind on the obligation engine. */
    static final String EVIDENCE_SOURCE = "FULFILMENT";

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    FulfilmentRepository records;

    @Inject
    FulfilmentHistory history;

    @Inject
    AttachmentService attachments;

    @Inject
    AuditLog audit;

    @Inject
    Obligations obligations;

    @Inject
    PostRepository posts;

    @Inject
    HazardRepository hazards;

    private Workflow<FulfilmentRecord, FulfilmentState, FulfilmentAction, Caller, FulfilmentTransition> workflow;

    @PostConstruct
    void init() {
        workflow = new FulfilmentWorkflow(this).table();
    }

    Workflow<FulfilmentRecord, FulfilmentState, FulfilmentAction, Caller, FulfilmentTransition> workflow() {
        return workflow;
    }

    // --- reading ---------------------------------------------------------------------------------------------------

    public FulfilmentView get(UUID id) {
        return view(visible(id));
    }

    FulfilmentRecord visible(UUID id) {
        return records.findVisible(id).orElseThrow(() -> ProblemException.notFound("Fulfilment record"));
    }

    public FulfilmentPage list(FulfilmentRepository.Filter filter, PageParams page) {
        List<FulfilmentRecord> rows = records.page(filter, page.after(), page.limit);
        Page<FulfilmentRecord> p = FulfilmentRepository.NEWEST.page(rows, page.limit, r -> r);
        Map<UUID, List<AttachmentView>> files = attachments.listFor(FulfilmentAttachmentPolicy.OWNER,
                p.items().stream().map(r -> r.id).toList());
        return new FulfilmentPage(p.items().stream()
                .map(r -> FulfilmentView.of(r, files.getOrDefault(r.id, List.of()), workflow.allowedActions(r, caller)))
                .toList(), p.nextCursor());
    }

    FulfilmentView view(FulfilmentRecord r) {
        return FulfilmentView.of(r, attachments.listFor(FulfilmentAttachmentPolicy.OWNER, r.id), workflow.allowedActions(r, caller));
    }

    FulfilmentHistory.History history(UUID id) {
        return history.of(visible(id));
    }

    // --- writing ---------------------------------------------------------------------------------------------------

    /** A record entered by hand; with {@code submit} it is submitted at once (all guards apply, or nothing is stored). */
    @Transactional
    public FulfilmentView create(FulfilmentInput in) {
        FulfilmentRecord r = enter(in, FulfilmentSource.MANUAL, null);
        if (Boolean.TRUE.equals(in.submit())) {
            act(r, new FulfilmentTransition(FulfilmentAction.SUBMIT, null, null, null));
        }
        em.flush();
        FulfilmentView after = view(r);
        audit.record(FulfilmentRecord.AUDIT_ENTITY, r.id.toString(), "create", orgPath(r.orgId), null, after);
        return after;
    }

    /**
     * Stores a new DRAFT record from the input with its attachments and CREATE entry; every rule is checked first.
     * {@code pusher} is the pushing org of an INTEGRATION record (its externalRef is unique per pusher).
     */
    FulfilmentRecord enter(FulfilmentInput in, FulfilmentSource source, UUID pusher) {
        ItemFacts f = item(in.dutyItemId()).orElseThrow(() -> ProblemException.unprocessable("dutyItemId", "no such duty item"));
        FulfilmentRecord r = new FulfilmentRecord();
        r.id = UUID.randomUUID();
        r.dutyItemId = f.item().id;
        r.listId = f.list().id;
        r.holderPostId = f.list().holderPostId;
        r.orgId = f.list().holderOrgId;
        r.issuingOrgId = f.list().issuingOrgId;
        r.source = source;
        r.state = FulfilmentState.DRAFT;
        r.externalRef = in.externalRef();
        r.pushedByOrgId = in.externalRef() == null ? null : pusher;
        r.enteredBySubject = caller.subject();
        r.enteredByName = caller.displayName();
        r.createdAt = Times.now(clock);
        fill(r, f, in);
        records.persist(r);
        em.flush();
        try {
            attachments.link(in.attachmentIds(), FulfilmentAttachmentPolicy.OWNER, r.id, "EVIDENCE");
        } catch (ProblemException e) {
            // taken back, so a bulk item fails alone
            em.remove(r);
            em.flush();
            throw e;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("source", source.name());
        if (in.attachmentIds() != null && !in.attachmentIds().isEmpty()) {
            data.put("attachments", in.attachmentIds().stream().map(UUID::toString).toList());
        }
        history.byCaller(r, FulfilmentEvent.CREATE, null, null, data);
        return r;
    }

    /** Changes a DRAFT (a new one, or one the reviewer sent back); the item stays the same. */
    @Transactional
    public FulfilmentView update(UUID id, String ifMatch, FulfilmentInput in) {
        FulfilmentRecord r = visible(id);
        Etags.requireMatch(ifMatch, r.version);
        if (r.state != FulfilmentState.DRAFT) {
            throw Workflow.refusal("Only a DRAFT record is edited; a " + r.state + " one is amended", workflow.allowedActions(r, caller));
        }
        if (!r.dutyItemId.equals(in.dutyItemId())) {
            throw ProblemException.invalid("dutyItemId", "a record stays with its duty item");
        }
        FulfilmentView before = view(r);
        ItemFacts f = item(r.dutyItemId).orElseThrow(() -> ProblemException.notFound("Fulfilment record"));
        fill(r, f, in);
        attachments.link(in.attachmentIds(), FulfilmentAttachmentPolicy.OWNER, r.id, "EVIDENCE");
        history.byCaller(r, FulfilmentEvent.EDIT, r.state, null, null);
        if (Boolean.TRUE.equals(in.submit())) {
            act(r, new FulfilmentTransition(FulfilmentAction.SUBMIT, null, null, null));
        }
        em.flush();
        FulfilmentView after = view(r);
        audit.record(FulfilmentRecord.AUDIT_ENTITY, r.id.toString(), "edit", orgPath(r.orgId), before, after);
        return after;
    }

    @Transactional
    public FulfilmentView transition(UUID id, String ifMatch, FulfilmentTransition req) {
        FulfilmentRecord r = visible(id);
        if (ifMatch != null) {
            Etags.requireMatch(ifMatch, r.version);
        }
        FulfilmentView before = view(r);
        act(r, req);
        em.flush();
        FulfilmentView after = view(r);
        audit.record(FulfilmentRecord.AUDIT_ENTITY, r.id.toString(), req.action().name().toLowerCase(), orgPath(r.orgId),
                before, after);
        return after;
    }

    /**
     * Submits a record another system pushed: the SUBMIT row's guards decide (not the caller's role, which is the
     * integration's); the refusal, when one holds, and the record stays a DRAFT for the holder's office to complete.
     */
    String submitPushed(FulfilmentRecord r) {
        var submit = workflow.transitions().stream().filter(t -> t.action() == FulfilmentAction.SUBMIT).findFirst().orElseThrow();
        String refusal = submit.guard().refusal(r, caller);
        if (refusal == null) {
            FulfilmentTransition req = new FulfilmentTransition(FulfilmentAction.SUBMIT, null, null, null);
            Step<FulfilmentState, FulfilmentAction> step = workflow.run(submit, r, caller, req);
            effects(r, step);
            history.byCaller(r, step.action().name(), step.from(), null, step.data());
        }
        return refusal;
    }

    /** Permits and runs one action as the caller, then applies what the new state means. */
    Step<FulfilmentState, FulfilmentAction> act(FulfilmentRecord r, FulfilmentTransition req) {
        var t = workflow.permit(r, req.action(), caller);
        if (req.action() == FulfilmentAction.DISPUTE) {
            attachments.link(req.attachmentIds(), FulfilmentAttachmentPolicy.OWNER, r.id, "DISPUTE");
        }
        Step<FulfilmentState, FulfilmentAction> step = workflow.run(t, r, caller, req);
        effects(r, step);
        history.byCaller(r, step.action().name(), step.from(), req.comment(), step.data());
        return step;
    }

    /** What a step means beyond the state: submission time and late flag, review, and the count on the obligation. */
    private void effects(FulfilmentRecord r, Step<FulfilmentState, FulfilmentAction> step) {
        OffsetDateTime now = Times.now(clock);
        r.updatedAt = now;
        switch (step.action()) {
            case SUBMIT -> {
                r.submittedAt = now;
                r.late = !now.toInstant().isBefore(period(r).end());
                step.data().put("late", r.late);
            }
            case ACCEPT, REJECT, CONFIRM_FALSIFIED, CLEAR -> {
                r.reviewedBy = caller.displayName();
                r.reviewedAt = now;
                r.reviewDecision = step.action().name();
                r.reviewReason = (String) step.data().get("reason");
            }
            default -> {
            }
        }
        if (step.action() == FulfilmentAction.ACCEPT && r.amendsId != null) {
            supersede(r);
        }
        if (step.from().counts() != step.to().counts()) {
            if (step.to().counts()) {
                count(r);
            } else {
                withdraw(r);
            }
        }
    }

    /** The accepted amendment replaces the record it corrects: that one is AMENDED and counts no more. */
    private void supersede(FulfilmentRecord amendment) {
        FulfilmentRecord old = records.findById(amendment.amendsId);
        if (old == null || old.state != FulfilmentState.ACCEPTED) {
            return;
        }
        FulfilmentState from = old.state;
        old.state = FulfilmentState.AMENDED;
        old.updatedAt = Times.now(clock);
        withdraw(old);
        history.byCaller(old, FulfilmentEvent.SUPERSEDE, from, null, Map.of("amendment", amendment.id.toString()));
    }

    private void count(FulfilmentRecord r) {
        ItemFacts f = facts(r);
        obligations.addItemEvidence(f.subject(), f.item().itemKey, EVIDENCE_SOURCE, r.id.toString(), r.date, enteredAt(r));
    }

    /** When the proof was entered: its submission, or for an amendment the submission of the record it corrects. */
    private OffsetDateTime enteredAt(FulfilmentRecord r) {
        FulfilmentRecord first = r;
        while (first.amendsId != null) {
            first = records.findById(first.amendsId);
        }
        return first.submittedAt != null ? first.submittedAt : Times.now(clock);
    }

    private void withdraw(FulfilmentRecord r) {
        ItemFacts f = facts(r);
        obligations.withdrawItemEvidence(f.subject(), f.item().itemKey, EVIDENCE_SOURCE, r.id.toString());
    }

    /** Copies the input onto the record: date inside the list's term and not in the future, performers resolved. */
    private void fill(FulfilmentRecord r, ItemFacts f, FulfilmentInput in) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate today = Times.today(clock);
        if (in.date().isAfter(today)) {
            errors.add(new Problem.FieldError("date", "must not be in the future"));
        } else if (in.date().isBefore(f.list().effectiveFrom) || in.date().isAfter(f.list().effectiveTo)) {
            errors.add(new Problem.FieldError("date", "lies outside the list's term " + f.list().effectiveFrom + " – "
                    + f.list().effectiveTo));
        }
        if ((in.latitude() == null) != (in.longitude() == null)) {
            errors.add(new Problem.FieldError(in.latitude() == null ? "latitude" : "longitude", "give both coordinates or neither"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (!f.list().status.binding()) {
            throw ProblemException.unprocessable("dutyItemId", "the item's list is " + f.list().status
                    + ": records are kept for signed lists in force");
        }
        r.periodKey = f.periodOf(in.date()).key();
        r.date = in.date();
        r.place = in.place();
        r.latitude = in.latitude();
        r.longitude = in.longitude();
        r.summary = in.summary().strip();
        r.performers = performers(in.performers(), in.date());
        r.participants = in.participants() == null ? List.of() : in.participants();
        r.counterpart = in.counterpart();
        r.followUp = in.followUp();
        r.hazardIds = hazardIds(in.hazardIds());
        r.updatedAt = Times.now(clock);
    }

    /** Each post named resolves to the person who held it on {@code day} (the record names that person for good). */
    private List<FulfilmentParts.Performer> performers(List<FulfilmentParts.Performer> given, LocalDate day) {
        List<FulfilmentParts.Performer> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            FulfilmentParts.Performer p = given.get(i);
            if (p.postId() == null) {
                if (p.personName() == null || p.personName().isBlank()) {
                    throw ProblemException.invalid("performers[" + i + "]", "names a post or a person");
                }
                out.add(new FulfilmentParts.Performer(null, p.personName().strip(), p.personRef()));
                continue;
            }
            String field = "performers[" + i + "].postId";
            Post post = posts.findVisible(p.postId(), caller.scope())
                    .orElseThrow(() -> ProblemException.unprocessable(field, "no such post"));
            PostAssignment holder = posts.holdersOn(List.of(post.id), day).get(post.id);
            if (holder == null) {
                throw ProblemException.unprocessable(field, "the post had no holder on " + day);
            }
            out.add(new FulfilmentParts.Performer(post.id, holder.personName, holder.personRef));
        }
        return out;
    }

    private List<UUID> hazardIds(List<UUID> ids) {
        if (ids == null) {
            return List.of();
        }
        for (int i = 0; i < ids.size(); i++) {
            if (hazards.findVisible(ids.get(i), caller.scope()).isEmpty()) {
                throw ProblemException.unprocessable("hazardIds[" + i + "]", "no such hazard");
            }
        }
        return ids.stream().distinct().toList();
    }

    // --- the item behind a record ---------------------------------------------------------------------------------

    /** The duty item with its list, when the caller may see the list's holder. */
    Optional<ItemFacts> item(UUID itemId) {
        DutyItem item = em.find(DutyItem.class, itemId);
        if (item == null) {
            return Optional.empty();
        }
        ResponsibilityList list = em.find(ResponsibilityList.class, item.listId);
        Org holderOrg = em.find(Org.class, list.holderOrgId);
        if (!caller.scope().contains(holderOrg.path, holderOrg.industry)) {
            return Optional.empty();
        }
        Post post = list.holderPostId == null ? null : em.find(Post.class, list.holderPostId);
        return Optional.of(new ItemFacts(item, list, post, holderOrg));
    }

    private ItemFacts facts(FulfilmentRecord r) {
        DutyItem item = em.find(DutyItem.class, r.dutyItemId);
        ResponsibilityList list = em.find(ResponsibilityList.class, item.listId);
        Post post = list.holderPostId == null ? null : em.find(Post.class, list.holderPostId);
        return new ItemFacts(item, list, post, em.find(Org.class, list.holderOrgId));
    }

    private Period period(FulfilmentRecord r) {
        return Period.parse(r.periodKey);
    }

    private String orgPath(UUID orgId) {
        return em.find(Org.class, orgId).path;
    }

    // --- the workflow's lookups -------------------------------------------------------------------------------------

    @Override
    public String evidenceShortfall(FulfilmentRecord r) {
        EvidenceSpec spec = facts(r).spec();
        if (spec == null) {
            return null;
        }
        List<AttachmentView> files = attachments.listFor(FulfilmentAttachmentPolicy.OWNER, r.id).stream()
                .filter(a -> "EVIDENCE".equals(a.purpose())).toList();
        if (files.size() < spec.minAttachments()) {
            return "the item asks for at least " + spec.minAttachments() + " attached files";
        }
        if (spec.photoRequired() && files.stream().noneMatch(a -> a.contentType().startsWith("image/"))) {
            return "the item asks for a photo";
        }
        if (spec.gpsRequired() && r.latitude == null) {
            return "the item asks for the GPS position";
        }
        if (spec.counterpartSignature() && (r.counterpart == null || !r.counterpart.signed())) {
            return "the item asks for the counterpart's signed opinion";
        }
        return null;
    }

    @Override
    public String holderShortfall(FulfilmentRecord r) {
        ItemFacts f = facts(r);
        if (!f.holderMustPerform() || f.holderPost() == null) {
            return null;
        }
        PostAssignment holder = posts.holdersOn(List.of(f.holderPost().id), r.date).get(f.holderPost().id);
        if (holder == null) {
            return "the post had no holder on " + r.date;
        }
        boolean performed = r.performers.stream().anyMatch(p -> holder.personRef != null
                ? holder.personRef.equals(p.personRef()) : holder.personName.equals(p.personName()));
        return performed ? null : "the holder on " + r.date + " (" + holder.personName
                + ") must perform this duty in person and is not among the performers";
    }

    @Override
    public String entryClosed(FulfilmentRecord r) {
        if (r.amendsId != null) {
            // an amendment corrects a record entered in time; after the freeze it exists only by the reviewer's approval
            return null;
        }
        Instant end = period(r).graceEnd(facts(r).graceDays());
        return clock.instant().isBefore(end) ? null : "entry for " + r.periodKey + " closed at " + end;
    }

    @Override
    public boolean frozen(FulfilmentRecord r) {
        return !clock.instant().isBefore(period(r).graceEnd(facts(r).graceDays()));
    }

    @Override
    public boolean onIssuingSide(FulfilmentRecord r, Caller c) {
        return c.hasRole(Roles.ADMIN) || em.find(Org.class, r.issuingOrgId).path.startsWith(c.orgPath());
    }

    @Override
    public boolean above(FulfilmentRecord r, Caller c) {
        String holder = em.find(Org.class, r.orgId).path;
        return c.hasRole(Roles.ADMIN) || holder.startsWith(c.orgPath()) && !holder.equals(c.orgPath());
    }

    @Override
    public boolean amendmentOpen(FulfilmentRecord r) {
        return records.openAmendmentOf(r.id).isPresent();
    }

    @Override
    public boolean visitFoundFalse(UUID visitId, FulfilmentRecord r) {
        VerificationVisit v = em.find(VerificationVisit.class, visitId);
        return v != null && v.checks.stream().anyMatch(c -> c.recordId().equals(r.id) && c.result() == VisitResult.FALSIFIED);
    }

    @Override
    public String startAmendment(FulfilmentRecord old, boolean approved) {
        FulfilmentRecord r = new FulfilmentRecord();
        r.id = UUID.randomUUID();
        r.dutyItemId = old.dutyItemId;
        r.listId = old.listId;
        r.periodKey = old.periodKey;
        r.holderPostId = old.holderPostId;
        r.orgId = old.orgId;
        r.issuingOrgId = old.issuingOrgId;
        r.date = old.date;
        r.place = old.place;
        r.latitude = old.latitude;
        r.longitude = old.longitude;
        r.summary = old.summary;
        r.performers = old.performers;
        r.participants = old.participants;
        r.counterpart = old.counterpart;
        r.followUp = old.followUp;
        r.hazardIds = old.hazardIds;
        r.drillIds = old.drillIds;
        r.source = FulfilmentSource.MANUAL;
        r.state = FulfilmentState.DRAFT;
        r.amendsId = old.id;
        r.enteredBySubject = approved ? old.enteredBySubject : caller.subject();
        r.enteredByName = approved ? old.enteredByName : caller.displayName();
        r.createdAt = Times.now(clock);
        r.updatedAt = r.createdAt;
        records.persist(r);
        history.byCaller(r, FulfilmentEvent.CREATE, null, null, Map.of("amends", old.id.toString()));
        return r.id.toString();
    }
}
