package cn.redline.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class KeysetTest {

    record Row(OffsetDateTime at, UUID id, LocalDate due) {
    }

    private static final Keyset<Row> NEWEST = Keyset.descending("rows:at",
            Keyset.time("r.at", Row::at), Keyset.uuid("r.id", Row::id));
    private static final Keyset<Row> BY_DUE = Keyset.ascending("rows:due",
            Keyset.optionalDate("r.due", Row::due), Keyset.uuid("r.id", Row::id));

    private static Row row(int minute) {
        return new Row(OffsetDateTime.parse("2026-12-01T08:%02d:00.123456Z".formatted(minute)), UUID.randomUUID(), null);
    }

    @Test
    void theCursorOfTheLastRowShownReadsBackAsItsSortValues() {
        List<Row> fetched = List.of(row(3), row(2), row(1));
        Page<UUID> page = NEWEST.page(fetched, 2, Row::id);
        assertEquals(List.of(fetched.get(0).id(), fetched.get(1).id()), page.items());
        assertEquals(List.of(fetched.get(1).at(), fetched.get(1).id()), NEWEST.after(page.nextCursor()));
    }

    @Test
    void theLastPageHasNoCursorAndNoCursorIsTheFirstPage() {
        assertNull(NEWEST.page(List.of(row(1)), 2, Function.identity()).nextCursor());
        assertNull(NEWEST.after(null));
        assertNull(NEWEST.after(""));
        assertNull(NEWEST.where(null));
    }

    @Test
    void theRowComparisonFollowsTheDirection() {
        Row last = row(5);
        Scope.Filter older = NEWEST.where(NEWEST.after(NEWEST.cursorOf(last)));
        assertEquals("(r.at, r.id) < (:after0, :after1)", older.hql());
        assertEquals(Map.of("after0", last.at(), "after1", last.id()), older.params());
        assertEquals("r.at desc, r.id desc", NEWEST.orderBy());
        assertEquals("r.due, r.id", BY_DUE.orderBy());
        assertEquals("o.code > :after0", Keyset.<String>ascending("c", Keyset.text("o.code", s -> s))
                .where(List.of("x")).hql());
    }

    @Test
    void anAbsentDateIsWrittenEmptyAndReadBackAsNull() {
        Row undated = new Row(OffsetDateTime.now(), UUID.randomUUID(), null);
        assertEquals(java.util.Arrays.asList(null, undated.id()), BY_DUE.after(BY_DUE.cursorOf(undated)));
    }

    @Test
    void aCursorOfAnotherListOrWithBrokenValuesIsABadRequest() {
        String other = BY_DUE.cursorOf(new Row(OffsetDateTime.now(), UUID.randomUUID(), LocalDate.of(2026, 12, 1)));
        assertEquals(400, assertThrows(ProblemException.class, () -> NEWEST.after(other)).problem().status());
        String broken = Cursor.encode("rows:at", "yesterday", "not-a-uuid");
        ProblemException e = assertThrows(ProblemException.class, () -> NEWEST.after(broken));
        assertEquals(400, e.problem().status());
        assertEquals(400, assertThrows(ProblemException.class, () -> NEWEST.after("%%%")).problem().status());
    }
}
