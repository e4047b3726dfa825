package cn.redline.duty.list;

import static cn.redline.duty.list.ListStatus.ACTIVE;
import static cn.redline.duty.list.ListStatus.ARCHIVED;
import static cn.redline.duty.list.ListStatus.CLOSED;
import static cn.redline.duty.list.ListStatus.DISCARDED;
import static cn.redline.duty.list.ListStatus.DRAFT;
import static cn.redline.duty.list.ListStatus.IN_REVIEW;
import static cn.redline.duty.list.ListStatus.PUBLISHED;
import static cn.redline.duty.list.ListStatus.SIGNED;
import static cn.redline.platform.workflow.Guard.when;

import cn.redline.org.PostAssignment;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Roles;
import cn.redline.platform.workflow.Guard;
import cn.redline.platform.workflow.Workflow;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The responsibility-list workflow of §2.3 as one table: state × action → next state, who, guard, handler. Read it
 * beside DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §2.3. The platform's {@link Workflow} engine runs it and lists the
 * allowed actions from the same rows. Signing has two rows: the signature that completes the pair moves the list to
 * SIGNED, the first one is a recorded step.
 */
public final class ListWorkflow {

    /** What the guards and handlers read and do beyond the list and the actor. */
    public interface Lookups {

        /** Who held {@code postId} on {@code day}. */
        Optional<PostAssignment> holderOn(UUID postId, LocalDate day);

        /** Whether the list's current version carries a signature for {@code role}. */
        boolean signed(ResponsibilityList l, SignatureRole role);

        /** Why the items cannot be submitted, or null: at least one, each with a requirement and an evidence spec. */
        String itemsIncomplete(ResponsibilityList l);

        /** Whether a newer version of the list is being prepared (not yet signed, superseded or discarded). */
        boolean revisionInProgress(ResponsibilityList l);

        /** Records a signature of {@code role} by {@code actor} on {@code day}. */
        void sign(ResponsibilityList l, ListActor actor, SignatureRole role, TransitionInput in, LocalDate day);

        /** The next version as a DRAFT copy of {@code l} (items keep their keys). */
        ResponsibilityList revise(ResponsibilityList l, String reason, ListActor actor);

        /** The list has just become binding (SIGNED): its predecessor is superseded, its obligations materialise. */
        void bound(ResponsibilityList l);

        LocalDate today();

        /** Days after the year end before an active list closes and its obligations freeze. */
        int closeGraceDays();
    }

    private final Lookups lookups;
    private final Workflow<ResponsibilityList, ListStatus, ListAction, ListActor, TransitionInput> table;

    public ListWorkflow(Lookups lookups) {
        this.lookups = lookups;
        Guard<ResponsibilityList, ListActor> issuerSide = when((l, a) -> a.admin() || l.issuingOrgId.equals(a.orgId()),
                "only the issuing organization acts on it");
        Guard<ResponsibilityList, ListActor> mayAlsoSign = when((l, a) -> signAs(l, a) != null && !completes(l, a),
                "you neither hold the holder post today nor represent the issuer, or you already signed");
        Guard<ResponsibilityList, ListActor> completesSigning = when(this::completes,
                "you neither hold the holder post today nor represent the issuer, or you already signed");
        this.table = Workflow.<ResponsibilityList, ListStatus, ListAction, ListActor, TransitionInput>table(
                        "responsibility list", l -> l.status, (l, s) -> l.status = s, ListActor::hasRole,
                        l -> "a list in state " + l.status)
                .on(ListAction.EDIT).from(DRAFT).stays().by(Roles.LIST_ISSUERS).when(issuerSide).handle((l, a, q, d) -> {
                })
                .on(ListAction.SUBMIT).from(DRAFT).to(IN_REVIEW).by(Roles.LIST_ISSUERS).when(issuerSide)
                .when((l, a) -> lookups.itemsIncomplete(l)).handle((l, a, q, d) -> l.returnReason = null)
                .on(ListAction.DISCARD).from(DRAFT).to(DISCARDED).by(Roles.LIST_ISSUERS).when(issuerSide)
                .when(when(l -> l.publishedAt == null, "it was published once")).handle((l, a, q, d) -> {
                })
                .on(ListAction.RETURN).from(IN_REVIEW).to(DRAFT).by(Roles.LIST_APPROVERS).when(issuerSide)
                .handle(this::giveBack)
                .on(ListAction.PUBLISH).from(IN_REVIEW).to(PUBLISHED).by(Roles.LIST_APPROVERS).when(issuerSide)
                .when(when(l -> lookups.holderOn(l.holderPostId, lookups.today()).isPresent(),
                        "the holder post is vacant today"))
                .handle(this::publish)
                .on(ListAction.SIGN).from(PUBLISHED).to(SIGNED).by(Roles.LIST_SIGNERS).when(completesSigning)
                .handle(this::signAndBind)
                .on(ListAction.SIGN).from(PUBLISHED).stays().by(Roles.LIST_SIGNERS).when(mayAlsoSign)
                .handle(this::sign)
                .on(ListAction.REVISE).from(PUBLISHED, SIGNED, ACTIVE).stays().by(Roles.LIST_ISSUERS).when(issuerSide)
                .when(when(l -> !lookups.revisionInProgress(l), "a newer version is already being prepared"))
                .handle(this::revise)
                .on(ListAction.ACTIVATE).from(SIGNED).to(ACTIVE).by(Set.of(Roles.SYSTEM))
                .when(when(l -> !lookups.today().isBefore(l.effectiveFrom), "its effective date is not reached"))
                .handle((l, a, q, d) -> d.put("effectiveFrom", l.effectiveFrom.toString()))
                .on(ListAction.CLOSE).from(ACTIVE).to(CLOSED).by(Set.of(Roles.SYSTEM))
                .when(when(l -> lookups.today().isAfter(l.effectiveTo.plusDays(lookups.closeGraceDays())),
                        "its year and the grace days are not over"))
                .handle((l, a, q, d) -> d.put("effectiveTo", l.effectiveTo.toString()))
                .on(ListAction.ARCHIVE).from(CLOSED).to(ARCHIVED).by(Roles.ADMINISTRATORS)
                .when(when((l, a) -> a.admin() || a.orgPath() != null && l.scopePath.startsWith(a.orgPath()),
                        "only a safety office over the holder archives it"))
                .handle((l, a, q, d) -> {
                })
                .build();
    }

