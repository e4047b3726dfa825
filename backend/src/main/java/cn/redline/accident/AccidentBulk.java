package cn.redline.accident;

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
 * Bulk push of accidents from a provincial 直报 system: each item is judged alone and reported CREATED, EXISTING (the
 * same externalRef was pushed by this org before: nothing is created twice) or INVALID with its field errors. Valid
 * items are stored even when others fail.
 */
@ApplicationScoped
public class AccidentBulk {

    public enum AccidentBulkStatus { CREATED, EXISTING, INVALID }

    @Schema(name = "AccidentBulkRequest")
    public record Request(@NotNull @Schema(minItems = 1, maxItems = 200) List<AccidentInput> items) {
    }

    /** What is bound: the items as JSON trees, so a type error in one item is that item's INVALID result. */
    public record Batch(@NotNull @Size(min = 1, max = 200) List<JsonNode> items) {
    }

    @Schema(name = "AccidentBulkItemResult")
    public record ItemResult(@Schema(minimum = "0", maximum = "199") int index,
                             @Schema(maxLength = 100, nullable = true) String externalRef,
                             AccidentBulkStatus status,
                             @Schema(nullable = true, format = "uuid") UUID id,
                             @Schema(nullable = true) AccidentLevel level,
                             @Schema(maxItems = 50, nullable = true) List<Problem.FieldError> errors) {
    }

    @Schema(name = "AccidentBulkResult")
    public record Result(@Schema(minimum = "0", maximum = "200") int created,
                         @Schema(minimum = "0", maximum = "200") int existing,
                         @Schema(minimum = "0", maximum = "200") int invalid,
                         @Schema(maxItems = 200) List<ItemResult> items) {
    }

    @Inject
    Accidents accidents;

    @Inject
    AccidentRepository repository;

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
        UUID pusher = callerOrg.orgId();
        var judged = bulk.judge(items, new BulkPush.Target<>(AccidentInput.class, AccidentInput::externalRef,
                ref -> repository.find("pushedByOrgId = ?1 and externalRef = ?2", pusher, ref).firstResultOptional(),
                in -> {
                    Accident a = accidents.enter(in, AccidentSource.INTEGRATION, pusher);
                    audit.record(Accident.AUDIT_ENTITY, a.id.toString(), "push", a.scopePath, null,
                            Map.of("externalRef", in.externalRef(), "level", a.level.name()));
                    return a;
                }));
        em.flush();
        List<ItemResult> results = judged.stream().map(j -> new ItemResult(j.index(), j.externalRef(),
                AccidentBulkStatus.valueOf(j.outcome().name()), j.record() == null ? null : j.record().id,
                j.record() == null ? null : j.record().level, j.errors())).toList();
        return new Result(BulkPush.count(judged, BulkPush.Outcome.CREATED), BulkPush.count(judged, BulkPush.Outcome.EXISTING),
                BulkPush.count(judged, BulkPush.Outcome.INVALID), results);
    }
}
