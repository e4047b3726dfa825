package cn.redline.accident;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccidentPage")
public record AccidentPage(@Schema(maxItems = 200) List<AccidentView> items,
                           @Schema(nullable = true, maxLength = 512) String nextCursor) {
}
