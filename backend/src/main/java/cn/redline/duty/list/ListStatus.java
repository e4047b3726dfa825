package cn.redline.duty.list;

import cn.redline.platform.workflow.WorkflowState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A list version's state (§2.3). A version from PUBLISHED on never changes its items; revisions are new versions. */
@Schema(name = "ListStatus")
public enum ListStatus implements WorkflowState {
    DRAFT(true), IN_REVIEW(true), PUBLISHED(true), SIGNED(true), ACTIVE(true), CLOSED(false), ARCHIVED(false),
    DISCARDED(false), SUPERSEDED(false);

    private final boolean open;

    ListStatus(boolean open) {
        this.open = open;
    }

    @Override
    public boolean open() {
        return open;
    }

    /** Signed by holder and issuer: the version is in force (or about to be) and owes obligations. */
    public boolean binding() {
        return this == SIGNED || this == ACTIVE;
    }
}
