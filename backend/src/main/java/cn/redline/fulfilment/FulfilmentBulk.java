package cn.redline.fulfilment;

import cn.redline.audit.AuditLog;
import cn.redline.fulfilment.FulfilmentEnums.FulfilmentSource;
import cn.redline.fulfilment.FulfilmentEnums.FulfilmentState;
import cn.redline.org.CallerOrg;
import cn.redline.platform.BulkItems;
import cn.redline.platform.Problem;
import cn.redline.platform.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    Validator validator;

    @Inject
    CallerOrg callerOrg;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Transactional
    public Result push(List<JsonNode> items) {
        List<ItemResult> results = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int created = 0;
        int existing = 0;
        UUID pusher = callerOrg.org().id;
        for (int i = 0; i < items.size(); i++) {
            List<Problem.FieldError> errors = new ArrayList<>();
            FulfilmentInput in = BulkItems.bind(json, items.get(i), FulfilmentInput.class, errors);
            if (in != null) {
                for (ConstraintViolation<FulfilmentInput> v : validator.validate(in)) {
                    errors.add(new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()));
                }
                if (in.externalRef() == null || in.externalRef().isBlank()) {
                    errors.add(new Problem.FieldError("externalRef", "is required in a bulk push, so a re-push creates nothing twice"));
                } else if (!seen.add(in.externalRef())) {
                    errors.add(new Problem.FieldError("externalRef", "appears twice in this push"));
                }
            }
            String ref = in == null ? BulkItems.externalRefOf(items.get(i)) : in.externalRef();
            if (!errors.isEmpty()) {
                errors.sort(Comparator.comparing(Problem.FieldError::field));
                results.add(new ItemResult(i, ref, FulfilmentBulkStatus.INVALID, null, null, null, errors));
                continue;
            }
            var previous = records.find("pushedByOrgId = ?1 and externalRef = ?2", pusher, ref).firstResultOptional();
            if (previous.isPresent()) {
                results.add(new ItemResult(i, ref, FulfilmentBulkStatus.EXISTING, previous.get().id, previous.get().state, null, null));
                existing++;
                continue;
            }
            try {
                FulfilmentRecord r = fulfilments.enter(in, FulfilmentSource.INTEGRATION, pusher);
                String refusal = fulfilments.submitPushed(r);
                audit.record(FulfilmentRecord.AUDIT_ENTITY, r.id.toString(), "push", em.find(cn.redline.org.Org.class, r.orgId).path,
                        null, Map.of("externalRef", ref, "state", r.state.name()));
                results.add(new ItemResult(i, ref, FulfilmentBulkStatus.CREATED, r.id, r.state, refusal, null));
                created++;
            } catch (ProblemException e) {
                Problem p = e.problem();
                List<Problem.FieldError> errs = p.errors() != null ? p.errors() : List.of(new Problem.FieldError("item", p.detail()));
                results.add(new ItemResult(i, ref, FulfilmentBulkStatus.INVALID, null, null, null, errs));
            }
        }
        em.flush();
        return new Result(created, existing, items.size() - created - existing, results);
    }
}
