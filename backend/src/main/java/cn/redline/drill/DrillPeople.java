package cn.redline.drill;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who leads a drill (§3.3 roles, D17): 总指挥 (starts, ends, may stop it), 总策划, the evaluators (log the timeline) and
 * the commander's delegates. A person named with their account (subject) acts as that role; by name only, the
 * organiser's staff act for them.
 */
@Schema(name = "DrillPeople")
public record DrillPeople(@Schema(nullable = true, description = "总指挥; null until named") @Valid Person commander,
                          @Schema(nullable = true, description = "总策划; null until named") @Valid Person planner,
                          @Schema(maxItems = 50) @Size(max = 50) List<@Valid Person> evaluators,
                          @Schema(maxItems = 10, description = "Whom the commander delegates start and end to")
                          @Size(max = 10) List<@Valid Person> delegates) {

    @Schema(name = "DrillPerson")
    public record Person(@Schema(maxLength = 100, example = "张建国") @NotBlank @Size(max = 100) String name,
                         @Schema(nullable = true, maxLength = 255, description = "The person's account (token subject), when they act in Redline")
                         @Size(max = 255) String subject) {
    }

    static DrillPeople none() {
        return new DrillPeople(null, null, List.of(), List.of());
    }

    DrillPeople normalised() {
        return new DrillPeople(commander, planner, evaluators == null ? List.of() : evaluators,
                delegates == null ? List.of() : delegates);
    }

    /** Whether {@code subject} is the commander or one of their delegates. */
    boolean commands(String subject) {
        return is(commander, subject) || delegates().stream().anyMatch(p -> is(p, subject));
    }

    boolean evaluates(String subject) {
        return evaluators().stream().anyMatch(p -> is(p, subject));
    }

    /** Whether anyone is named with an account for command: then only they start and end. */
    boolean commandNamed() {
        return (commander != null && commander.subject() != null) || delegates().stream().anyMatch(p -> p.subject() != null);
    }

    private static boolean is(Person p, String subject) {
        return p != null && p.subject() != null && p.subject().equals(subject);
    }
}
