package cn.redline.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads in an {@link SqlReads#onOneConnection} block take one pooled connection between them, not one each. */
@QuarkusTest
class SqlReadsTest {

    @Inject
    SqlReads reads;

    /** The pool's handle the read ran on (the pool hands out a new handle per checkout, even of the same connection). */
    private Connection handle() {
        return reads.list("select 1", Map.of(), rs -> rs.getStatement().getConnection()).get(0);
    }

    @Test
    void readsInABlockShareOneCheckoutAndReadsOutsideTakeOneEach() {
        List<Connection> inside = reads.onOneConnection(() -> List.of(handle(), handle(),
                reads.onOneConnection(this::handle)));
        assertSame(inside.get(0), inside.get(1));
        assertSame(inside.get(0), inside.get(2), "a nested block shares the outer connection");
        assertNotSame(handle(), handle(), "outside a block every read checks a connection out and gives it back");
    }

    @Test
    void failingReadsInBlocksGiveTheirConnectionsBackAndTheNextBlockWorks() {
        // more failures than the pool has connections (32): one kept per failure would leave none for the last read
        for (int i = 0; i < 40; i++) {
            try {
                reads.onOneConnection(() -> reads.list("select no_such_column from org", Map.of(), rs -> 1));
            } catch (SqlReads.ReadFailed expected) {
                // the statement fails; the block's connection must still be returned and unheld
            }
        }
        assertEquals(List.of(2), reads.onOneConnection(() -> reads.list("select 2", Map.of(), rs -> rs.getInt(1))));
    }
}
