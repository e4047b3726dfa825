package cn.redline.assessment;

import cn.redline.org.OrgView;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ControlIndicatorBulletin", description = "The monthly publication (控制指标月度通报) of an org: each of its "
        + "territories and departments against its control indicators from 1 January to the month's end")
public record ControlBulletin(
        OrgView.OrgRef org,
        @Schema(minimum = "2000", maximum = "2100") int year,
        @Schema(minimum = "1", maximum = "12") int month,
        @Schema(description = "The last day counted: the month's end, or today while the month runs") LocalDate asOf,
        @Schema(minimum = "0", maximum = "100000", description = "Units over a ceiling") int exceeded,
        @Schema(minimum = "0", maximum = "100000", description = "Units at 80 % of a ceiling or more, none over") int warned,
        @Schema(minimum = "0", maximum = "100000", description = "Units without a signed 目标管理责任书 for the year") int unsigned,
        @Schema(maxItems = 100000, description = "The direct child territories and departments the caller may see, by code")
        List<ControlStatusView> units) {
}
