package cn.redline.duty;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ObligationPage")
public record ObligationPage(@Schema(maxItems = 200) List<ObligationView> items,
                             @Schema(nullable = true, maxLength = 512) String nextCursor) {
}
