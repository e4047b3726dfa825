package cn.redline.fulfilment;

import cn.redline.platform.workflow.WorkflowState;

/** The vocabularies of a fulfilment record (履职记录, DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §2.2, §2.3). */
public final class FulfilmentEnums {

    private FulfilmentEnums() {
    }

    /** Where a record is in its review; only ACCEPTED and DISPUTED (until decided) count as proof. */
    public enum FulfilmentState implements WorkflowState {
        /** Being written, or sent back by the reviewer. */
        DRAFT(true),
        /** Awaiting the issuing side's review; shown as pending, not counted. */
        SUBMITTED(true),
        /** Reviewed and counted towards the item's obligation. */
        ACCEPTED(false),
        /** Replaced by an accepted amendment, which counts instead. */
        AMENDED(false),
        /** A verification visit (四不两直) found it false; still counted until a decision. */
        DISPUTED(true),
        /** Confirmed false: withdrawn from the count. */
        FALSIFIED(false);

        private final boolean open;

        FulfilmentState(boolean open) {
            this.open = open;
        }

        @Override
        public boolean open() {
            return open;
        }

        /** Whether a record in this state proves the duty (counts as evidence on the item's obligation). */
        public boolean counts() {
            return this == ACCEPTED || this == DISPUTED;
        }
    }

    /** The workflow actions of §2.3 (REQUEST_AMENDMENT / APPROVE_AMENDMENT: an amendment after the period's freeze). */
    public enum FulfilmentAction {
        SUBMIT, ACCEPT, REJECT, AMEND, REQUEST_AMENDMENT, APPROVE_AMENDMENT, DISPUTE, CONFIRM_FALSIFIED, CLEAR
    }

    /** How the record came in: entered by hand, matched automatically from other records, or pushed by another system. */
    public enum FulfilmentSource { MANUAL, AUTO, INTEGRATION }

    /** What a verification visit found for one record. */
    public enum VisitResult { CONFIRMED, NOT_FOUND, FALSIFIED }
}
