package cn.redline.accountability;

import static cn.redline.accountability.AccountabilityStatus.CLOSED;
import static cn.redline.accountability.AccountabilityStatus.ESCALATED;
import static cn.redline.accountability.AccountabilityStatus.ISSUED;
import static cn.redline.accountability.AccountabilityStatus.PROPOSED;
import static cn.redline.accountability.AccountabilityStatus.RESPONDED;
import static cn.redline.accountability.AccountabilityStatus.WITHDRAWN;
import static cn.redline.platform.workflow.Guard.when;

import cn.redline.platform.Caller;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Roles;
import cn.redline.platform.workflow.Guard;
import cn.redline.platform.workflow.Workflow;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * The accountability action's table (§1.6): the issuing office issues a proposed action, or withdraws it with the
 * reason; the addressee responds; the issuing office closes it, or escalates it once its due day has passed unanswered.
 */
final class AccountabilityWorkflow {

    /** Who answers for an addressee: its own staff and leaders. */
    static final Set<String> RESPONDERS = Set.of(Roles.ADMIN, Roles.SAFETY_OFFICE, Roles.DEPARTMENT, Roles.ENTERPRISE, Roles.LEADER);

    private AccountabilityWorkflow() {
    }

    /**
     * @param issuer    whether the caller speaks for the issuing office (its org or one above it; admin anywhere)
     * @param addressee whether the caller belongs to the addressed org
     */
    static Workflow<AccountabilityAction, AccountabilityStatus, AccountabilityVerb, Caller, ActionTransition> table(
            BiPredicate<AccountabilityAction, Caller> issuer, BiPredicate<AccountabilityAction, Caller> addressee,
            Supplier<LocalDate> today) {
        Guard<AccountabilityAction, Caller> issuing = when(issuer, "only the issuing office or one above it");
        Guard<AccountabilityAction, Caller> addressed = when(addressee, "only the addressed organization answers");
        Guard<AccountabilityAction, Caller> overdue = when(a -> a.dueOn != null && today.get().isAfter(a.dueOn),
                "an action is escalated only once its due day has passed");
        return Workflow.<AccountabilityAction, AccountabilityStatus, AccountabilityVerb, Caller, ActionTransition>table(
                        "accountability action", a -> a.status, (a, s) -> a.status = s, Caller::hasRole,
                        a -> "an action in state " + a.status)
                .on(AccountabilityVerb.ISSUE).from(PROPOSED).to(ISSUED).by(Roles.ADMINISTRATORS).when(issuing)
                .handle((a, c, q, data) -> {
                    if (q.dueOn() != null) {
                        if (q.dueOn().isBefore(today.get())) {
                            throw ProblemException.invalid("dueOn", "must not be in the past");
                        }
                        a.dueOn = q.dueOn();
                    }
                    if (a.dueOn == null) {
                        throw ProblemException.invalid("dueOn", "give the day the addressee must answer by");
                    }
                    data.put("dueOn", a.dueOn.toString());
                })
                .on(AccountabilityVerb.WITHDRAW).from(PROPOSED).to(WITHDRAWN).by(Roles.ADMINISTRATORS).when(issuing)
                .handle((a, c, q, data) -> data.put("reason", required(q.comment(), "comment", "give the reason")))
                .on(AccountabilityVerb.RESPOND).from(ISSUED).to(RESPONDED).by(RESPONDERS).when(addressed)
                .handle((a, c, q, data) -> {
                    a.response = required(q.response(), "response", "say what was done or what is proposed");
                    data.put("late", a.dueOn != null && today.get().isAfter(a.dueOn));
                })
                .on(AccountabilityVerb.CLOSE).from(RESPONDED).to(CLOSED).by(Roles.ADMINISTRATORS).when(issuing)
                .handle((a, c, q, data) -> a.closingNote = q.comment() == null || q.comment().isBlank() ? null : q.comment().strip())
                .on(AccountabilityVerb.ESCALATE).from(ISSUED).to(ESCALATED).by(Roles.ADMINISTRATORS).when(issuing).when(overdue)
                .handle((a, c, q, data) -> data.put("reason", required(q.comment(), "comment", "give the reason")))
                .build();
    }

    private static String required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, message);
        }
        return value.strip();
    }
}
