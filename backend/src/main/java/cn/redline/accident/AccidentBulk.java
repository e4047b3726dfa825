package cn.redline.accident;

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
        UUID pusher = callerOrg.orgId();
        for (int i = 0; i < items.size(); i++) {
            List<Problem.FieldError> errors = new ArrayList<>();
            AccidentInput in = BulkItems.bind(json, items.get(i), AccidentInput.class, errors);
            if (in != null) {
                for (ConstraintViolation<AccidentInput> v : validator.validate(in)) {
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
                results.add(new ItemResult(i, ref, AccidentBulkStatus.INVALID, null, null, errors));
                continue;
            }
            var previous = repository.find("pushedByOrgId = ?1 and externalRef = ?2", pusher, ref).firstResultOptional();
            if (previous.isPresent()) {
                results.add(new ItemResult(i, ref, AccidentBulkStatus.EXISTING, previous.get().id, previous.get().level, null));
                existing++;
                continue;
            }
            try {
                Accident a = accidents.enter(in, AccidentSource.INTEGRATION, pusher);
                audit.record(Accident.AUDIT_ENTITY, a.id.toString(), "push", a.scopePath, null,
                        Map.of("externalRef", ref, "level", a.level.name()));
                results.add(new ItemResult(i, ref, AccidentBulkStatus.CREATED, a.id, a.level, null));
                created++;
            } catch (ProblemException e) {
                Problem p = e.problem();
                List<Problem.FieldError> errs = p.errors() != null ? p.errors() : List.of(new Problem.FieldError("item", p.detail()));
                results.add(new ItemResult(i, ref, AccidentBulkStatus.INVALID, null, null, errs));
            }
        }
        em.flush();
        return new Result(created, existing, items.size() - created - existing, results);
    }
}
