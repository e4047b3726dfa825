package cn.redline.drill;

import cn.redline.platform.BulkPush;
import cn.redline.platform.Problem;
import cn.redline.platform.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Bulk push of drill evaluations from enterprise systems (issue 11 deliverable 6, §3.7 integration): each item names a
 * drill this system pushed before (by its externalRef) and carries its evaluation, stored as one entered by hand and,
 * with {@code submit}, sealed by the drill's SUBMIT_EVALUATION (so the drill is EVALUATED, enters the change feed and
 * meets what an evaluated drill meets). Each item is judged alone: CREATED, EXISTING (the drill has an evaluation
 * already: nothing is stored twice) or INVALID with its field errors, and an INVALID item stores nothing.
 */
@ApplicationScoped
public class DrillEvaluationBulk {

    @Schema(name = "DrillEvaluationPush", description = "The evaluation of a drill this system pushed")
    public record Item(@Schema(maxLength = 100, description = "The externalRef this system pushed the drill with")
                       @NotBlank @Size(max = 100) String externalRef,
                       @NotNull @Valid EvaluationInput evaluation,
                       @Schema(description = "Seal the evaluation now (SUBMIT_EVALUATION); it must then be complete") boolean submit) {
    }

    @Schema(name = "DrillEvaluationBulkRequest")
    public record Request(@NotNull @Schema(minItems = 1, maxItems = 200) List<Item> items) {
    }

    /** What is bound: the items as JSON trees, so a type error in one item is that item's INVALID result. */
    public record Batch(@NotNull @Size(min = 1, max = 200) List<JsonNode> items) {
    }

    @Inject
    DrillAccess access;

    @Inject
    DrillEvaluations evaluations;

    @Inject
    EntityManager em;

    @Inject
    PushedDrills pushed;

    @Inject
    BulkPush bulk;

    @Transactional
    public DrillBulk.Result push(List<JsonNode> items) {
        UUID pusher = access.callerOrgId();
        var judged = bulk.judge(items, new BulkPush.Target<>(Item.class, Item::externalRef,
                ref -> pushed.find(pusher, ref).filter(d -> evaluations.of(d.id).isPresent()).map(PushedDrills.Pushed::of),
                in -> {
                    Drill d = pushed.find(pusher, in.externalRef()).orElseThrow(() -> ProblemException.invalid("externalRef",
                            "no drill was pushed with this externalRef by this system"));
                    try {
                        evaluations.push(d, in.evaluation(), in.submit());
                    } catch (ProblemException e) {
                        throw within(e);
                    }
                    return PushedDrills.Pushed.of(d);
                }));
        em.flush();
        return PushedDrills.result(judged);
    }

    /** The evaluation's field errors named inside the item ("evaluation.answers[0].note"). */
    private static ProblemException within(ProblemException e) {
        List<Problem.FieldError> errors = e.problem().errors();
        if (errors == null || errors.isEmpty()) {
            return e;
        }
        return ProblemException.invalid(errors.stream().map(f -> "submit".equals(f.field()) ? f
                : new Problem.FieldError("evaluation." + f.field(), f.code(), f.message())).toList());
    }
}
