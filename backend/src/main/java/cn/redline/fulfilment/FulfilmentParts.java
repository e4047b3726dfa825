package cn.redline.fulfilment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The structured parts of a fulfilment record, stored as JSON beside it and shown as they are. */
public final class FulfilmentParts {

    private FulfilmentParts() {
    }

    /**
     * Who did it: a post (resolved to whoever held it on the record's date) or a named person. The server fills
     * {@code personName}/{@code personRef} of a post from its assignment, so the record names the person of that day.
     */
    @Schema(name = "FulfilmentPerformer")
    public record Performer(
            @Schema(nullable = true, format = "uuid", description = "A post; resolved to its holder on the record's date") UUID postId,
            @Schema(nullable = true, maxLength = 100) @Size(max = 100) String personName,
            @Schema(nullable = true, maxLength = 100, description = "The person's stable reference (login or personnel number)")
            @Size(max = 100) String personRef) {
    }

    /** 被检查单位 / 对方: who was met, their opinion and whether they signed it (L24). */
    @Schema(name = "FulfilmentCounterpart")
    public record Counterpart(
            @Schema(maxLength = 200) @NotBlank @Size(max = 200) String unit,
            @Schema(nullable = true, maxLength = 100) @Size(max = 100) String person,
            @Schema(nullable = true, maxLength = 2000) @Size(max = 2000) String opinion,
            boolean signed) {
    }

    /** 整改要求 and 复查情况 (L24). */
    @Schema(name = "FulfilmentFollowUp")
    public record FollowUp(
            @Schema(nullable = true, maxLength = 2000) @Size(max = 2000) String demands,
            @Schema(nullable = true, maxLength = 2000) @Size(max = 2000) String recheckResult) {
    }
}
