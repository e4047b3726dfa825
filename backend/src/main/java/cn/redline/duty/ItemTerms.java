package cn.redline.duty;

import java.util.UUID;

/**
 * What a duty item of a responsibility list asks for, as the obligation engine needs it: the item's stable key, how
 * many proofs per period, and its grace and at-risk days (§1.1, §1.2).
 */
public record ItemTerms(UUID itemKey, int minCount, int graceDays, int atRiskDays) {
}
