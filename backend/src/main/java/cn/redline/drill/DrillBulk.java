package cn.redline.drill;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Bulk push of drills from enterprise systems (issue 11 deliverable 6): each item is a drill planned or recorded after
 * the fact exactly as {@code POST /drills} takes it, judged alone and reported CREATED, EXISTING (the same externalRef
 * was pushed by this org before: nothing is created twice) or INVALID with its field errors. Valid items are stored
 * even when others fail; a drill recorded CONDUCTED counts towards its organiser's drill duty as one entered by hand.
 */
@ApplicationScoped
public class DrillBulk {

    public enum DrillBulkStatus { CREATED, EXISTING, INVALID }

    @Schema(name = "DrillBulkRequest")
    public record Request(@NotNull @Schema(minItems = 1, maxItems = 200) List<DrillInput> items) {
    }

    /** What is bound: the items as JSON trees, so a type error in one item is that item's INVALID result. */
    public record Batch(@NotNull @Size(min = 1, max = 200) List<JsonNode> items) {
    }

    @Schema(name = "DrillBulkItemResult")
    public record ItemResult(@Schema(minimum = "0", maximum = "199") int index,
                             @Schema(maxLength = 100, nullable = true) String externalRef,
                             DrillBulkStatus status,
                             @Schema(nullable = true, format = "uuid") UUID id,
                             @Schema(nullable = true) DrillStatus drillStatus,
                             @Schema(maxItems = 50, nullable = true) List<Problem.FieldError> errors) {
    }

    @Schema(name = "DrillBulkResult")
    public record Result(@Schema(minimum = "0", maximum = "200") int created,
                         @Schema(minimum = "0", maximum = "200") int existing,
                         @Schema(minimum = "0", maximum = "200") int invalid,
                         @Schema(maxItems = 200) List<ItemResult> items) {
    }

    @Inject
    Drills drills;

    @Inject
    DrillAccess access;

    @Inject
    EntityManager em;

    @Inject
    PushedDrills pushed;

    @Inject
    BulkPush bulk;

    @Transactional
    public Result push(List<JsonNode> items) {
        UUID pusher = access.callerOrgId();
        var judged = bulk.judge(items, new BulkPush.Target<>(DrillInput.class, DrillInput::externalRef,
                ref -> pushed.find(pusher, ref).map(PushedDrills.Pushed::of),
                in -> {
                    DrillView v = drills.record(in);
                    return new PushedDrills.Pushed(v.id(), v.status());
                }));
        em.flush();
        return PushedDrills.result(judged);
    }
}