    public Workflow<ResponsibilityList, ListStatus, ListAction, ListActor, TransitionInput> table() {
        return table;
    }

    /** The side {@code a} would sign for now: the holder post's holder today first, then the issuer. Null: none. */
    SignatureRole signAs(ResponsibilityList l, ListActor a) {
        if (!lookups.signed(l, SignatureRole.HOLDER) && holdsHolderPost(l, a)) {
            return SignatureRole.HOLDER;
        }
        if (!lookups.signed(l, SignatureRole.ISSUER) && l.issuingOrgId.equals(a.orgId())
                && Roles.LIST_APPROVERS.stream().anyMatch(a::hasRole)) {
            return SignatureRole.ISSUER;
        }
        return null;
    }

    private boolean holdsHolderPost(ResponsibilityList l, ListActor a) {
        return a.personRef() != null && lookups.holderOn(l.holderPostId, lookups.today())
                .map(h -> a.personRef().equals(h.personRef)).orElse(false);
    }

    /** Whether {@code a}'s signature is the missing one of the pair. */
    private boolean completes(ResponsibilityList l, ListActor a) {
        SignatureRole role = signAs(l, a);
        return role != null && lookups.signed(l, role == SignatureRole.HOLDER ? SignatureRole.ISSUER : SignatureRole.HOLDER);
    }

    // --- handlers --------------------------------------------------------------------------------------------

    private void giveBack(ResponsibilityList l, ListActor a, TransitionInput in, Map<String, Object> data) {
        l.returnReason = requireComment(in, "say what to change");
    }

    private void publish(ResponsibilityList l, ListActor a, TransitionInput in, Map<String, Object> data) {
        String doc = in.docNumber() == null ? l.docNumber : in.docNumber().strip();
        if (doc == null || doc.isEmpty()) {
            throw ProblemException.invalid("docNumber", "a list is published under a document number (文号)");
        }
        l.docNumber = doc;
        data.put("docNumber", doc);
    }

    private void sign(ResponsibilityList l, ListActor a, TransitionInput in, Map<String, Object> data) {
        SignatureRole role = signAs(l, a);
        if (in.method() == SignatureMethod.SCAN && in.scanHash() == null) {
            throw ProblemException.invalid("scanHash", "a scanned signature names the SHA-256 of the scan");
        }
        lookups.sign(l, a, role, in, lookups.today());
        data.put("role", role.name());
    }

    private void signAndBind(ResponsibilityList l, ListActor a, TransitionInput in, Map<String, Object> data) {
        sign(l, a, in, data);
        l.status = SIGNED;
        lookups.bound(l);
    }

    private void revise(ResponsibilityList l, ListActor a, TransitionInput in, Map<String, Object> data) {
        ResponsibilityList next = lookups.revise(l, requireComment(in, "say why the list is revised"), a);
        data.put("newVersionId", next.id.toString());
        data.put("newVersionNo", next.versionNo);
    }

    private static String requireComment(TransitionInput in, String what) {
        if (in.comment() == null || in.comment().isBlank()) {
            throw ProblemException.invalid("comment", "is required: " + what);
        }
        return in.comment().strip();
    }
}
