package cn.redline.hazard;

import static cn.redline.hazard.HazardEnums.State.CLOSED;
import static cn.redline.hazard.HazardEnums.State.CONFIRMED;
import static cn.redline.hazard.HazardEnums.State.PENDING_ACCEPTANCE;
import static cn.redline.hazard.HazardEnums.State.RECTIFYING;
import static cn.redline.hazard.HazardEnums.State.REJECTED;
import static cn.redline.hazard.HazardEnums.State.REPORTED;

import cn.redline.hazard.HazardEnums.Level;
import cn.redline.hazard.HazardEnums.State;
import cn.redline.platform.Roles;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The hazard closed loop as one table: state × action → next state, who may act, and for which levels.
 * Read it beside DOMAIN.md "Hidden-hazard tickets". Guards that need the request or the ticket's data
 * (five musts, acceptance record, a pending extension, an after-photo) live in {@link HazardService}.
 */
public final class HazardWorkflow {

    public enum Action {
        CONFIRM, REJECT, FIX_ON_SPOT, SET_FIVE_MUSTS, START_RECTIFICATION, SUBMIT_FOR_ACCEPTANCE, ACCEPT, SEND_BACK,
        REQUEST_EXTENSION, APPROVE_EXTENSION, REFUSE_EXTENSION, LIST_FOR_SUPERVISION, SIGN_OFF_LISTING,
        VERIFY_EFFECTIVENESS
    }

    /** Who supervises: safety offices, industry departments and admins, within their scope. */
    static final Set<String> SUPERVISORS = Set.of(Roles.ADMIN, Roles.SAFETY_OFFICE, Roles.DEPARTMENT);
    /** Who rectifies: the enterprise itself; supervisors may act for it. */
    static final Set<String> RECTIFIERS = Set.of(Roles.ENTERPRISE, Roles.ADMIN, Roles.SAFETY_OFFICE, Roles.DEPARTMENT);
    /** Who finds hazards in the field. */
    static final Set<String> FINDERS = Set.of(Roles.INSPECTOR, Roles.ENTERPRISE, Roles.ADMIN, Roles.SAFETY_OFFICE,
            Roles.DEPARTMENT);

    public record Transition(Set<State> from, Action action, State to, Set<String> roles, Set<Level> levels) {

        /** The target state; null means the ticket stays where it is (a recorded step, not a move). */
        public State next(State current) {
            return to == null ? current : to;
        }
    }

    private static final Set<Level> ANY = EnumSet.allOf(Level.class);
    private static final Set<Level> GENERAL_ONLY = EnumSet.of(Level.GENERAL);
    private static final Set<Level> MAJOR_ONLY = EnumSet.of(Level.MAJOR);

    static final List<Transition> TABLE = List.of(
            // 登记 → 确认, or rejected as not a hazard / a duplicate
            new Transition(EnumSet.of(REPORTED), Action.CONFIRM, CONFIRMED, SUPERVISORS, ANY),
            new Transition(EnumSet.of(REPORTED), Action.REJECT, REJECTED, SUPERVISORS, ANY),
            // 随查随治: a general hazard fixed on the spot closes in one step, with an after-photo
            new Transition(EnumSet.of(REPORTED, CONFIRMED), Action.FIX_ON_SPOT, CLOSED, FINDERS, GENERAL_ONLY),
            // 五落实 before a major hazard's rectification starts
            new Transition(EnumSet.of(CONFIRMED, RECTIFYING), Action.SET_FIVE_MUSTS, null, RECTIFIERS, MAJOR_ONLY),
            new Transition(EnumSet.of(CONFIRMED), Action.START_RECTIFICATION, RECTIFYING, RECTIFIERS, ANY),
            new Transition(EnumSet.of(RECTIFYING), Action.SUBMIT_FOR_ACCEPTANCE, PENDING_ACCEPTANCE, RECTIFIERS, ANY),
            // 验收 → 销号, or sent back for more rectification
            new Transition(EnumSet.of(PENDING_ACCEPTANCE), Action.ACCEPT, CLOSED, SUPERVISORS, ANY),
            new Transition(EnumSet.of(PENDING_ACCEPTANCE), Action.SEND_BACK, RECTIFYING, SUPERVISORS, ANY),
            // deadline extensions are requested and decided, never a silent edit
            new Transition(EnumSet.of(CONFIRMED, RECTIFYING), Action.REQUEST_EXTENSION, null, Set.of(Roles.ENTERPRISE), ANY),
            new Transition(EnumSet.of(CONFIRMED, RECTIFYING), Action.APPROVE_EXTENSION, null, SUPERVISORS, ANY),
            new Transition(EnumSet.of(CONFIRMED, RECTIFYING), Action.REFUSE_EXTENSION, null, SUPERVISORS, ANY),
            // 挂牌督办 of a major hazard, signed off by the enterprise
            new Transition(EnumSet.of(CONFIRMED, RECTIFYING, PENDING_ACCEPTANCE), Action.LIST_FOR_SUPERVISION, null,
                    Set.of(Roles.ADMIN, Roles.SAFETY_OFFICE), MAJOR_ONLY),
            new Transition(EnumSet.of(CONFIRMED, RECTIFYING, PENDING_ACCEPTANCE), Action.SIGN_OFF_LISTING, null,
                    Set.of(Roles.ENTERPRISE), MAJOR_ONLY),
            // closed and verified effective are separate facts
            new Transition(EnumSet.of(CLOSED), Action.VERIFY_EFFECTIVENESS, null,
                    Set.of(Roles.ADMIN, Roles.SAFETY_OFFICE, Roles.DEPARTMENT, Roles.INSPECTOR), ANY));

    private HazardWorkflow() {
    }

    /** The transition for this action from this state, if the table has one. */
    public static Optional<Transition> find(State from, Action action) {
        return TABLE.stream().filter(t -> t.action() == action && t.from().contains(from)).findFirst();
    }

    /** Actions possible from a state for a level, whoever asks. */
    public static List<Action> possible(State from, Level level) {
        return TABLE.stream().filter(t -> t.from().contains(from) && t.levels().contains(level))
                .map(Transition::action).distinct().toList();
    }
}
