package cn.redline.platform.workflow;

import java.util.Map;

/**
 * One applied transition: the action, the state before and after (equal for a recorded step that does not move
 * the record) and the history entry's data.
 */
public record Step<S, A>(A action, S from, S to, Map<String, Object> data) {
}
