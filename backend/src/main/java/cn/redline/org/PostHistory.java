package cn.redline.org;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PostHistory", description = "Everyone who held a post, newest first")
public record PostHistory(@Schema(maxItems = PostRepository.MAX_HISTORY) List<PostAssignmentView> items) {
}
