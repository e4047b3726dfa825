package cn.redline.platform;

/**
 * LIKE patterns from what a user typed: their own {@code %}, {@code _} and {@code \} match themselves, never as
 * wildcards. Follow the pattern's parameter with {@link #ESCAPE} in the query.
 */
public final class Like {

    /** The escape clause the patterns are written for (PostgreSQL's default, stated so HQL and SQL agree). */
    public static final String ESCAPE = " escape '\\'";

    private Like() {
    }

    /** Matches values containing {@code text}. */
    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }

    /** Matches values starting with {@code text}. */
    public static String startingWith(String text) {
        return escape(text) + "%";
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
