package cn.redline.assessment;

import cn.redline.duty.list.IndicatorMetric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ControlIndicatorStatus", description = "An org's control indicators for a year against the accidents in "
        + "its subtree from 1 January to the end of the month (§4.2 ControlIndicatorStatus)")
public record ControlStatusView(
        @Schema(format = "uuid") UUID orgId,
        @Schema(maxLength = 200) String orgName,
        @Schema(minimum = "2000", maximum = "2100") int year,
        @Schema(minimum = "1", maximum = "12") int month,
        @Schema(description = "The last day counted: the month's end, or today while the month runs") LocalDate asOf,
        @Schema(maxItems = 5, description = "One per metric the org's signed 目标管理责任书 caps; empty when none is signed")
        List<Item> items) {

    @Schema(name = "ControlIndicatorStatusItem")
    public record Item(IndicatorMetric metric,
                       @Schema(minimum = "0", maximum = "999999999999") BigDecimal ceiling,
                       @Schema(minimum = "0", maximum = "99999999999999", description = "Year to date; ACC_DIRECT_LOSS in 10k CNY") BigDecimal actual,
                       @Schema(nullable = true, minimum = "0", maximum = "9999999999999999", description = "actual ÷ ceiling in percent, 2 decimals; null for a zero ceiling")
                       BigDecimal percent,
                       WarningLevel level,
                       @Schema(maxLength = 300, description = "The status in words, in the caller's language") String reason,
                       @Schema(format = "uuid", description = "The signed list (目标管理责任书) that sets the ceiling") UUID listId,
                       @Schema(format = "uuid") UUID indicatorId,
                       @Schema(minimum = "0", maximum = "9999999999999999", description = "The ceilings the org's children's signed lists take from this one, added up")
                       BigDecimal childrenCeilingTotal,
                       @Schema(description = "The children's ceilings add up to more than this one (the cascade leaves room)")
                       boolean childrenExceedCeiling) {
    }
}
