package cn.redline.platform.workflow;

import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * When a transition is available, judged on the record and the caller only (never on the request body): a
 * refused guard makes the action unavailable, so it is not listed in allowedActions and answers 409.
 *
 * @param <R> the record
 * @param <C> the caller
 */
@FunctionalInterface
public interface Guard<R, C> {

    /** Why the transition is not available now, or null when it is. */
    String refusal(R record, C caller);

    static <R, C> Guard<R, C> always() {
        return (r, c) -> null;
    }

    /** Available while {@code test} holds for the record; {@code otherwise} says why not. */
    static <R, C> Guard<R, C> when(Predicate<R> test, String otherwise) {
        return (r, c) -> test.test(r) ? null : otherwise;
    }

    /** Available while {@code test} holds for the record and the caller. */
    static <R, C> Guard<R, C> when(BiPredicate<R, C> test, String otherwise) {
        return (r, c) -> test.test(r, c) ? null : otherwise;
    }

    default Guard<R, C> and(Guard<R, C> other) {
        return (r, c) -> {
            String first = refusal(r, c);
            return first != null ? first : other.refusal(r, c);
        };
    }
}
