package cn.redline.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.redline.hazard.HazardEnums.AcceptorKind;
import cn.redline.hazard.HazardEnums.Level;
import cn.redline.hazard.HazardEnums.RejectionReason;
import cn.redline.hazard.HazardEnums.State;
import cn.redline.hazard.HazardEnums.SupervisionLevel;
import cn.redline.hazard.HazardWorkflow.Action;
import cn.redline.org.Org;
import cn.redline.platform.Caller;
import cn.redline.platform.Problem;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Roles;
import cn.redline.platform.Times;
import cn.redline.platform.workflow.Step;
import cn.redline.platform.workflow.Workflow;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The hazard table without HTTP or a database: for every state × level × the ticket data the guards read × role ×
 * action, allowedActions agrees with what the engine does. A listed action passes the engine with a valid request
 * and lands in its row's next state; an unlisted one is refused — 403 when only the role is wrong (another role may
 * take it now), otherwise 409 illegal-transition naming exactly the listed actions.
 */
class HazardWorkflowTableTest {

    private static final UUID PHOTO = UUID.randomUUID();
    private static final Clock CLOCK = Clock.system(Times.ZONE);
    private static final LocalDate TODAY = Times.today(CLOCK);
    private static final Org DISTRICT = district();

    /** Ticket data the guards read, each applied on top of a plain ticket in a given state and level. */
    private static final Map<String, Consumer<Hazard>> VARIANTS = variants();

    private final Workflow<Hazard, State, Action, Caller, TransitionRequest> table = new HazardWorkflow(new HazardWorkflow.Lookups() {
        @Override
        public Optional<Hazard> original(UUID id, Hazard duplicate) {
            return Optional.empty();
        }

        @Override
        public boolean photoAmong(Hazard h, Collection<UUID> ids) {
            return ids.contains(PHOTO);
        }

        @Override
        public Org callerOrg() {
            return DISTRICT;
        }

        @Override
        public Clock clock() {
            return CLOCK;
        }
    }).table();

    /**
     * The capabilities /me publishes for tickets are the table's: acting is every role some row allows, and
     * supervising is exactly the roles of the supervisor rows (confirm, reject, accept, decide extensions).
     */
    @Test
    void theHazardCapabilitiesAreTheTablesRoleSets() {
        Set<String> acting = new java.util.HashSet<>();
        table.transitions().forEach(t -> acting.addAll(t.roles()));
        assertEquals(acting, cn.redline.platform.Capability.ACT_ON_HAZARDS.roles());
        for (Action supervised : List.of(Action.CONFIRM, Action.REJECT, Action.ACCEPT, Action.APPROVE_EXTENSION,
                Action.REFUSE_EXTENSION)) {
            table.transitions().stream().filter(t -> t.action() == supervised).forEach(t ->
                    assertEquals(cn.redline.platform.Capability.SUPERVISE_HAZARDS.roles(), t.roles(), supervised.name()));
        }
    }

    @Test
    void allowedActionsListExactlyWhatTheEngineLetsThrough() {
        Set<Action> allowedSomewhere = EnumSet.noneOf(Action.class);
        int cases = 0;
        for (State state : State.values()) {
            for (Level level : Level.values()) {
                for (Map.Entry<String, Consumer<Hazard>> variant : VARIANTS.entrySet()) {
                    for (String role : new TreeSet<>(Roles.ALL)) {
                        Caller caller = caller(role);
                        List<Action> allowed = table.allowedActions(ticket(state, level, variant.getValue()), caller);
                        allowedSomewhere.addAll(allowed);
                        for (Action action : Action.values()) {
                            String where = action + " by " + role + " on a " + level + " ticket in " + state + " ("
                                    + variant.getKey() + ")";
                            Hazard h = ticket(state, level, variant.getValue());
                            if (allowed.contains(action)) {
                                passes(h, action, caller, where);
                            } else {
                                refused(h, action, caller, allowed, availableToAnyRole(state, level, variant.getValue(), action),
                                        where);
                            }
                            cases++;
                        }
                    }
                }
            }
        }
        assertEquals(State.values().length * Level.values().length * VARIANTS.size() * Roles.ALL.size()
                * Action.values().length, cases);
        assertEquals(EnumSet.allOf(Action.class), allowedSomewhere, "every action is allowed somewhere in the walk");
    }

    @Test
    void theOpenStatesAreTheOnesWithActionsLeftBeforeClosingOrRejecting() {
        assertEquals(EnumSet.of(State.REPORTED, State.CONFIRMED, State.RECTIFYING, State.PENDING_ACCEPTANCE), State.OPEN);
        for (Workflow.Transition<Hazard, State, Action, Caller, TransitionRequest> t : table.transitions()) {
            if (t.to() != null && !t.to().open()) {
                assertTrue(t.from().stream().allMatch(State::open), t.action() + " moves from open states only");
            }
        }
        assertEquals("('REPORTED', 'CONFIRMED', 'RECTIFYING', 'PENDING_ACCEPTANCE')",
                cn.redline.platform.workflow.WorkflowState.sqlList(State.OPEN));
        assertEquals(EnumSet.of(State.CONFIRMED, State.RECTIFYING), State.DEADLINE_RUNS);
        assertTrue(State.OPEN.containsAll(State.DEADLINE_RUNS), "a deadline runs only while the ticket is open");
    }

