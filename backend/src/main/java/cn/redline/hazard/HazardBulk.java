package cn.redline.hazard;

import cn.redline.audit.AuditLog;
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
        int created = 0, existing = 0, invalid = 0;
        UUID reporter = callerOrg.org().id;
        for (int i = 0; i < items.size(); i++) {
            List<Problem.FieldError> errors = new ArrayList<>();
            HazardInput in = BulkItems.bind(json, items.get(i), HazardInput.class, errors);
            if (in != null) {
                for (ConstraintViolation<HazardInput> v : validator.validate(in)) {
                    errors.add(new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()));
                }
                if (in.externalRef() == null || in.externalRef().isBlank()) {
                    errors.add(new Problem.FieldError("externalRef", "is required in a bulk push, so a re-push creates nothing twice"));
                } else if (!seen.add(in.externalRef())) {
                    errors.add(new Problem.FieldError("externalRef", "appears twice in this push"));
                }
            }
            if (!errors.isEmpty()) {
                errors.sort(Comparator.comparing(Problem.FieldError::field));
                results.add(new ItemResult(i, in == null ? BulkItems.externalRefOf(items.get(i)) : in.externalRef(), ItemStatus.INVALID,
                        null, null, errors));
                invalid++;
                continue;
            }
            var previous = hazards.find("reporterOrgId = ?1 and externalRef = ?2", reporter, in.externalRef()).firstResultOptional();
            if (previous.isPresent()) {
                results.add(new ItemResult(i, in.externalRef(), ItemStatus.EXISTING, previous.get().id, previous.get().code, null));
                existing++;
                continue;
            }
            try {
                Hazard h = reporting.file(in, true);
                audit.record(Hazard.AUDIT_ENTITY, h.id.toString(), "report", h.scopePath, null,
                        Map.of("code", h.code, "externalRef", h.externalRef));
                results.add(new ItemResult(i, in.externalRef(), ItemStatus.CREATED, h.id, h.code, null));
                created++;
            } catch (ProblemException e) {
                Problem p = e.problem();
                List<Problem.FieldError> errs = p.errors() != null ? p.errors()
                        : List.of(new Problem.FieldError("item", p.detail()));
                results.add(new ItemResult(i, in.externalRef(), ItemStatus.INVALID, null, null, errs));
                invalid++;
            }
        }
        em.flush();
        return new Result(created, existing, invalid, results);
    }
}
