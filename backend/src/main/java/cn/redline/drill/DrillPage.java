package cn.redline.drill;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DrillPage")
public record DrillPage(@Schema(maxItems = 200) List<DrillView> items,
                        @Schema(nullable = true, maxLength = 512) String nextCursor) {
}
