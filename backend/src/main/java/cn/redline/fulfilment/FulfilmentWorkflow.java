package cn.redline.fulfilment;

import static cn.redline.fulfilment.FulfilmentEnums.FulfilmentState.ACCEPTED;
import static cn.redline.fulfilment.FulfilmentEnums.FulfilmentState.DISPUTED;
import static cn.redline.fulfilment.FulfilmentEnums.FulfilmentState.DRAFT;
import static cn.redline.fulfilment.FulfilmentEnums.FulfilmentState.FALSIFIED;
import static cn.redline.fulfilment.FulfilmentEnums.FulfilmentState.SUBMITTED;
import static cn.redline.platform.workflow.Guard.when;

import cn.redline.fulfilment.FulfilmentEnums.FulfilmentAction;
import cn.redline.fulfilment.FulfilmentEnums.FulfilmentState;
import cn.redline.platform.Caller;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Roles;
import cn.redline.platform.workflow.Guard;
import cn.redline.platform.workflow.Handler;
import cn.redline.platform.workflow.Workflow;
import java.util.Map;

/**
 * The fulfilment record's review as one table (§2.3 "FulfilmentRecord"): state × action → next state, who may act,
 * when the action is available, what it does. {@link FulfilmentTransitions} runs it and lists allowedActions from the
 * same rows, so a refused guard is both a 409 and a missing button.
 */
public final class FulfilmentWorkflow {

    /** What the guards and handlers read beyond the record and the caller. */
    public interface Lookups {

        /** Why the record does not meet its item's evidence spec (attachments, photo, GPS, signature), or null. */
        String evidenceShortfall(FulfilmentRecord r);

        /** Why the holder is not among the performers of an item the holder must perform in person (L24), or null. */
        String holderShortfall(FulfilmentRecord r);

        /** Why entry for the record's period is over (period end + grace days), or null while it is open. */
        String entryClosed(FulfilmentRecord r);

        /** Whether the record's period is frozen (late entry over): changes need the reviewer's approval. */
        boolean frozen(FulfilmentRecord r);

        /** Whether the caller's org is the list's issuing org or above it: the side that reviews. */
        boolean onIssuingSide(FulfilmentRecord r, Caller c);

        /** Whether the caller's org is above the record's holder org: a higher level verifies (四不两直, L9). */
        boolean above(FulfilmentRecord r, Caller c);

        /** Whether an amendment of this accepted record is open (DRAFT or SUBMITTED). */
        boolean amendmentOpen(FulfilmentRecord r);

        /** Whether the verification visit {@code visitId} found this record FALSIFIED. */
        boolean visitFoundFalse(java.util.UUID visitId, FulfilmentRecord r);

        /**
         * Starts the amendment of an accepted record: a DRAFT copy pointing back at it, entered by the caller, or when
         * a reviewer approves a request, by the record's author (so the reviewer may review it); returns its id.
         */
        String startAmendment(FulfilmentRecord r, boolean approved);
    }

    private final Lookups lookups;
    private final Workflow<FulfilmentRecord, FulfilmentState, FulfilmentAction, Caller, FulfilmentTransition> table;

