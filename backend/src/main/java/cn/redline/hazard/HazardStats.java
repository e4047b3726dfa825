package cn.redline.hazard;

import cn.redline.org.OrgView.OrgRef;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HazardStats", description = "Supervisors' figures for the tickets in scope (and filters)")
public record HazardStats(
        @Schema(minimum = "0", maximum = "2147483647") long total,
        @Schema(minimum = "0", maximum = "2147483647", description = "Not closed and not rejected") long open,
        @Schema(minimum = "0", maximum = "2147483647") long closed,
        @Schema(minimum = "0", maximum = "2147483647") long rejected,
        @Schema(minimum = "0", maximum = "2147483647", description = "Open and past the deadline") long overdue,
        @Schema(minimum = "0", maximum = "2147483647", description = "Major, listed for supervision (挂牌督办), not closed")
        long majorUnderSupervision,
        @Schema(minimum = "0", maximum = "1", description = "整改率: closed / (total − rejected); 0 when there are none")
        double closureRate,
        @Schema(maxItems = 10) List<Count> byState,
        @Schema(maxItems = 5) List<Count> byLevel,
        @Schema(maxItems = 100) List<Count> byIndustry,
        @Schema(maxItems = 500, description = "Per child of the chosen territory (or of the caller's org)") List<TerritoryCount> byTerritory,
        @Schema(maxItems = 24, description = "Reported and closed per month (Asia/Shanghai), oldest first") List<Month> monthly) {

    @Schema(name = "HazardCount")
    public record Count(@Schema(maxLength = 40) String key, @Schema(minimum = "0", maximum = "2147483647") long count) {
    }

    @Schema(name = "HazardTerritoryCount")
    public record TerritoryCount(OrgRef territory, @Schema(minimum = "0", maximum = "2147483647") long total,
                                 @Schema(minimum = "0", maximum = "2147483647") long closed,
                                 @Schema(minimum = "0", maximum = "2147483647") long overdue) {
    }

    @Schema(name = "HazardMonth")
    public record Month(@Schema(maxLength = 7, example = "2026-11") String month,
                        @Schema(minimum = "0", maximum = "2147483647") long reported,
                        @Schema(minimum = "0", maximum = "2147483647") long closed) {
    }
}
