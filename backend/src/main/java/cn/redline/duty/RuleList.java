package cn.redline.duty;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RequirementRuleList")
public record RuleList(@Schema(maxItems = RuleService.MAX_RULES) List<RuleView> items) {
}
