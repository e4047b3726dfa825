package cn.redline.drill;

import static cn.redline.drill.DrillSpotCheckStatus.CORRECTION_ORDERED;
import static cn.redline.drill.DrillSpotCheckStatus.DONE;
import static cn.redline.drill.DrillSpotCheckStatus.PLANNED;

import cn.redline.platform.Caller;
import cn.redline.platform.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * A spot check's files (现场照片, the correction order's scan, the unit's proof of correction) are visible to whoever may
 * see the check; who attaches which kind, and while the check is in which state, is {@link #refusal}'s table.
 */
@ApplicationScoped
public class DrillSpotCheckAttachmentPolicy extends ScopedAttachmentPolicy {

    static final String OWNER = "drill-spot-check";

    /** One kind's rule: the states it is attached in, the roles that attach it, and which side of the check they act for. */
    private record Rule(Set<DrillSpotCheckStatus> states, Set<String> roles, boolean checkingSide, String who) {
    }

    private static Rule rule(DrillSpotCheckFileKind kind) {
        return switch (kind) {
            // photos are taken on site: while the check is made and until the correction is settled
            case SITE_PHOTO -> new Rule(Set.of(PLANNED, DONE, CORRECTION_ORDERED), Roles.SPOT_CHECKERS, true,
                    "the checking department or office");
            // the order's scan, once the result is recorded: before ORDER_CORRECTION or after it
            case CORRECTION_ORDER -> new Rule(Set.of(DONE, CORRECTION_ORDERED), Roles.SUPERVISORS, true,
                    "the checking department or office");
            // the unit's evidence, while the order is open
            case CORRECTION_PROOF -> new Rule(Set.of(CORRECTION_ORDERED), Roles.SPOT_CHECK_RESPONDERS, false,
                    "the checked unit");
        };
    }

    public DrillSpotCheckAttachmentPolicy() {
        super(OWNER, DrillSpotCheck.class);
    }

    /**
     * Why the caller may not attach files of {@code kind} to the check now, or null: {@code regulator} and {@code target}
     * say whether the caller speaks for the checking org or the checked unit. The state is judged before the caller.
     */
    static String refusal(DrillSpotCheck s, DrillSpotCheckFileKind kind, Caller c, BiPredicate<DrillSpotCheck, Caller> regulator,
                          BiPredicate<DrillSpotCheck, Caller> target) {
        Rule r = rule(kind);
        if (!r.states().contains(s.status)) {
            return kind + " files are attached to a spot check in state " + r.states().stream().map(Enum::name).sorted().toList()
                    + "; this one is " + s.status;
        }
        if (kind == DrillSpotCheckFileKind.CORRECTION_ORDER && s.result != DrillSpotCheckResult.NONCOMPLIANT) {
            return "only a noncompliant check has a correction order";
        }
        boolean side = r.checkingSide() ? regulator.test(s, c) : target.test(s, c);
        if (!side) {
            return "only " + r.who() + " attaches " + kind + " files";
        }
        return null;
    }

    /** Whether the caller's role may attach files of {@code kind} at all (else 403). */
    static boolean roleMay(DrillSpotCheckFileKind kind, Caller c) {
        return rule(kind).roles().stream().anyMatch(c::hasRole);
    }

    /** The kinds the caller may attach to the check now. */
    static List<DrillSpotCheckFileKind> attachable(DrillSpotCheck s, Caller c, BiPredicate<DrillSpotCheck, Caller> regulator,
                                                   BiPredicate<DrillSpotCheck, Caller> target) {
        return Arrays.stream(DrillSpotCheckFileKind.values())
                .filter(k -> refusal(s, k, c, regulator, target) == null && roleMay(k, c)).toList();
    }
}
