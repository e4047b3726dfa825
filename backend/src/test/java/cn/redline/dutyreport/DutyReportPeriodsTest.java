package cn.redline.dutyreport;

import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.duty.Period;
import cn.redline.duty.PeriodType;
import cn.redline.platform.Times;
import cn.redline.support.Demo;
import cn.redline.support.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reports across time (deliverable 9): a quarter's last day, its grace days and the day after them; a post changing
 * hands inside a quarter; a phone retrying its record.
 */
@QuarkusTest
class DutyReportPeriodsTest {

    private static final String REPORTS = "/api/v1/duty-reports";

    @Inject
    Clock clock;

    @Inject
    MovableClock movable;

    @AfterEach
    void resetClock() {
        movable.reset();
    }

    private void moveTo(LocalDate day, int hour) {
        movable.advance(Duration.between(clock.instant(), day.atTime(hour, 0).atZone(Times.ZONE).toInstant()));
    }

    private static JsonPath mine(String token) {
        return as(token).get(REPORTS + "/my-duties").then().statusCode(200).extract().jsonPath();
    }

    private static String duty(String itemId) {
        return "items.find { it.dutyItemId == '" + itemId + "' }";
    }

    @Test
    void onTheLastDayARecordIsOnTimeInTheGraceDaysLateAndAfterThemTheQuarterIsClosed() {
        LocalDate today = Times.today(clock);
        Period q = Period.containing(PeriodType.QUARTER, today);
        DutyLists.Holder h = DutyLists.township();
        String list = DutyLists.signed(h, today.getYear(), "INTERNAL", 2);
        String inspection = DutyLists.itemId(list, DutyLists.INSPECTION);
        String meeting = DutyLists.itemId(list, DutyLists.MEETING);

        moveTo(q.last(), 22);
        DutyLists.accepted(h, inspection, q.last());
        JsonPath duties = mine(h.token());
        assertEquals(List.of("MET", "AT_RISK"), List.of(duties.getString(duty(inspection) + ".status"),
                duties.getString(duty(meeting) + ".status")));
        assertEquals(1, duties.getInt(duty(meeting) + ".daysLeft"), "the last day counts");

        // the second and last grace day: the quarter is over, its late entry still open, so it is still due
        moveTo(q.last().plusDays(2), 12);
        duties = mine(h.token());
        assertEquals(q.key(), duties.getString(duty(meeting) + ".periodKey"));
        assertEquals("AT_RISK", duties.getString(duty(meeting) + ".status"));
        DutyLists.accepted(h, meeting, q.last());
        JsonPath m = as(Demo.nanmingSafety()).queryParam("orgId", h.orgId()).queryParam("year", today.getYear())
                .get(REPORTS + "/matrix").then().statusCode(200).extract().jsonPath();
        String meetingRow = "rows.find { it.title == '" + DutyLists.MEETING + "' }";
        String cell = meetingRow + ".cells.find { it.periodKey == '" + q.key() + "' }";
        assertEquals(List.of(1, "GREEN"), List.of(m.getInt(cell + ".met"), m.getString(cell + ".color")));
        as(Demo.nanmingSafety()).queryParam("orgId", h.orgId()).queryParam("dutyKey", m.getString(meetingRow + ".dutyKey"))
                .queryParam("periodKey", q.key()).get(REPORTS + "/matrix/obligations").then().statusCode(200)
                .body("items[0].status", equalTo("MET")).body("items[0].late", equalTo(1)).body("items[0].counted", equalTo(1));

        // the day after the grace days: nothing dated in the quarter is taken any more, and it is no longer due
        moveTo(q.last().plusDays(3), 9);
        as(h.token()).contentType(ContentType.JSON).body(DutyLists.record(h.token(), h, inspection, q.last()))
                .post("/api/v1/fulfilment-records").then().statusCode(409);
        duties = mine(h.token());
        assertFalse(duties.getList("items.periodKey").contains(q.key()), "the closed quarter is not due any more");
    }

    @Test
    void aPostChangingHandsMidQuarterAttributesEachRecordToWhoHeldItOnTheRecordsDate() throws Exception {
        LocalDate today = Times.today(clock);
        Period q = Period.containing(PeriodType.QUARTER, today);
        // not the quarter's first day: that one is printed as the start of every obligation of the quarter
        LocalDate early = q.first().plusDays(1);
        if (!early.isBefore(today)) {
            return; // the first days of a quarter: there is no earlier day in it to hand over after
        }
        DutyLists.Holder h = DutyLists.township();
        String list = DutyLists.signed(h, today.getYear());
        String inspection = DutyLists.itemId(list, DutyLists.INSPECTION);
        String meeting = DutyLists.itemId(list, DutyLists.MEETING);
        DutyLists.accepted(h, inspection, early);
        String successor = "succ-" + UUID.randomUUID().toString().substring(0, 8);
        DutyLists.appoint(h.postId(), "郑接任", successor, today.toString());
        String successorToken = cn.redline.support.Tokens.token(successor, h.code(), "leader");
        DutyLists.accepted(successorToken, h, meeting, today);

        // the post's duties are the successor's now, proven by both records; the predecessor owes none of them
        JsonPath his = mine(successorToken);
        assertEquals(List.of("MET", "MET"), List.of(his.getString(duty(inspection) + ".status"), his.getString(duty(meeting) + ".status")));
        assertEquals(List.of(), mine(h.token()).getList("items.findAll { it.listId == '" + list + "' }"));

        String predecessor = "林" + h.person().substring(5, 9);
        String before = dossier(h.person(), today);
        String after = dossier(successor, today);
        assertTrue(Pattern.compile(early + ".*" + DutyLists.INSPECTION.substring(0, 4) + ".*" + predecessor).matcher(before).find(), before);
        assertTrue(Pattern.compile(today + ".*" + DutyLists.MEETING.substring(0, 4) + ".*郑接任").matcher(after).find(), after);
        assertFalse(after.contains(early.toString()), "the successor's dossier has nothing he did not hold the post for");
    }

    private String dossier(String personRef, LocalDate today) throws Exception {
        return DutyReportResourceTest.text(as(Demo.nanmingSafety()).accept("application/pdf").queryParam("personRef", personRef)
                .queryParam("from", today.getYear() + "-01-01").queryParam("to", today.toString()).get(REPORTS + "/dossier.pdf")
                .then().statusCode(200).extract().asByteArray());
    }

    @Test
    void aPhoneRetryingItsRecordWithTheSameKeyMakesOneRecordThatCountsOnce() {
        LocalDate today = Times.today(clock);
        DutyLists.Holder h = DutyLists.township();
        String list = DutyLists.signed(h, today.getYear());
        String inspection = DutyLists.itemId(list, DutyLists.INSPECTION);
        Map<String, Object> body = DutyLists.record(h.token(), h, inspection, today);
        String key = UUID.randomUUID().toString();
        String first = as(h.token()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/fulfilment-records").then().statusCode(201).extract().path("id");
        String again = as(h.token()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/fulfilment-records").then().statusCode(201).extract().path("id");
        assertEquals(first, again);
        DutyLists.accept(first);
        // the phone's queue replays once more after the office accepted it: still the one record
        as(h.token()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post("/api/v1/fulfilment-records")
                .then().statusCode(201).body("id", equalTo(first));
        as(h.token()).queryParam("dutyItemId", inspection).get("/api/v1/fulfilment-records").then().statusCode(200)
                .body("items.id", equalTo(List.of(first)));
        assertEquals(1, mine(h.token()).getInt(duty(inspection) + ".counted"));
    }
}
