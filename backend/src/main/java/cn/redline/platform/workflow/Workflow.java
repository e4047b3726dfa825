package cn.redline.platform.workflow;

import cn.redline.platform.Problem;
import cn.redline.platform.ProblemException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A workflow resource's transition table and the one engine that runs it. Each row names its from-states, action,
 * next state (or none: a recorded step that does not move the record), the roles that may take it, an availability
 * guard on the record and the caller, and its handler. {@link #allowedActions} and {@link #permit} read the same
 * rows and guards, so every listed action passes the table, and every other one is refused: 409
 * {@code illegal-transition} with the allowed actions when the state or a guard rules it out, 403 when only the
 * caller's role does.
 *
 * @param <R> the record
 * @param <S> its state enum
 * @param <A> its action enum
 * @param <C> the caller
 * @param <Q> the transition request body
 */
public final class Workflow<R, S extends Enum<S> & WorkflowState, A extends Enum<A>, C, Q> {

    /** One row of the table. {@code to} null: the record stays in its state. */
    public record Transition<R, S, A, C, Q>(Set<S> from, A action, S to, Set<String> roles, Guard<R, C> guard,
                                           Handler<R, C, Q> handler) {

        public S next(S current) {
            return to == null ? current : to;
        }
    }

    private final String noun;
    private final Function<R, S> stateOf;
    private final BiConsumer<R, S> setState;
    private final BiPredicate<C, String> hasRole;
    private final Function<R, String> describe;
    private final List<Transition<R, S, A, C, Q>> table;

    private Workflow(Builder<R, S, A, C, Q> b) {
        this.noun = b.noun;
        this.stateOf = b.stateOf;
        this.setState = b.setState;
        this.hasRole = b.hasRole;
        this.describe = b.describe;
        this.table = List.copyOf(b.rows);
    }

    /**
     * Starts a table.
     *
     * @param noun     what the record is called in problem details ("hazard")
     * @param stateOf  reads the record's state
     * @param setState moves the record to a state
     * @param hasRole  whether the caller holds a role
     * @param describe the record for a refusal's detail, e.g. "a MAJOR hazard in state CONFIRMED"
     */
    public static <R, S extends Enum<S> & WorkflowState, A extends Enum<A>, C, Q> Builder<R, S, A, C, Q> table(
            String noun, Function<R, S> stateOf, BiConsumer<R, S> setState, BiPredicate<C, String> hasRole,
            Function<R, String> describe) {
        return new Builder<>(noun, stateOf, setState, hasRole, describe);
    }

    public List<Transition<R, S, A, C, Q>> transitions() {
        return table;
    }

    /** What this caller may do with this record now: the rows from its state whose guard holds and role matches. */
    public List<A> allowedActions(R record, C caller) {
        S state = stateOf.apply(record);
        List<A> out = new ArrayList<>();
        for (Transition<R, S, A, C, Q> t : table) {
            if (t.from().contains(state) && t.guard().refusal(record, caller) == null && mayAct(t, caller)
                    && !out.contains(t.action())) {
                out.add(t.action());
            }
        }
        return out;
    }

    /**
     * The row this caller may take now for this action, or the refusal: 409 (not possible in this state, or its
     * guard refuses) listing the allowed actions, else 403 (the caller's role may not take it).
     */
    public Transition<R, S, A, C, Q> permit(R record, A action, C caller) {
        S state = stateOf.apply(record);
        String why = null;
        for (Transition<R, S, A, C, Q> t : table) {
            if (t.action() != action || !t.from().contains(state)) {
                continue;
            }
            why = t.guard().refusal(record, caller);
            if (why == null) {
                if (!mayAct(t, caller)) {
                    throw ProblemException.forbidden("Your role may not " + action + " a " + noun);
                }
                return t;
            }
        }
        throw refusal(action + " is not possible for " + describe.apply(record) + (why == null ? "" : ": " + why),
                allowedActions(record, caller));
    }

    /** Runs a permitted row: its handler validates and applies the request, then the record moves to the next state. */
    public Step<S, A> run(Transition<R, S, A, C, Q> t, R record, C caller, Q request) {
        S from = stateOf.apply(record);
        Map<String, Object> data = new LinkedHashMap<>();
        t.handler().apply(record, caller, request, data);
        S to = t.next(from);
        setState.accept(record, to);
        return new Step<>(t.action(), from, to, data);
    }

    /** {@link #permit} then {@link #run}. */
    public Step<S, A> apply(R record, A action, C caller, Q request) {
        return run(permit(record, action, caller), record, caller, request);
    }

    private boolean mayAct(Transition<R, S, A, C, Q> t, C caller) {
        return t.roles().stream().anyMatch(role -> hasRole.test(caller, role));
    }

    /** The one refusal shape of every workflow resource: 409 {@code illegal-transition} with the allowed actions. */
    public static ProblemException refusal(String detail, List<? extends Enum<?>> allowed) {
        Problem p = Problem.of(409, "illegal-transition", "Action not allowed now", detail);
        return new ProblemException(new Problem(p.type(), p.title(), 409, p.detail(), null, null,
                allowed.stream().map(Enum::name).toList()));
    }

    /** Builds the table row by row: {@code on(action).from(states).to(state).by(roles).when(guard).handle(handler)}. */
    public static final class Builder<R, S extends Enum<S> & WorkflowState, A extends Enum<A>, C, Q> {
        private final String noun;
        private final Function<R, S> stateOf;
        private final BiConsumer<R, S> setState;
        private final BiPredicate<C, String> hasRole;
        private final Function<R, String> describe;
        private final List<Transition<R, S, A, C, Q>> rows = new ArrayList<>();

        private Builder(String noun, Function<R, S> stateOf, BiConsumer<R, S> setState, BiPredicate<C, String> hasRole,
                        Function<R, String> describe) {
            this.noun = noun;
            this.stateOf = stateOf;
            this.setState = setState;
            this.hasRole = hasRole;
            this.describe = describe;
        }

        public Row on(A action) {
            return new Row(action);
        }

        public Workflow<R, S, A, C, Q> build() {
            return new Workflow<>(this);
        }

        /** One row being written; {@link #handle} adds it to the table. */
        public final class Row {
            private final A action;
            private Set<S> from;
            private S to;
            private boolean stays;
            private Set<String> roles = Set.of();
            private Guard<R, C> guard = Guard.always();

            private Row(A action) {
                this.action = action;
            }

            @SafeVarargs
            public final Row from(S first, S... more) {
                this.from = EnumSet.of(first, more);
                return this;
            }

            public Row to(S next) {
                this.to = next;
                return this;
            }

            /** A recorded step that leaves the record in its state. */
            public Row stays() {
                this.stays = true;
                return this;
            }

            public Row by(Set<String> allowedRoles) {
                this.roles = Set.copyOf(allowedRoles);
                return this;
            }

            public Row when(Guard<R, C> availability) {
                this.guard = this.guard.and(availability);
                return this;
            }

            public Builder<R, S, A, C, Q> handle(Handler<R, C, Q> handler) {
                if (from == null || roles.isEmpty() || (to == null) != stays) {
                    throw new IllegalStateException(action + ": a row needs from-states, roles, and either to() or stays()");
                }
                rows.add(new Transition<>(from, action, to, roles, guard, handler));
                return Builder.this;
            }
        }
    }
}
