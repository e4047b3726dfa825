package cn.redline.fulfilment;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FulfilmentRecordPage")
public record FulfilmentPage(@Schema(maxItems = 200) List<FulfilmentView> items,
                             @Schema(nullable = true, maxLength = 512) String nextCursor) {
}
