package cn.redline.drill;

import cn.redline.org.OrgView;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DrillCoverage", description = "Drill-duty coverage of an organization's subtree for the periods holding a day: "
        + "obligations by status and organizations by colour (red: a duty missed; yellow: one at risk, none missed; "
        + "green: the rest), in total, of the organization itself and per child")
public record DrillCoverageView(
        @Schema(format = "uuid") UUID orgId,
        LocalDate on,
        Counts total,
        @Schema(description = "The organization's own obligations") Counts own,
        @Schema(maxItems = 10000) List<Child> children,
        @Schema(nullable = true, description = "Under children the caller does not see (a supervising department's "
                + "enterprises in regions outside its own subtree)") Counts others) {

    @Schema(name = "DrillCoverageChild")
    public record Child(OrgView.OrgRef org, Counts counts) {
    }

    @Schema(name = "DrillCoverageCounts")
    public record Counts(
            @Schema(minimum = "0", maximum = "100000000", description = "Obligations met or waived") long met,
            @Schema(minimum = "0", maximum = "100000000", description = "Obligations open with more than the at-risk days left") long open,
            @Schema(minimum = "0", maximum = "100000000", description = "Obligations at risk (default 30 days or fewer left)") long atRisk,
            @Schema(minimum = "0", maximum = "100000000", description = "Obligations missed or partly met, the period over") long missed,
            @Schema(minimum = "0", maximum = "100000000", description = "Organizations with nothing missed or at risk") long green,
            @Schema(minimum = "0", maximum = "100000000", description = "Organizations with a duty at risk and none missed") long yellow,
            @Schema(minimum = "0", maximum = "100000000", description = "Organizations with a duty missed") long red) {

        static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(met + o.met, open + o.open, atRisk + o.atRisk, missed + o.missed, green + o.green,
                    yellow + o.yellow, red + o.red);
        }
    }
}
