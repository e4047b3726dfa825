package cn.redline.hazard;

import static cn.redline.hazard.HazardEnums.State.CLOSED;
import static cn.redline.hazard.HazardEnums.State.CONFIRMED;
import static cn.redline.hazard.HazardEnums.State.PENDING_ACCEPTANCE;
import static cn.redline.hazard.HazardEnums.State.RECTIFYING;
import static cn.redline.hazard.HazardEnums.State.REJECTED;
import static cn.redline.hazard.HazardEnums.State.REPORTED;
import static cn.redline.platform.workflow.Guard.when;

import cn.redline.hazard.HazardEnums.AcceptorKind;
import cn.redline.hazard.HazardEnums.Level;
import cn.redline.hazard.HazardEnums.RejectionReason;
import cn.redline.hazard.HazardEnums.State;
import cn.redline.org.Org;
import cn.redline.platform.Caller;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Roles;
import cn.redline.platform.Times;
import cn.redline.platform.workflow.Guard;
import cn.redline.platform.workflow.Workflow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The hazard closed loop as one table: each row is state × action → next state, who may act, when the action is
 * available (level, pending extension, listing, …) and what it does (validate, apply, history data). Read it beside
 * DOMAIN.md "Hidden-hazard tickets". The platform's {@link Workflow} engine runs it, and lists the allowed actions
 * from the same rows.
 */
public final class HazardWorkflow {

    public enum Action {
        CONFIRM, REJECT, FIX_ON_SPOT, SET_FIVE_MUSTS, START_RECTIFICATION, SUBMIT_FOR_ACCEPTANCE, ACCEPT, SEND_BACK,
        REQUEST_EXTENSION, APPROVE_EXTENSION, REFUSE_EXTENSION, LIST_FOR_SUPERVISION, SIGN_OFF_LISTING,
        VERIFY_EFFECTIVENESS
    }

    /** What the handlers read beyond the ticket, the caller and the request. */
    public interface Lookups {

        /** The ticket a duplicate repeats: visible to the caller and not the duplicate itself. */
        Optional<Hazard> original(UUID id, Hazard duplicate);

        /** Whether an image among {@code ids} is attached to the ticket. */
        boolean photoAmong(Hazard h, Collection<UUID> ids);

        /** The caller's organization (who lists for supervision, the default acceptor). */
        Org callerOrg();

        /** The application's clock: deadlines against today, the times a step records. */
        Clock clock();
    }

    private final Lookups lookups;
    private final Workflow<Hazard, State, Action, Caller, TransitionRequest> table;

    public HazardWorkflow(Lookups lookups) {
        this.lookups = lookups;
        Guard<Hazard, Caller> general = when(h -> h.level == Level.GENERAL, "only a general hazard");
        Guard<Hazard, Caller> major = when(h -> h.level == Level.MAJOR, "only a major hazard");
        this.table = Workflow.<Hazard, State, Action, Caller, TransitionRequest>table("hazard", h -> h.state,
                        this::moveTo, Caller::hasRole, h -> "a " + h.level + " hazard in state " + h.state)
                // 登记 → 确认, or rejected as not a hazard / a duplicate
                .on(Action.CONFIRM).from(REPORTED).to(CONFIRMED).by(Roles.SUPERVISORS).handle(this::confirm)
                .on(Action.REJECT).from(REPORTED).to(REJECTED).by(Roles.SUPERVISORS).handle(this::reject)
                // 随查随治: a general hazard fixed on the spot closes in one step, with an after-photo
                .on(Action.FIX_ON_SPOT).from(REPORTED, CONFIRMED).to(CLOSED).by(Roles.FINDERS).when(general)
                .handle(this::fixOnSpot)
                // 五落实 before a major hazard's rectification starts
                .on(Action.SET_FIVE_MUSTS).from(CONFIRMED, RECTIFYING).stays().by(Roles.RECTIFIERS).when(major)
                .handle(this::setFiveMusts)
                .on(Action.START_RECTIFICATION).from(CONFIRMED).to(RECTIFYING).by(Roles.RECTIFIERS).handle(this::startRectification)
                .on(Action.SUBMIT_FOR_ACCEPTANCE).from(RECTIFYING).to(PENDING_ACCEPTANCE).by(Roles.RECTIFIERS)
                .handle((h, c, r, data) -> requireComment(r, "describe what was done"))
                // 验收 → 销号, or sent back for more rectification
                .on(Action.ACCEPT).from(PENDING_ACCEPTANCE).to(CLOSED).by(Roles.SUPERVISORS).handle(this::accept)
                .on(Action.SEND_BACK).from(PENDING_ACCEPTANCE).to(RECTIFYING).by(Roles.SUPERVISORS)
                .handle((h, c, r, data) -> requireComment(r, "say what is still wrong"))
                // deadline extensions are requested and decided, never a silent edit
                .on(Action.REQUEST_EXTENSION).from(CONFIRMED, RECTIFYING).stays().by(Set.of(Roles.ENTERPRISE))
                .when(when(h -> !h.extensionPending(), "an extension request is already pending"))
                .handle(this::requestExtension)
                .on(Action.APPROVE_EXTENSION).from(CONFIRMED, RECTIFYING).stays().by(Roles.SUPERVISORS)
                .when(when(Hazard::extensionPending, "no extension request is pending"))
                .handle(this::approveExtension)
                .on(Action.REFUSE_EXTENSION).from(CONFIRMED, RECTIFYING).stays().by(Roles.SUPERVISORS)
                .when(when(Hazard::extensionPending, "no extension request is pending"))
                .handle(this::refuseExtension)
                // 挂牌督办 of a major hazard, signed off by the enterprise
                .on(Action.LIST_FOR_SUPERVISION).from(CONFIRMED, RECTIFYING, PENDING_ACCEPTANCE).stays().by(Roles.LISTERS)
                .when(major).when(when(h -> !h.listed(), "it is already listed for supervision"))
                .handle(this::listForSupervision)
                .on(Action.SIGN_OFF_LISTING).from(CONFIRMED, RECTIFYING, PENDING_ACCEPTANCE).stays()
                .by(Set.of(Roles.ENTERPRISE)).when(major)
                .when(when(h -> h.listed() && h.supervision.signedAt == null, "there is no unsigned supervision listing"))
                .handle(this::signOffListing)
                // closed and verified effective are separate facts
                .on(Action.VERIFY_EFFECTIVENESS).from(CLOSED).stays().by(Roles.REVIEWERS)
                .when(when(h -> !h.effectivenessChecked(), "effectiveness was already verified"))
                .handle(this::verifyEffectiveness)
                .build();
    }

