package cn.redline.audit;

import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEntry", description = "One recorded change")
public record AuditEntryView(
        @Schema(maxLength = 20, example = "1042") String id,
        @Schema(format = "date-time") OffsetDateTime at,
        @Schema(maxLength = 255, example = "f1c2a7e0-4b1d-4c1e-9a55-0e4f3b2d7c11") String actorSubject,
        @Schema(maxLength = 255, example = "王 安全") String actorName,
        @Schema(maxLength = 32, example = "520102") String actorOrgCode,
        @Schema(maxLength = 40, example = "org") String entityType,
        @Schema(maxLength = 64, example = "6f1d8c2e-0b7a-4f5e-9d33-1a2b3c4d5e6f") String entityId,
        @Schema(maxLength = 40, example = "update") String action,
        @Schema(description = "State before the change; absent for a creation", maxProperties = 64) Map<String, Object> before,
        @Schema(description = "State after the change", maxProperties = 64) Map<String, Object> after) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(String.valueOf(e.id), e.at, e.actorSubject, e.actorName, e.actorOrgCode,
                e.entityType, e.entityId, e.action, e.before, e.after);
    }
}
