package cn.redline.platform;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * A place in a change feed of history events: the writing transaction's id, then the event's sequence number.
 * Paging by sequence number alone skips events: it is drawn when an event is inserted, not when its transaction
 * commits, so a transaction could commit a lower number after a reader had moved past a higher one. A feed reads
 * only below the horizon (the oldest transaction still running, {@link #horizon}), and transaction ids are handed
 * out in increasing order, so no event can appear below a cursor once the cursor is given out; the price is that a
 * change waits for transactions older than it to end. Event tables carry {@code tx_id xid8 default
 * pg_current_xact_id()} and an index on {@code (tx_id, seq)}.
 *
 * @param tx the transaction id as text (xid8)
 */
public record FeedPosition(String tx, long seq) {

    public static final FeedPosition START = new FeedPosition("0", 0);

    /** Every transaction below this id has ended, and any transaction that writes later gets a higher id. */
    public static String horizon(EntityManager em) {
        return (String) em.createNativeQuery("select cast(pg_snapshot_xmin(pg_current_snapshot()) as text)").getSingleResult();
    }

    /** The position after a page of rows {@code (…, tx as text, seq)} read after {@code after}. */
    public static FeedPosition next(List<Object[]> rows, int txColumn, FeedPosition after, boolean since, int limit,
                                    String horizon) {
        if (since && rows.size() < limit) {
            // every change since that time is delivered; older ones below the horizon are not wanted
            return new FeedPosition(horizon, 0);
        }
        if (rows.isEmpty()) {
            return after;
        }
        Object[] last = rows.get(rows.size() - 1);
        return new FeedPosition((String) last[txColumn], ((Number) last[txColumn + 1]).longValue());
    }

    public String encode(String list) {
        return Cursor.encode(list, tx, Long.toString(seq));
    }

    public static FeedPosition decode(String cursor, String list) {
        List<String> parts = Cursor.decode(cursor, list, 2);
        return new FeedPosition(Long.toString(parse(parts.get(0))), parse(parts.get(1)));
    }

    private static long parse(String raw) {
        try {
            long value = Long.parseLong(raw);
            if (value < 0) {
                throw new NumberFormatException(raw);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", "is not a cursor returned by this feed");
        }
    }
}
