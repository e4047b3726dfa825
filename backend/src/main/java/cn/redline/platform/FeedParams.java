package cn.redline.platform;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The parameters of every change feed ({@code @Valid @BeanParam FeedParams feed}), beside {@link PageParams} of the
 * keyset lists: where the previous call ended (or, on the first call, since when), and how many changes at most.
 * One declaration, so every feed is read the same way by third parties and validated with the same bounds.
 */
public class FeedParams {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    @Parameter(description = "nextCursor of the previous call")
    @QueryParam("cursor")
    @Size(max = PageParams.CURSOR_MAX)
    @Pattern(regexp = PageParams.CURSOR_PATTERN)
    public String cursor;

    @Parameter(description = "First call: changes at or after this instant (ISO-8601 with offset)")
    @QueryParam("updatedSince")
    public OffsetDateTime updatedSince;

    @QueryParam("limit")
    @DefaultValue("" + DEFAULT_LIMIT)
    @Min(1)
    @Max(MAX_LIMIT)
    public int limit = DEFAULT_LIMIT;
}
