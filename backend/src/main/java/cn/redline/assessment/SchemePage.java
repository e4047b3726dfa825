package cn.redline.assessment;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssessmentSchemePage")
public record SchemePage(@Schema(maxItems = 200) List<SchemeView> items,
                         @Schema(nullable = true, maxLength = 512) String nextCursor) {
}
