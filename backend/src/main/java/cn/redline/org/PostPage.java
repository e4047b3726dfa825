package cn.redline.org;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PostPage")
public record PostPage(@Schema(maxItems = 200) List<PostView> items,
                       @Schema(nullable = true, maxLength = 512) String nextCursor) {
}
