package cn.redline.org;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Contract-only type: a realm role as carried in the token. */
@Schema(name = "RoleName", type = SchemaType.STRING, maxLength = 40, example = "safety_office",
        description = "admin, safety_office, department, enterprise, inspector, leader or integration")
final class RoleName {
    private RoleName() {
    }
}
