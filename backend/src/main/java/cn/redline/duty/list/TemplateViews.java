package cn.redline.duty.list;

import cn.redline.org.OrgView;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API shapes of list templates. */
public final class TemplateViews {

    private TemplateViews() {
    }

    @Schema(name = "ListTemplateSummary", description = "The latest version of a template code")
    public record Summary(
            @Schema(format = "uuid") UUID id,
            @Schema(maxLength = 60, example = "TERRITORY-TOWNSHIP") String code,
            @Schema(minimum = "1", maximum = "100000") int versionNo,
            HolderKind holderKind,
            @Schema(maxLength = 200) String title,
            @Schema(nullable = true, description = "Null for a template of the system (seeded from the sources)")
            OrgView.OrgRef issuingOrg,
            @Schema(maxLength = 500) String sourceDocs,
            @Schema(minimum = "0", maximum = "200") int itemCount,
            boolean retired,
            OffsetDateTime createdAt) {
    }

    @Schema(name = "ListTemplatePage")
    public record Page(@Schema(maxItems = 200) List<Summary> items,
                       @Schema(nullable = true, maxLength = 512) String nextCursor) {
    }

    @Schema(name = "ListTemplate", description = "A template version with its duty items, copied into a list drafted from it")
    public record Detail(
            @Schema(format = "uuid") UUID id,
            @Schema(maxLength = 60) String code,
            @Schema(minimum = "1", maximum = "100000") int versionNo,
            @Schema(description = "Whether this is the code's newest version (only it is edited)") boolean latest,
            HolderKind holderKind,
            @Schema(maxLength = 200) String title,
            @Schema(nullable = true) OrgView.OrgRef issuingOrg,
            @Schema(maxLength = 500) String sourceDocs,
            @Schema(maxItems = 200) List<ItemSpec> items,
            @Schema(nullable = true) OffsetDateTime retiredAt,
            @Schema(nullable = true, maxLength = 255) String retiredBy,
            @Schema(maxLength = 255) String createdBy,
            OffsetDateTime createdAt,
            @Schema(minimum = "0", maximum = "9223372036854775807") long version) {
    }
}
