package cn.redline.drill;

import java.util.UUID;

/**
 * Fired in the writer's transaction, after the drill's new state is flushed, when a drill's evaluation is sealed
 * (SUBMIT_EVALUATION), so other features (a township's comprehensive drill meeting its list's emergency duty, §3.5)
 * follow it without the drill feature knowing them.
 */
public record DrillEvaluated(UUID drillId, UUID orgId) {
}
