package cn.redline.accountability;

import java.util.UUID;

/**
 * Fired in the writer's transaction after each step of an accountability action, so records that follow an action
 * (an assessment's rectification, A15) move with it without the register knowing them.
 */
public record AccountabilityStepped(UUID actionId, AccountabilityType type, AccountabilityVerb verb, AccountabilityStatus from,
                                    AccountabilityStatus to, String code, String comment) {
}
