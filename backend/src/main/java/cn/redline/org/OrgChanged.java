package cn.redline.org;

import java.util.UUID;

/**
 * An org was created or changed (flags, industry, kind of region …); {@code moved} when its path changed, so its whole
 * subtree now sits elsewhere. Fired inside the writer's transaction, so whatever follows the org (obligations it owes
 * by its attributes) is written with it or not at all.
 */
public record OrgChanged(UUID orgId, String path, boolean moved) {
}
