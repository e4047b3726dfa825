package cn.redline.assessment;

import cn.redline.duty.list.IndicatorMetric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One warning to a unit's leader before a veto happens (§4.7.3). The fields of its kind are set, the others null:
 * CONTROL_INDICATOR: controlMetric, ceiling, actual, percent, listId; OVERDUE_MAJOR_HAZARD: hazardId, hazardCode,
 * deadline, daysOverdue, supervised; VETO_RULE: assessmentId, schemeId, vetoRule, metric, actual, threshold, percent.
 */
@Schema(name = "VetoWarning", description = "A warning to the unit's leader before a veto happens (目标管理预警): a control "
        + "indicator at 80 % of its ceiling or over it, an overdue major hazard, or a veto rule of an open assessment that the "
        + "live metric nears (80 %) or meets")
public record VetoWarning(
        VetoWarningKind kind,
        @Schema(description = "WARNING: near (from 80 %, or an overdue hazard); EXCEEDED: the ceiling is passed or the veto "
                + "condition already holds on the live value") WarningLevel level,
        @Schema(maxLength = 500, description = "The warning in words, in the caller's language") String message,
        @Schema(nullable = true) IndicatorMetric controlMetric,
        @Schema(nullable = true, minimum = "-1000000", maximum = "999999999999") BigDecimal ceiling,
        @Schema(nullable = true, minimum = "-1000000", maximum = "99999999999999", description = "The value now: year to date "
                + "for a control indicator, the live metric for a veto rule") BigDecimal actual,
        @Schema(nullable = true, minimum = "0", maximum = "9999999999999999", description = "actual ÷ ceiling (or threshold) in "
                + "percent, 2 decimals") BigDecimal percent,
        @Schema(nullable = true, format = "uuid", description = "The signed 目标管理责任书 setting the ceiling") UUID listId,
        @Schema(nullable = true, format = "uuid") UUID hazardId,
        @Schema(nullable = true, maxLength = 40) String hazardCode,
        @Schema(nullable = true, description = "The hazard's rectification deadline") LocalDate deadline,
        @Schema(nullable = true, minimum = "1", maximum = "100000") Long daysOverdue,
        @Schema(nullable = true, description = "The hazard is listed for supervision (挂牌督办)") Boolean supervised,
        @Schema(nullable = true, format = "uuid") UUID assessmentId,
        @Schema(nullable = true, format = "uuid") UUID schemeId,
        @Schema(nullable = true, maxLength = 40, description = "The scheme's veto rule code") String vetoRule,
        @Schema(nullable = true) MetricCode metric,
        @Schema(nullable = true, minimum = "-1000000", maximum = "1000000", description = "The veto rule's threshold") BigDecimal threshold) {

    @Schema(name = "VetoWarnings", description = "The warnings of one unit as of today, the most severe first")
    public record Page(
            @Schema(format = "uuid") UUID orgId,
            @Schema(maxLength = 100) String orgName,
            @Schema(description = "The day the warnings are computed for (Asia/Shanghai)") LocalDate asOf,
            @Schema(maxItems = 200) List<VetoWarning> items) {
    }
}
