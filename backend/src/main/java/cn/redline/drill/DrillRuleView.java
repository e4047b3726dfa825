package cn.redline.drill;

import cn.redline.duty.RuleView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DrillRule", description = "A drill rule with its row version (the ETag), and after an edit what its recount did")
public record DrillRuleView(
        RuleView rule,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(nullable = true, description = "After an edit: the recount of every obligation the rule touches") Recount recount) {

    @Schema(name = "DrillRecount", description = "What a recount did, and how long it took")
    public record Recount(
            @Schema(minimum = "0", maximum = "100000000", description = "Organizations looked at") int orgs,
            @Schema(minimum = "0", maximum = "100000000") int obligationsWritten,
            @Schema(minimum = "0", maximum = "100000000", description = "Open obligations of organizations the rule no longer applies to") int obligationsRemoved,
            @Schema(minimum = "0", maximum = "100000000", description = "Drill evidence rows added, re-dated or withdrawn") int evidenceWritten,
            @Schema(minimum = "0", maximum = "100000000") long millis) {

        static Recount of(DrillRecount.Result r) {
            return new Recount(r.orgs(), r.obligationsWritten(), r.obligationsRemoved(), r.evidenceWritten(), r.millis());
        }
    }
}
