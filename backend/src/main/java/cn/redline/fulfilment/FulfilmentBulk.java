package cn.redline.fulfilment;

import cn.redline.audit.AuditLog;
import cn.redline.fulfilment.FulfilmentEnums.FulfilmentSource;
import cn.redline.fulfilment.FulfilmentEnums.FulfilmentState;
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
 * Bulk push of fulfilment evidence from other systems (meeting minutes from an OA system, inspections from an
 * enterprise's system): each item is judged alone and reported CREATED (submitted for review, or kept as a DRAFT
 * with the reason when its evidence is incomplete), EXISTING (the same externalRef was pushed before: nothing is
 * created twice) or INVALID with its field errors. Valid items are stored even when others fail.
 */
@ApplicationScoped
public class FulfilmentBulk {

    public enum FulfilmentBulkStatus { CREATED, EXISTING, INVALID }

    @Schema(name = "FulfilmentBulkRequest")
    public record Request(@NotNull @Schema(minItems = 1, maxItems = 200) List<FulfilmentInput> items) {
    }

    /** What is bound: the items as JSON trees, so a type error in one item is that item's INVALID result. */
    public record Batch(@NotNull @Size(min = 1, max = 200) List<JsonNode> items) {
    }

    @Schema(name = "FulfilmentBulkItemResult")
    public record ItemResult(@Schema(minimum = "0", maximum = "199") int index,
                             @Schema(maxLength = 100, nullable = true) String externalRef,
                             FulfilmentBulkStatus status,
                             @Schema(nullable = true, format = "uuid") UUID id,
                             @Schema(description = "SUBMITTED, or DRAFT when not yet submittable") FulfilmentState state,
                             @Schema(maxLength = 500, nullable = true, description = "Why a created record stays a DRAFT")
                             String notSubmitted,
                             @Schema(maxItems = 50, nullable = true) List<Problem.FieldError> errors) {
    }

    @Schema(name = "FulfilmentBulkResult")
    public record Result(@Schema(minimum = "0", maximum = "200") int created,
                         @Schema(minimum = "0", maximum = "200") int existing,
                         @Schema(minimum = "0", maximum = "200") int invalid,
                         @Schema(maxItems = 200) List<ItemResult> items) {
    }

    @Inject
    Fulfilments fulfilments;

    @Inject
    FulfilmentRepository records;

    @Inject
    CallerOrg callerOrg;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    BulkPush bulk;

    /** A record pushed, and why it stays a DRAFT when it does. */
    private record Pushed(FulfilmentRecord record, String notSubmitted) {
    }

    @Transactional
    public Result push(List<JsonNode> items) {
        UUID pusher = callerOrg.org().id;
        var judged = bulk.judge(items, new BulkPush.Target<>(FulfilmentInput.class, FulfilmentInput::externalRef,
                ref -> records.find("pushedByOrgId = ?1 and externalRef = ?2", pusher, ref).firstResultOptional()
                        .map(r -> new Pushed(r, null)),
                in -> {
                    FulfilmentRecord r = fulfilments.enter(in, FulfilmentSource.INTEGRATION, pusher);
                    String refusal = fulfilments.submitPushed(r);
                    audit.record(FulfilmentRecord.AUDIT_ENTITY, r.id.toString(), "push", em.find(cn.redline.org.Org.class, r.orgId).path,
                            null, Map.of("externalRef", in.externalRef(), "state", r.state.name()));
                    return new Pushed(r, refusal);
                }));
        em.flush();
        List<ItemResult> results = judged.stream().map(j -> new ItemResult(j.index(), j.externalRef(),
                FulfilmentBulkStatus.valueOf(j.outcome().name()), j.record() == null ? null : j.record().record().id,
                j.record() == null ? null : j.record().record().state, j.record() == null ? null : j.record().notSubmitted(),
                j.errors())).toList();
        return new Result(BulkPush.count(judged, BulkPush.Outcome.CREATED), BulkPush.count(judged, BulkPush.Outcome.EXISTING),
                BulkPush.count(judged, BulkPush.Outcome.INVALID), results);
    }
}
