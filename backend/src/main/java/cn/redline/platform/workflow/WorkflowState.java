package cn.redline.platform.workflow;

import java.util.Collection;
import java.util.EnumSet;
import java.util.stream.Collectors;

/**
 * A state of a workflow resource. Each state says once whether the record is still open (work remains) or
 * terminal; lists, statistics, jobs and the SPA (through the contract) take "open" from here.
 */
public interface WorkflowState {

    /** Work remains on a record in this state. */
    boolean open();

    /** The open states of a state enum, in declaration order. */
    static <S extends Enum<S> & WorkflowState> EnumSet<S> openStates(Class<S> type) {
        EnumSet<S> open = EnumSet.noneOf(type);
        for (S s : type.getEnumConstants()) {
            if (s.open()) {
                open.add(s);
            }
        }
        return open;
    }

    /**
     * States as an SQL IN-list of string literals, e.g. {@code ('REPORTED', 'CONFIRMED')}, for native queries over
     * a varchar state column. Enum constant names are Java identifiers, so they need no escaping.
     */
    static String sqlList(Collection<? extends Enum<?>> states) {
        if (states.isEmpty()) {
            throw new IllegalArgumentException("an IN-list needs at least one state");
        }
        return states.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
