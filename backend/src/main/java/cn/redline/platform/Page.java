package cn.redline.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a keyset-paginated list; nextCursor is null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {

    public static final int MAX_LIMIT = 200;

    /**
     * Builds a page from rows fetched with limit + 1: the extra row only tells that more exist, and the
     * cursor encodes the sort key of the last row returned.
     */
    public static <E, T> Page<T> of(List<E> rows, int limit, Function<E, String> cursorOf, Function<E, T> map) {
        boolean more = rows.size() > limit;
        List<E> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorOf.apply(shown.get(shown.size() - 1)) : null;
        return new Page<>(shown.stream().map(map).toList(), next);
    }
}
