package cn.redline.duty;

import java.util.UUID;

/**
 * A requirement rule was added or edited; {@code regionPaths} are the region subtrees its selector named before and
 * after the change (empty when it names none, i.e. it may touch every org). Fired inside the writer's transaction, so
 * the module that counts the rule's evidence recounts with it or not at all.
 */
public record RuleChanged(UUID ruleId, Capability capability, java.util.List<String> regionPaths) {
}
