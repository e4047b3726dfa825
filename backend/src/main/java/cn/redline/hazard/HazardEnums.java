package cn.redline.hazard;

import cn.redline.platform.workflow.WorkflowState;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The vocabularies of a hazard ticket (DOMAIN.md "Hidden-hazard tickets"). */
public final class HazardEnums {

    private HazardEnums() {
    }

    /** 一般隐患 / 重大隐患. */
    public enum Level { GENERAL, MAJOR }

    /** 自查, 监督检查, 举报 (12350), 专项整治. */
    public enum Source { SELF_CHECK, INSPECTION, PUBLIC_REPORT, SPECIAL_CAMPAIGN }

    /** What kind of defect: equipment, behaviour, environment, management (基础管理), fire, electrical, storage. */
    public enum Category { EQUIPMENT, OPERATION, ENVIRONMENT, MANAGEMENT, FIRE, ELECTRICAL, HAZMAT_STORAGE, OTHER }

    /**
     * Where a ticket is in the closed loop. Each state says whether the ticket is still open and whether its
     * rectification deadline runs (what the overdue job watches); SQL and the contract take both from here.
     */
    public enum State implements WorkflowState {
        /** 登记: reported, awaiting confirmation. */
        REPORTED(true, false),
        /** Confirmed as a hazard; rectification not started. */
        CONFIRMED(true, true),
        /** 治理: being rectified. */
        RECTIFYING(true, true),
        /** Rectification submitted, awaiting acceptance (验收): the supervisor's turn, the deadline no longer runs. */
        PENDING_ACCEPTANCE(true, false),
        /** 销号. */
        CLOSED(false, false),
        /** Not a hazard, or a duplicate. */
        REJECTED(false, false);

        /** Not closed and not rejected, in the loop's order. */
        public static final Set<State> OPEN = Collections.unmodifiableSet(WorkflowState.openStates(State.class));
        /** States in which the rectification deadline runs, so a ticket past it is overdue and escalated. */
        public static final Set<State> DEADLINE_RUNS = Collections.unmodifiableSet(
                EnumSet.copyOf(Arrays.stream(values()).filter(State::deadlineRuns).toList()));

        private final boolean open;
        private final boolean deadlineRuns;

        State(boolean open, boolean deadlineRuns) {
            this.open = open;
            this.deadlineRuns = deadlineRuns;
        }

        @Override
        public boolean open() {
            return open;
        }

        public boolean deadlineRuns() {
            return deadlineRuns;
        }
    }

    public enum RejectionReason { NOT_A_HAZARD, DUPLICATE }

    /** Who accepted a rectification: the supervising department, or a named third party (required-able for major). */
    public enum AcceptorKind { SUPERVISING_DEPARTMENT, THIRD_PARTY }

    /** 挂牌督办 level. */
    public enum SupervisionLevel { CITY, DISTRICT, TOWNSHIP }
}
