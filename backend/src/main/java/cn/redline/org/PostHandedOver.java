package cn.redline.org;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A post changed hands: {@code to} holds it from {@code day}, after {@code from} (null when nobody held it before).
 * Fired inside the appointment's transaction, so whatever follows the post (a live list's handover) is written with
 * it or not at all.
 */
public record PostHandedOver(UUID postId, PostAssignment from, PostAssignment to, LocalDate day) {
}
