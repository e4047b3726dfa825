package cn.redline.platform;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * One keyset order of a list: the list's name (a cursor is only accepted by the list and sort that made it),
 * the sort columns in one direction, and how each sort value is written into and read back from a cursor.
 * Serves the three parts every keyset list needs: the cursor ({@link #after}, {@link #cursorOf}), the row
 * comparison that starts after it ({@link #where}, so a (a, b) index serves deep pages too) and the page from
 * rows fetched with limit + 1 ({@link #page}).
 *
 * @param <E> the row type
 */
public final class Keyset<E> {

    /** A sort column: its query expression, its value on a row, and how a cursor's text reads back. */
    public record Key<E>(String column, Function<E, ?> value, Function<String, ?> parse) {
    }

    private final String list;
    private final boolean descending;
    private final List<Key<E>> keys;

    private Keyset(String list, boolean descending, List<Key<E>> keys) {
        this.list = list;
        this.descending = descending;
        this.keys = keys;
    }

    @SafeVarargs
    public static <E> Keyset<E> ascending(String list, Key<E>... keys) {
        return new Keyset<>(list, false, List.of(keys));
    }

    @SafeVarargs
    public static <E> Keyset<E> descending(String list, Key<E>... keys) {
        return new Keyset<>(list, true, List.of(keys));
    }

    public static <E> Key<E> text(String column, Function<E, String> value) {
        return new Key<>(column, value, Function.identity());
    }

    public static <E> Key<E> uuid(String column, Function<E, UUID> value) {
        return new Key<>(column, value, UUID::fromString);
    }

    public static <E> Key<E> number(String column, Function<E, Long> value) {
        return new Key<>(column, value, Long::valueOf);
    }

    public static <E> Key<E> time(String column, Function<E, OffsetDateTime> value) {
        return new Key<>(column, value, OffsetDateTime::parse);
    }

    /** A date that may be absent on a row: written as the empty text, read back as null. */
    public static <E> Key<E> optionalDate(String column, Function<E, LocalDate> value) {
        return new Key<>(column, value, raw -> raw.isEmpty() ? null : LocalDate.parse(raw));
    }

    /**
     * The sort values a cursor carries, in key order; null for the first page (no cursor). A cursor of another
     * list, or one whose values do not read back, is a 400 problem naming {@code cursor}.
     */
    public List<Object> after(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        List<String> parts = Cursor.decode(cursor, list, keys.size());
        List<Object> values = new ArrayList<>(parts.size());
        try {
            for (int i = 0; i < parts.size(); i++) {
                values.add(keys.get(i).parse().apply(parts.get(i)));
            }
        } catch (RuntimeException e) {
            throw Cursor.invalid();
        }
        return values;
    }

    /**
     * The row comparison {@code (a, b) > (:after0, :after1)} ({@code <} when descending) that selects the rows
     * after {@code after}, with its parameters; null when {@code after} is null.
     */
    public Scope.Filter where(List<Object> after) {
        if (after == null) {
            return null;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            params.put("after" + i, after.get(i));
            names.add(":after" + i);
        }
        String columns = String.join(", ", keys.stream().map(Key::column).toList());
        String values = String.join(", ", names);
        String op = descending ? " < " : " > ";
        return new Scope.Filter(keys.size() == 1 ? columns + op + values
                : "(" + columns + ")" + op + "(" + values + ")", params);
    }

    /** The ORDER BY list of this order. */
    public String orderBy() {
        String direction = descending ? " desc" : "";
        return String.join(", ", keys.stream().map(k -> k.column() + direction).toList());
    }

    public String cursorOf(E row) {
        return Cursor.encode(list, keys.stream().map(k -> {
            Object v = k.value().apply(row);
            return v == null ? "" : v.toString();
        }).toArray(String[]::new));
    }

    /** The page of rows fetched with {@code limit + 1}: the extra row only tells that more exist. */
    public <T> Page<T> page(List<E> rows, int limit, Function<E, T> map) {
        return Page.of(rows, limit, this::cursorOf, map);
    }
}
