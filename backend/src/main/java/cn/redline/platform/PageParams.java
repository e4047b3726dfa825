package cn.redline.platform;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The page parameters of every keyset list ({@code @Valid @BeanParam PageParams page}): how many rows, and where
 * the previous page ended. The bounds are validated (400 problem) and published in the contract.
 */
public class PageParams {

    public static final int DEFAULT_LIMIT = 50;
    public static final int CURSOR_MAX = 512;
    /** A cursor is base64url without padding ({@link Cursor}). */
    public static final String CURSOR_PATTERN = "[A-Za-z0-9_-]*";

    @Parameter(description = "Rows per page")
    @QueryParam("limit")
    @DefaultValue("" + DEFAULT_LIMIT)
    @Min(1)
    @Max(Page.MAX_LIMIT)
    public int limit = DEFAULT_LIMIT;

    @Parameter(description = "nextCursor of the previous page; omit for the first page")
    @QueryParam("cursor")
    @Size(max = CURSOR_MAX)
    @Pattern(regexp = CURSOR_PATTERN)
    public String cursor;

    /** The cursor, or null on the first page (absent or empty). */
    public String after() {
        return cursor == null || cursor.isEmpty() ? null : cursor;
    }
}
