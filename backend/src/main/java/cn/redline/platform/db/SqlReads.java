package cn.redline.platform.db;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reads that go straight from SQL rows to the records an API shows, without an ORM session: no entity
 * hydration, no snapshots for dirty checking, no flush, no query translation per request (the SQL text is parsed
 * once). Parameters are named ({@code :name}), as in {@link cn.redline.platform.Scope.Filter}; a collection expands
 * to a parenthesised list ({@code in :ids}). Inside a transaction the connection is the transaction's, so a read
 * after an ORM flush sees the flushed rows.
 */
@ApplicationScoped
public class SqlReads {

    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    /** The connection of an {@link #onOneConnection} block on this thread. */
    private final ThreadLocal<Connection> held = new ThreadLocal<>();

    @Inject
    AgroalDataSource dataSource;

    /** Maps the current row of a result set; never advances it. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** A database failure on a read; its cause is the driver's exception (see {@link DatabaseOutage#causedBy}). */
    public static final class ReadFailed extends RuntimeException {
        ReadFailed(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * Runs {@code reads} with every read of this class on one pooled connection, taken once and given back at the
     * end, instead of one connection taken and given back per statement (a ticket's get and a list page read three
     * times). Nested calls share the outer connection. Only this class's reads use it: an ORM read inside the block
     * takes a second connection from the pool, so resolve such things (the caller's scope) before entering.
     */
    public <T> T onOneConnection(Supplier<T> reads) {
        if (held.get() != null) {
            return reads.get();
        }
        try (Connection c = dataSource.getConnection()) {
            held.set(c);
            try {
                return reads.get();
            } finally {
                held.remove();
            }
        } catch (SQLException e) {
            throw new ReadFailed(e);
        }
    }

    public <T> List<T> list(String sql, Map<String, ?> params, Row<T> row) {
        Template t = templates.computeIfAbsent(sql, Template::parse);
        Connection shared = held.get();
        try {
            if (shared != null) {
                return run(shared, t, params, row);
            }
            try (Connection c = dataSource.getConnection()) {
                return run(c, t, params, row);
            }
        } catch (SQLException e) {
            throw new ReadFailed(e);
        }
    }

    private static <T> List<T> run(Connection c, Template t, Map<String, ?> params, Row<T> row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(t.sql(params))) {
            t.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        }
    }

    /** SQL text split at its named parameters: literal text, then a name, then text, ... */
    record Template(List<String> text, List<String> names) {

        static Template parse(String sql) {
            List<String> text = new ArrayList<>();
            List<String> names = new ArrayList<>();
            StringBuilder chunk = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < sql.length(); i++) {
                char ch = sql.charAt(i);
                if (ch == '\'') {
                    quoted = !quoted;
                }
                boolean cast = ch == ':' && (i + 1 < sql.length() && sql.charAt(i + 1) == ':' || i > 0 && sql.charAt(i - 1) == ':');
                if (ch == ':' && !quoted && !cast && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                    int end = i + 1;
                    while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                        end++;
                    }
                    text.add(chunk.toString());
                    chunk.setLength(0);
                    names.add(sql.substring(i + 1, end));
                    i = end - 1;
                } else {
                    chunk.append(ch);
                }
            }
            text.add(chunk.toString());
            return new Template(List.copyOf(text), List.copyOf(names));
        }

        String sql(Map<String, ?> params) {
            StringBuilder sql = new StringBuilder(text.get(0));
            for (int i = 0; i < names.size(); i++) {
                if (value(params, names.get(i)) instanceof Collection<?> values) {
                    sql.append('(').append("?, ".repeat(values.size() - 1)).append("?)");
                } else {
                    sql.append('?');
                }
                sql.append(text.get(i + 1));
            }
            return sql.toString();
        }

        void bind(PreparedStatement ps, Map<String, ?> params) throws SQLException {
            int index = 1;
            for (String name : names) {
                if (value(params, name) instanceof Collection<?> values) {
                    for (Object v : values) {
                        set(ps, index++, v);
                    }
                } else {
                    set(ps, index++, params.get(name));
                }
            }
        }

        private static Object value(Map<String, ?> params, String name) {
            Object v = params.get(name);
            if (v == null && !params.containsKey(name)) {
                throw new IllegalArgumentException("No value for :" + name);
            }
            if (v instanceof Collection<?> c && c.isEmpty()) {
                throw new IllegalArgumentException(":" + name + " is an empty list");
            }
            return v;
        }

        private static void set(PreparedStatement ps, int index, Object v) throws SQLException {
            ps.setObject(index, v instanceof Enum<?> e ? e.name() : v);
        }
    }
}
