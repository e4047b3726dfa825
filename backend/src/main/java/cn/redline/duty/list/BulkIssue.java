package cn.redline.duty.list;

import cn.redline.org.OrgView;
import cn.redline.org.PostKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shapes of issuing lists in bulk to a subtree from a template. */
public final class BulkIssue {

    private BulkIssue() {
    }

    /** More posts than one request issues to: a bigger subtree is issued branch by branch. */
    public static final int MAX_POSTS = 2000;

    @Schema(name = "ListBulkIssueInput", description = "One list per post of the subtree that fits the template's holder "
            + "kind (and the post kind, when named) and that the caller may issue to")
    public record Input(
            @NotNull @Schema(format = "uuid") UUID templateId,
            @NotNull @Min(2000) @Max(2100) @Schema(minimum = "2000", maximum = "2100") Integer year,
            @NotNull @Schema(format = "uuid", description = "The subtree's root organization") UUID rootOrgId,
            @Schema(description = "Only posts of this kind") PostKind postKind,
            @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*")
            @Schema(nullable = true, minLength = 1, maxLength = 100, pattern = ".*\\S.*",
                    description = "文号: the lists are submitted and published under it where the table allows "
                            + "(a vacant post's list stays a draft)") String docNumber,
            @Schema(description = "Default INTERNAL") Publicity publicity) {
    }

    /** What happened to one post. */
    @Schema(name = "ListIssueOutcome")
    public enum Outcome {
        /** A list was drafted (and published, when a 文号 was given and the table allowed it). */
        CREATED,
        /** The post already has a list of this kind for the year. */
        SKIPPED,
        /** The caller's organization does not issue this kind of list to this post. */
        REFUSED
    }

    /** Why a post got no list, or why its list stopped short of PUBLISHED: a code, labelled in the catalog. */
    @Schema(name = "ListIssueReason", description = "Why a post got no list or its list stopped short of PUBLISHED "
            + "(null: published, or drafted as asked without a 文号). LIST_EXISTS (SKIPPED): the post already has a "
            + "list of this kind for the year; NOT_ISSUER (REFUSED): the caller's organization does not issue this kind "
            + "to this post; LEFT_IN_DRAFT: SUBMIT was refused (e.g. a duty item is incomplete); LEFT_IN_REVIEW: PUBLISH "
            + "was refused (e.g. the holder post is vacant today)")
    public enum Reason {
        /** SKIPPED: the post already has a list of the template's holder kind for the year. */
        LIST_EXISTS,
        /** REFUSED: the caller's organization does not issue this kind of list to this post. */
        NOT_ISSUER,
        /** CREATED, left in DRAFT: the table refused SUBMIT (e.g. a duty item is incomplete). */
        LEFT_IN_DRAFT,
        /** CREATED, left IN_REVIEW: the table refused PUBLISH (e.g. the holder post is vacant today). */
        LEFT_IN_REVIEW
    }

    @Schema(name = "ListIssueItem")
    public record Item(
            @Schema(format = "uuid") UUID postId,
            @Schema(maxLength = 100) String postTitle,
            OrgView.OrgRef holderOrg,
            Outcome outcome,
            @Schema(format = "uuid", nullable = true) UUID listId,
            @Schema(nullable = true) ListStatus status,
            @Schema(nullable = true) Reason reason) {
    }

    @Schema(name = "ListBulkIssueResult")
    public record Result(
            @Schema(minimum = "0", maximum = "2000") int created,
            @Schema(minimum = "0", maximum = "2000") int skipped,
            @Schema(minimum = "0", maximum = "2000") int refused,
            @Schema(maxItems = MAX_POSTS) List<Item> items) {
    }
}
