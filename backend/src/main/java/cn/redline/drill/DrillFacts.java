package cn.redline.drill;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * What the drill duty reads of a drill (§3.2): its organiser, state, form, scope, the kinds of the plans it exercised
 * and its date, when it was entered and when it was reported to the regulator (null: not reported). {@code status} is the state's name so that states the workflow adds later need no change here.
 */
record DrillFacts(UUID id, UUID orgId, String status, String terminationReason, String form, String scope,
                  Set<String> planKinds, LocalDate conductedOn, OffsetDateTime enteredAt, OffsetDateTime reportedAt) {

    /** §3.2: a drill counts once CONDUCTED, EVALUATED or CLOSED (unless it was terminated: then it has a terminationReason). */
    static final Set<String> HELD = Set.of("CONDUCTED", "EVALUATED", "CLOSED");

    static DrillFacts of(Drill d) {
        return new DrillFacts(d.id, d.orgId, d.status.name(), d.terminationReason == null ? null : d.terminationReason.name(),
                d.form.name(), d.scope.name(), d.plans.stream().map(p -> p.kind.name()).collect(java.util.stream.Collectors.toSet()),
                d.conductedOn, d.createdAt, d.reportedToRegulatorAt);
    }
}
