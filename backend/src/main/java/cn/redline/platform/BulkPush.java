package cn.redline.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The judging loop every bulk push from another system shares: each item is bound and validated alone (a type error
 * in one item is that item's error, not a 400 for the batch), must carry an externalRef unique in the push, and is
 * reported CREATED, EXISTING (the same externalRef was pushed by this org before: nothing is created twice) or
 * INVALID with its field errors, in the order given. Valid items are stored even when others fail. The feature
 * keeps its own request and result records (the contract's) and maps the judged items onto them; it runs this
 * inside its transaction.
 */
@ApplicationScoped
public class BulkPush {

    public enum Outcome { CREATED, EXISTING, INVALID }

    /** One item judged: the record created or found (null when INVALID), or its errors sorted by field. */
    public record Judged<R>(int index, String externalRef, Outcome outcome, R record, List<Problem.FieldError> errors) {
    }

    /** What a feature supplies: the item type, its externalRef, the record an earlier push created, and creation
     * (a {@link ProblemException} rejects the item with the problem's field errors or detail). */
    public record Target<I, R>(Class<I> type, Function<I, String> externalRef, Function<String, Optional<R>> existing,
                               Function<I, R> create) {
    }

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    public <I, R> List<Judged<R>> judge(List<JsonNode> items, Target<I, R> target) {
        List<Judged<R>> judged = new ArrayList<>(items.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            List<Problem.FieldError> errors = new ArrayList<>();
            I in = BulkItems.bind(json, items.get(i), target.type(), errors);
            String ref = in == null ? BulkItems.externalRefOf(items.get(i)) : target.externalRef().apply(in);
            if (in != null) {
                for (ConstraintViolation<I> v : validator.validate(in)) {
                    errors.add(new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()));
                }
                if (ref == null || ref.isBlank()) {
                    errors.add(new Problem.FieldError("externalRef", "is required in a bulk push, so a re-push creates nothing twice"));
                } else if (!seen.add(ref)) {
                    errors.add(new Problem.FieldError("externalRef", "appears twice in this push"));
                }
            }
            if (!errors.isEmpty()) {
                errors.sort(Comparator.comparing(Problem.FieldError::field));
                judged.add(new Judged<>(i, ref, Outcome.INVALID, null, errors));
                continue;
            }
            Optional<R> previous = target.existing().apply(ref);
            if (previous.isPresent()) {
                judged.add(new Judged<>(i, ref, Outcome.EXISTING, previous.get(), null));
                continue;
            }
            try {
                judged.add(new Judged<>(i, ref, Outcome.CREATED, target.create().apply(in), null));
            } catch (ProblemException e) {
                Problem p = e.problem();
                judged.add(new Judged<>(i, ref, Outcome.INVALID, null,
                        p.errors() != null ? p.errors() : List.of(new Problem.FieldError("item", p.detail()))));
            }
        }
        return judged;
    }

    /** How many of {@code judged} had {@code outcome}. */
    public static int count(List<? extends Judged<?>> judged, Outcome outcome) {
        return (int) judged.stream().filter(j -> j.outcome() == outcome).count();
    }
}
