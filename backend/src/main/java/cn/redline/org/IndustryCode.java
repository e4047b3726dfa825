package cn.redline.org;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Contract-only type: an industry code as it appears in lists. */
@Schema(name = "IndustryCode", type = SchemaType.STRING, maxLength = 40, example = "CONSTRUCTION",
        description = "Code of an industry from GET /api/v1/industries")
final class IndustryCode {
    private IndustryCode() {
    }
}
