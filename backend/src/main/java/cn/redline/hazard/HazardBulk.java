package cn.redline.hazard;

import cn.redline.audit.AuditLog;
import cn.redline.org.CallerOrg;
import cn.redline.platform.BulkPush;
import cn.redline.platform.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Bulk push from enterprise and provincial systems: each item is judged on its own and reported as
 * CREATED, EXISTING (the same externalRef was pushed before: nothing created twice) or INVALID (with its
 * field errors); valid items are stored even when others fail.
 */
@ApplicationScoped
public class HazardBulk {

    public enum ItemStatus { CREATED, EXISTING, INVALID }

    /** What the contract shows for the body: each item is a {@link HazardInput}. */
    @Schema(name = "HazardBulkRequest")
    public record Request(@NotNull @Schema(minItems = 1, maxItems = 500) List<HazardInput> items) {
    }

    /**
     * What is bound: the items as JSON trees, so that a type or enum error in one item is that item's INVALID
     * result rather than a 400 for the whole batch. Each is converted with the same strict mapper as a single report.
     */
    public record Batch(@NotNull @Size(min = 1, max = 500) List<JsonNode> items) {
    }

    @Schema(name = "HazardBulkItemResult")
    public record ItemResult(@Schema(minimum = "0", maximum = "499") int index,
                             @Schema(maxLength = 100, nullable = true) String externalRef,
                             ItemStatus status,
                             @Schema(nullable = true, format = "uuid") UUID id,
                             @Schema(maxLength = 20, nullable = true) String code,
                             @Schema(maxItems = 50, nullable = true) List<Problem.FieldError> errors) {
    }

    @Schema(name = "HazardBulkResult")
    public record Result(@Schema(minimum = "0", maximum = "500") int created,
                         @Schema(minimum = "0", maximum = "500") int existing,
                         @Schema(minimum = "0", maximum = "500") int invalid,
                         @Schema(maxItems = 500) List<ItemResult> items) {
    }

    @Inject
    HazardReporting reporting;

    @Inject
    HazardRepository hazards;

    @Inject
    CallerOrg callerOrg;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;


    @Inject
    BulkPush bulk;

    @Transactional
    public Result push(List<JsonNode> items) {
        UUID reporter = callerOrg.org().id;
        var judged = bulk.judge(items, new BulkPush.Target<>(HazardInput.class, HazardInput::externalRef,
                ref -> hazards.find("reporterOrgId = ?1 and externalRef = ?2", reporter, ref).firstResultOptional(),
                in -> {
                    Hazard h = reporting.file(in, true);
                    audit.record(Hazard.AUDIT_ENTITY, h.id.toString(), "report", h.scopePath, null,
                            Map.of("code", h.code, "externalRef", h.externalRef));
                    return h;
                }));
        em.flush();
        List<ItemResult> results = judged.stream().map(j -> new ItemResult(j.index(), j.externalRef(),
                ItemStatus.valueOf(j.outcome().name()), j.record() == null ? null : j.record().id,
                j.record() == null ? null : j.record().code, j.errors())).toList();
        return new Result(BulkPush.count(judged, BulkPush.Outcome.CREATED), BulkPush.count(judged, BulkPush.Outcome.EXISTING),
                BulkPush.count(judged, BulkPush.Outcome.INVALID), results);
    }
}
