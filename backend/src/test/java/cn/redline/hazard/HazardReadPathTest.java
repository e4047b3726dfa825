package cn.redline.hazard;

import static cn.redline.hazard.Hazards.act;
import static cn.redline.hazard.Hazards.confirm;
import static cn.redline.hazard.Hazards.major;
import static cn.redline.hazard.Hazards.qiancheng;
import static cn.redline.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.attachment.SampleFiles;
import cn.redline.support.Demo;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Lists and gets read rows straight into the view records (no ORM session); writers answer with views built from
 * their managed entity. Both must show a ticket identically in every part, and a read must leave the ORM alone.
 */
@QuarkusTest
class HazardReadPathTest {

    @Inject
    SessionFactory sessions;

    @Inject
    Scheduler scheduler;

    @Test
    void aReadShowsATicketExactlyAsTheWriterThatChangedItDid() {
        String photo = HazardAttachmentsTest.upload(Demo.inspector(), SampleFiles.jpeg(), "image/jpeg", "基坑.jpg");
        Map<String, Object> report = new HashMap<>(major(qiancheng()));
        report.put("attachmentIds", List.of(photo));
        Response reported = Hazards.report(Demo.inspector(), report);
        String id = reported.jsonPath().getString("id");
        sameAsRead(Demo.inspector(), id, reported);
        sameAsRead(Demo.nanmingSafety(), id, act(Demo.nanmingSafety(), id, confirm()));
        sameAsRead(Demo.enterprise(), id, act(Demo.enterprise(), id, Map.of("action", "SET_FIVE_MUSTS", "fiveMusts",
                Map.of("measures", "加固支护", "funds", 120000.5, "deadline", Hazards.TODAY.plusDays(30).toString(),
                        "responsiblePerson", "王经理", "emergencyPlan", "基坑坍塌专项应急预案"))));
        sameAsRead(Demo.nanmingSafety(), id, act(Demo.nanmingSafety(), id, Map.of("action", "LIST_FOR_SUPERVISION",
                "supervision", Map.of("level", "DISTRICT", "documentNumber", "南安督〔2026〕7号"))));
        sameAsRead(Demo.enterprise(), id, act(Demo.enterprise(), id, "SIGN_OFF_LISTING"));
        sameAsRead(Demo.enterprise(), id, act(Demo.enterprise(), id, Map.of("action", "REQUEST_EXTENSION",
                "requestedDeadline", Hazards.TODAY.plusDays(40).toString(), "comment", "材料未到")));
        sameAsRead(Demo.nanmingSafety(), id, act(Demo.nanmingSafety(), id, "APPROVE_EXTENSION"));
        sameAsRead(Demo.enterprise(), id, act(Demo.enterprise(), id, "START_RECTIFICATION"));
        sameAsRead(Demo.enterprise(), id, act(Demo.enterprise(), id,
                Map.of("action", "SUBMIT_FOR_ACCEPTANCE", "comment", "完成")));
        sameAsRead(Demo.nanmingSafety(), id, act(Demo.nanmingSafety(), id, Map.of("action", "ACCEPT", "acceptance",
                Map.of("acceptorKind", "THIRD_PARTY", "acceptorName", "贵州安科安全评价有限公司", "opinion", "验收合格"))));
        sameAsRead(Demo.nanmingSafety(), id, act(Demo.nanmingSafety(), id,
                Map.of("action", "VERIFY_EFFECTIVENESS", "effective", true, "comment", "复查有效")));

        String copy = Hazards.reported(Demo.inspector(), major(qiancheng()));
        sameAsRead(Demo.nanmingSafety(), copy, act(Demo.nanmingSafety(), copy,
                Map.of("action", "REJECT", "rejectionReason", "DUPLICATE", "duplicateOf", id)));
    }

    /** The writer's answer, the get by id and the ticket's item in a list are one and the same JSON. */
    private static void sameAsRead(String token, String id, Response written) {
        assertEquals(written.statusCode() == 201 ? 201 : 200, written.statusCode(), written.asString());
        Object shown = written.jsonPath().get();
        Response read = as(token).get("/api/v1/hazards/{id}", id);
        assertEquals(shown, read.then().statusCode(200).extract().jsonPath().get(), "get by id");
        assertEquals(written.header("ETag"), read.header("ETag"), "ETag");
        JsonPath list = as(token).queryParam("q", written.jsonPath().getString("code")).get("/api/v1/hazards")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(shown), list.getList("items"), "list item");
    }

    @Test
    void readsLoadNoEntityAndFlushNothing() throws InterruptedException {
        String id = Hazards.reported(Demo.inspector(), major(qiancheng()));
        // the callers' orgs are looked up (through the ORM) once, then kept in memory: not part of a read
        as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", id).then().statusCode(200);
        as(Demo.baiyunSafety()).get("/api/v1/hazards/{id}", id).then().statusCode(404);
        // The statistics are the whole application's: a scheduled job (overdue sweep, auto-match, compaction) that
        // fires inside the window counts too. Jobs are paused while measuring, and a window one of them still ran
        // into is measured again; reads that load or flush anything fail every window.
        scheduler.pause();
        try {
            List<String> windows = new java.util.ArrayList<>();
            for (int attempt = 0; attempt < 3; attempt++) {
                String changed = readWindow(id);
                if (changed.isEmpty()) {
                    return;
                }
                windows.add(changed);
                Thread.sleep(2000);
            }
            assertEquals(List.of(), windows, "what list and get did to the ORM in each of three windows");
        } finally {
            scheduler.resume();
        }
    }

    /** What three rounds of list and get did to the ORM's counters: empty when nothing was loaded, flushed or run. */
    private String readWindow(String id) {
        Statistics stats = sessions.getStatistics();
        long loads = stats.getEntityLoadCount();
        long flushes = stats.getFlushCount();
        long statements = stats.getPrepareStatementCount();
        long sessionsOpened = stats.getSessionOpenCount();
        for (int i = 0; i < 3; i++) {
            as(Demo.nanmingSafety()).get("/api/v1/hazards?limit=200").then().statusCode(200);
            as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", id).then().statusCode(200);
            as(Demo.baiyunSafety()).get("/api/v1/hazards/{id}", id).then().statusCode(404);
        }
        StringBuilder changed = new StringBuilder();
        append(changed, "entities loaded", stats.getEntityLoadCount() - loads);
        append(changed, "flushes", stats.getFlushCount() - flushes);
        append(changed, "statements", stats.getPrepareStatementCount() - statements);
        append(changed, "sessions opened", stats.getSessionOpenCount() - sessionsOpened);
        return changed.toString();
    }

    private static void append(StringBuilder out, String what, long delta) {
        if (delta != 0) {
            out.append(out.isEmpty() ? "" : ", ").append(what).append(' ').append(delta);
        }
    }
}