    public Workflow<Hazard, State, Action, Caller, TransitionRequest> table() {
        return table;
    }

    /** What files attached at a step prove: the state after rectification, or supporting documents. */
    static String purposeOf(Action action) {
        return switch (action) {
            case FIX_ON_SPOT, SUBMIT_FOR_ACCEPTANCE, START_RECTIFICATION -> "AFTER";
            default -> "DOCUMENT";
        };
    }

    /** Entering CLOSED stamps the closing time and ends overdue, whichever action closes. */
    private void moveTo(Hazard h, State next) {
        if (next == CLOSED && h.state != CLOSED) {
            h.closedAt = Times.now(lookups.clock());
            h.overdue = false;
        }
        h.state = next;
    }

    // --- handlers: validate the request, apply it, say what the history shows ---------------------------------

    private void confirm(Hazard h, Caller c, TransitionRequest r, Map<String, Object> data) {
        LocalDate deadline = r.deadline() != null ? r.deadline() : h.deadline;
        if (deadline == null) {
            throw ProblemException.invalid("deadline", "is required to confirm a hazard");
        }
        if (deadline.isBefore(today())) {
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

    private void reject(Hazard h, Caller c, TransitionRequest r, Map<String, Object> data) {
        if (r.rejectionReason() == null) {
            throw ProblemException.invalid("rejectionReason", "is required to reject");
        }
        if (r.rejectionReason() == RejectionReason.DUPLICATE) {
            if (r.duplicateOf() == null) {
                throw ProblemException.invalid("duplicateOf", "names the original ticket of a duplicate");
            }
            Hazard original = lookups.original(r.duplicateOf(), h)
                    .orElseThrow(() -> ProblemException.unprocessable("duplicateOf", "no such hazard"));
            h.duplicateOfId = original.id;
            data.put("duplicateOf", original.code);
        }
        h.rejectionReason = r.rejectionReason();
        data.put("rejectionReason", r.rejectionReason().name());
    }

    private void fixOnSpot(Hazard h, Caller c, TransitionRequest r, Map<String, Object> data) {
        if (r.attachmentIds() == null || !lookups.photoAmong(h, r.attachmentIds())) {
            throw ProblemException.invalid("attachmentIds", "a hazard fixed on the spot needs an after-photo");
        }
    }

    private void setFiveMusts(Hazard h, Caller c, TransitionRequest r, Map<String, Object> data) {
        TransitionRequest.FiveMusts f = r.fiveMusts();
        if (f == null) {
            throw ProblemException.invalid("fiveMusts", "is required");
        }
        if (f.deadline() != null && f.deadline().isBefore(today())) {
            throw ProblemException.invalid("fiveMusts.deadline", "must not be in the past");
        }
        HazardParts.Plan plan = new HazardParts.Plan();
        plan.measures = f.measures();
        plan.funds = f.funds();
        plan.deadline = f.deadline();
        plan.responsiblePerson = f.responsiblePerson();
        plan.emergencyPlan = f.emergencyPlan();
        h.plan = plan;
        data.put("complete", plan.complete());
    }

    private void startRectification(Hazard h, Caller c, TransitionRequest r, Map<String, Object> data) {
        if (h.level == Level.MAJOR && !h.fiveMustsComplete()) {
            throw ProblemException.unprocessable(
                    "A major hazard's rectification starts only when its five musts (measures, funds, deadline, "
                            + "responsible person, emergency plan) are all recorded");
        }
        if (r.rectificationMeasures() != null) {
            h.rectificationMeasures = r.rectificationMeasures();
        }
    }

    private void accept(Hazard h, Caller c, TransitionRequest r, Map<String, Object> data) {
        TransitionRequest.Acceptance a = r.acceptance();
        if (h.level == Level.MAJOR && a == null) {
            throw ProblemException.unprocessable("A major hazard closes only with an acceptance record "
                    + "(by the supervising department or a named third party)");
        }
        if (a == null) {
            return;
        }
        if (a.acceptorKind() == AcceptorKind.THIRD_PARTY && (a.acceptorName() == null || a.acceptorName().isBlank())) {
            throw ProblemException.invalid("acceptance.acceptorName", "names the third party");
        }
        HazardParts.Acceptance record = new HazardParts.Acceptance();
        record.acceptorKind = a.acceptorKind();
        record.acceptorName = a.acceptorKind() == AcceptorKind.SUPERVISING_DEPARTMENT && a.acceptorName() == null
                ? lookups.callerOrg().name : a.acceptorName();
        record.opinion = a.opinion();
        record.acceptedAt = Times.now(lookups.clock());
        h.acceptance = record;
        data.put("acceptorKind", a.acceptorKind().name());
        data.put("acceptorName", record.acceptorName);
    }

    private void requestExtension(Hazard h, Caller c, TransitionRequest r, Map<String, Object> data) {
        if (r.requestedDeadline() == null) {
            throw ProblemException.invalid("requestedDeadline", "is required");
        }
        if (h.deadline != null && !r.requestedDeadline().isAfter(h.deadline) || r.requestedDeadline().isBefore(today())) {
            throw ProblemException.invalid("requestedDeadline", "must be later than the current deadline and not in the past");
        }
        HazardParts.Extension e = new HazardParts.Extension();
        e.requestedDeadline = r.requestedDeadline();
        e.reason = r.comment();
        e.requestedAt = Times.now(lookups.clock());
        h.extension = e;
        data.put("requestedDeadline", r.requestedDeadline().toString());
    }

    private void approveExtension(Hazard h, Caller c, TransitionRequest r, Map<String, Object> data) {
        data.put("requestedDeadline", h.extension.requestedDeadline.toString());
        data.put("previousDeadline", h.deadline == null ? null : h.deadline.toString());
        h.deadline = h.extension.requestedDeadline;
        h.overdue = h.deadline.isBefore(today());
        h.extension = null;
    }

    private void refuseExtension(Hazard h, Caller c, TransitionRequest r, Map<String, Object> data) {
        data.put("requestedDeadline", h.extension.requestedDeadline.toString());
        h.extension = null;
    }

    private void listForSupervision(Hazard h, Caller c, TransitionRequest r, Map<String, Object> data) {
        if (r.supervision() == null) {
            throw ProblemException.invalid("supervision", "is required");
        }
        HazardParts.Supervision s = new HazardParts.Supervision();
        s.level = r.supervision().level();
        s.documentNumber = r.supervision().documentNumber();
        s.orgId = lookups.callerOrg().id;
        s.listedAt = Times.now(lookups.clock());
        h.supervision = s;
        data.put("level", s.level.name());
        data.put("documentNumber", s.documentNumber);
    }

    private void signOffListing(Hazard h, Caller c, TransitionRequest r, Map<String, Object> data) {
        h.supervision.signedAt = Times.now(lookups.clock());
        h.supervision.signedBy = c.displayName();
    }

    private void verifyEffectiveness(Hazard h, Caller c, TransitionRequest r, Map<String, Object> data) {
        if (r.effective() == null) {
            throw ProblemException.invalid("effective", "is required");
        }
        HazardParts.Effectiveness e = new HazardParts.Effectiveness();
        e.effective = r.effective();
        e.note = r.comment();
        e.checkedAt = Times.now(lookups.clock());
        h.effectiveness = e;
        data.put("effective", r.effective());
    }

    private static void requireComment(TransitionRequest r, String message) {
        if (r.comment() == null || r.comment().isBlank()) {
            throw ProblemException.invalid("comment", message);
        }
    }

    private LocalDate today() {
        return Times.today(lookups.clock());
    }
}