    public FulfilmentWorkflow(Lookups lookups) {
        this.lookups = lookups;
        Guard<FulfilmentRecord, Caller> evidence = (r, c) -> lookups.evidenceShortfall(r);
        Guard<FulfilmentRecord, Caller> holder = (r, c) -> lookups.holderShortfall(r);
        Guard<FulfilmentRecord, Caller> entryOpen = (r, c) -> lookups.entryClosed(r);
        Guard<FulfilmentRecord, Caller> issuingSide = when(lookups::onIssuingSide,
                "only the side that issued the list reviews its records");
        Guard<FulfilmentRecord, Caller> notOwn = when((r, c) -> !c.subject().equals(r.enteredBySubject),
                "a record is reviewed by someone other than the one who entered it");
        Guard<FulfilmentRecord, Caller> notFrozen = when(r -> !lookups.frozen(r),
                "the period is frozen: request an amendment, the reviewer approves it");
        Guard<FulfilmentRecord, Caller> frozen = when(lookups::frozen, "the period is not frozen: amend it directly");
        Guard<FulfilmentRecord, Caller> noOpenAmendment = when(r -> !lookups.amendmentOpen(r) && !r.amendmentRequested(),
                "an amendment of this record is already open");
        this.table = Workflow.<FulfilmentRecord, FulfilmentState, FulfilmentAction, Caller, FulfilmentTransition>table(
                        "fulfilment record", r -> r.state, (r, s) -> r.state = s, Caller::hasRole,
                        r -> "a " + r.source + " record in state " + r.state)
                // the holder (or a delegate: a secretary may enter, not perform) submits
                .on(FulfilmentAction.SUBMIT).from(DRAFT).to(SUBMITTED).by(Roles.FULFILMENT_RECORDERS)
                .when(entryOpen).when(evidence).when(holder)
                .handle(Handler.none())
                // the issuing side reviews: inspectors and leaders never accept
                .on(FulfilmentAction.ACCEPT).from(SUBMITTED).to(ACCEPTED).by(Roles.FULFILMENT_REVIEWERS)
                .when(issuingSide).when(notOwn)
                .handle(Handler.none())
                .on(FulfilmentAction.REJECT).from(SUBMITTED).to(DRAFT).by(Roles.FULFILMENT_REVIEWERS)
                .when(issuingSide).when(notOwn)
                .handle(FulfilmentWorkflow::requireReason)
                // a correction is a new record; the old one is AMENDED once the new one is accepted
                .on(FulfilmentAction.AMEND).from(ACCEPTED).stays().by(Roles.FULFILMENT_RECORDERS)
                .when(notFrozen).when(noOpenAmendment)
                .handle(this::amend)
                .on(FulfilmentAction.REQUEST_AMENDMENT).from(ACCEPTED).stays().by(Roles.FULFILMENT_RECORDERS)
                .when(frozen).when(noOpenAmendment)
                .handle(FulfilmentWorkflow::requestAmendment)
                .on(FulfilmentAction.APPROVE_AMENDMENT).from(ACCEPTED).stays().by(Roles.FULFILMENT_REVIEWERS)
                .when(when(FulfilmentRecord::amendmentRequested, "no amendment is requested")).when(issuingSide)
                .handle(this::approveAmendment)
                // 四不两直: a visit that found it false disputes it; the safety office decides
                .on(FulfilmentAction.DISPUTE).from(ACCEPTED).to(DISPUTED).by(Roles.FULFILMENT_VERIFIERS)
                .when(when(lookups::above, "a record is verified by a level above its holder"))
                .handle(this::dispute)
                .on(FulfilmentAction.CONFIRM_FALSIFIED).from(DISPUTED).to(FALSIFIED).by(Roles.FALSIFICATION_JUDGES)
                .when(notOwn)
                .handle(FulfilmentWorkflow::requireReason)
                .on(FulfilmentAction.CLEAR).from(DISPUTED).to(ACCEPTED).by(Roles.FALSIFICATION_JUDGES)
                .handle(FulfilmentWorkflow::requireReason)
                .build();
    }

    public Workflow<FulfilmentRecord, FulfilmentState, FulfilmentAction, Caller, FulfilmentTransition> table() {
        return table;
    }

    private void amend(FulfilmentRecord r, Caller c, FulfilmentTransition t, Map<String, Object> data) {
        data.put("amendment", lookups.startAmendment(r, false));
    }

    private static void requestAmendment(FulfilmentRecord r, Caller c, FulfilmentTransition t, Map<String, Object> data) {
        requireReason(r, c, t, data);
        r.amendmentRequest = t.comment().strip();
    }

    private void approveAmendment(FulfilmentRecord r, Caller c, FulfilmentTransition t, Map<String, Object> data) {
        data.put("request", r.amendmentRequest);
        r.amendmentRequest = null;
        data.put("amendment", lookups.startAmendment(r, true));
    }

    private void dispute(FulfilmentRecord r, Caller c, FulfilmentTransition t, Map<String, Object> data) {
        requireReason(r, c, t, data);
        if (t.visitId() != null) {
            if (!lookups.visitFoundFalse(t.visitId(), r)) {
                throw ProblemException.unprocessable("visitId", "no verification visit found this record falsified");
            }
            data.put("visit", t.visitId().toString());
        } else if (t.attachmentIds() == null || t.attachmentIds().isEmpty()) {
            throw ProblemException.invalid("attachmentIds", "a dispute needs evidence: a verification visit or files");
        }
    }

    private static void requireReason(FulfilmentRecord r, Caller c, FulfilmentTransition t, Map<String, Object> data) {
        if (t.comment() == null || t.comment().isBlank()) {
            throw ProblemException.invalid("comment", "give the reason");
        }
        data.put("reason", t.comment().strip());
    }

}