    private void passes(Hazard h, Action action, Caller caller, String where) {
        State before = h.state;
        Workflow.Transition<Hazard, State, Action, Caller, TransitionRequest> row;
        Step<State, Action> step;
        try {
            row = table.permit(h, action, caller);
            step = table.run(row, h, caller, validRequest(action));
        } catch (ProblemException e) {
            // The one rule judged on the ticket at apply time rather than in the guard: a major hazard's
            // rectification starts only with complete five musts (422, as before; the button stays to explain it).
            if (action == Action.START_RECTIFICATION && h.level == Level.MAJOR && !h.fiveMustsComplete()) {
                assertEquals(422, e.problem().status(), where);
                return;
            }
            throw new AssertionError(where + " is listed but refused: " + e.problem(), e);
        }
        assertEquals(row.next(before), h.state, where);
        assertEquals(before, step.from(), where);
        assertEquals(h.state, step.to(), where);
        if (h.state == State.CLOSED && before != State.CLOSED) {
            assertTrue(h.closedAt != null && !h.overdue, where + " stamps the closing");
        }
    }

    private void refused(Hazard h, Action action, Caller caller, List<Action> allowed, boolean otherRoleMay, String where) {
        State before = h.state;
        try {
            table.apply(h, action, caller, validRequest(action));
            fail(where + " is not listed but went through");
        } catch (ProblemException e) {
            Problem p = e.problem();
            if (otherRoleMay) {
                assertEquals(403, p.status(), where);
                assertEquals("forbidden", p.code(), where);
            } else {
                assertEquals(409, p.status(), where);
                assertEquals("illegal-transition", p.code(), where);
                assertEquals(allowed.stream().map(Enum::name).toList(), p.allowedActions(), where);
            }
        }
        assertEquals(before, h.state, where + " changes nothing");
    }

    private boolean availableToAnyRole(State state, Level level, Consumer<Hazard> variant, Action action) {
        return Roles.ALL.stream().anyMatch(r -> table.allowedActions(ticket(state, level, variant), caller(r)).contains(action));
    }

    /** A request every handler accepts: each reads only its own fields. */
    private static TransitionRequest validRequest(Action action) {
        return new TransitionRequest(action, "已整改完成", TODAY.plusDays(14), "李工", "加装防护栏", RejectionReason.NOT_A_HAZARD,
                null, new TransitionRequest.FiveMusts("加固支护", new BigDecimal("120000"), TODAY.plusDays(30), "王经理", "专项应急预案"),
                new TransitionRequest.Supervision(SupervisionLevel.DISTRICT, "南安监督〔2026〕3号"),
                new TransitionRequest.Acceptance(AcceptorKind.THIRD_PARTY, "贵州安科安全评价有限公司", "验收合格"),
                TODAY.plusDays(60), true, List.of(PHOTO));
    }

    private static Hazard ticket(State state, Level level, Consumer<Hazard> variant) {
        Hazard h = new Hazard();
        h.id = UUID.randomUUID();
        h.code = "YH-2026-000001";
        h.level = level;
        h.state = state;
        h.deadline = state == State.REPORTED ? null : TODAY.plusDays(14);
        variant.accept(h);
        return h;
    }

    private static Map<String, Consumer<Hazard>> variants() {
        Map<String, Consumer<Hazard>> v = new LinkedHashMap<>();
        v.put("plain", h -> {
        });
        v.put("five musts complete", h -> {
            h.plan = new HazardParts.Plan();
            h.plan.measures = "加固";
            h.plan.funds = BigDecimal.TEN;
            h.plan.deadline = TODAY.plusDays(30);
            h.plan.responsiblePerson = "王经理";
            h.plan.emergencyPlan = "预案";
        });
        v.put("extension pending", h -> {
            h.extension = new HazardParts.Extension();
            h.extension.requestedDeadline = TODAY.plusDays(40);
            h.extension.requestedAt = Times.now(CLOCK);
        });
        v.put("listed, not signed off", h -> listed(h, false));
        v.put("listed and signed off", h -> listed(h, true));
        v.put("effectiveness verified", h -> {
            h.effectiveness = new HazardParts.Effectiveness();
            h.effectiveness.effective = true;
            h.effectiveness.checkedAt = Times.now(CLOCK);
        });
        return v;
    }

    private static void listed(Hazard h, boolean signed) {
        h.supervision = new HazardParts.Supervision();
        h.supervision.level = SupervisionLevel.CITY;
        h.supervision.documentNumber = "筑安督〔2026〕1号";
        h.supervision.listedAt = Times.now(CLOCK);
        if (signed) {
            h.supervision.signedAt = Times.now(CLOCK);
            h.supervision.signedBy = "企业负责人";
        }
    }

    private static Caller caller(String role) {
        Caller c = new Caller();
        c.actAs(new Caller.Actor("test-" + role, "测试 " + role, Set.of(role), DISTRICT.code));
        return c;
    }

    private static Org district() {
        Org org = new Org();
        org.id = UUID.randomUUID();
        org.code = "520102";
        org.name = "南明区";
        return org;
    }
}
