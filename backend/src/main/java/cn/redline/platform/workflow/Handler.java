package cn.redline.platform.workflow;

import java.util.Map;

/**
 * What a transition does once it is permitted: validates the request body (throwing 400/422 problems, before
 * changing anything), applies it to the record, and puts what the history entry should show into {@code data}.
 *
 * @param <R> the record
 * @param <C> the caller
 * @param <Q> the request body
 */
@FunctionalInterface
public interface Handler<R, C, Q> {

    void apply(R record, C caller, Q request, Map<String, Object> data);

    /** A recorded step with nothing to validate or change beyond the state. */
    static <R, C, Q> Handler<R, C, Q> none() {
        return (r, c, q, data) -> {
        };
    }
}
