package cn.redline.duty.list;

import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;

import cn.redline.platform.Times;
import cn.redline.support.Demo;
import cn.redline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A post changing hands under a live list: a handover with the open obligations, acknowledged by the new holder only. */
@QuarkusTest
class ListHandoverTest {

    @Inject
    Clock clock;

    @Test
    void theNewHolderAcknowledgesAndThePreviousHolderKeepsWhatHeSigned() {
        Lists.Township t = Lists.township();
        LocalDate today = Times.today(clock);
        String id = Lists.signed(t, today.getYear());
        String successor = "next-" + t.person();
        Lists.appoint(t.postId(), successor, today.toString());

        String handover = as(Demo.nanmingSafety()).get("/api/v1/responsibility-lists/{id}", id).then().statusCode(200)
                .body("status", equalTo("SIGNED")).body("handovers", hasSize(1))
                .body("handovers[0].fromPerson", equalTo(t.person())).body("handovers[0].toPerson", equalTo(successor))
                .body("handovers[0].handoverDate", equalTo(today.toString()))
                .body("handovers[0].dueDate", equalTo(today.plusDays(30).toString()))
                .body("handovers[0].openObligations", not(empty())).body("handovers[0].acknowledgedAt", nullValue())
                .body("signatures.find { it.role == 'HOLDER' }.personName", equalTo(t.person()))
                .body("currentHolder", equalTo(successor)).extract().path("handovers[0].id");
        as(Demo.nanmingSafety()).get("/api/v1/responsibility-lists/{id}/history", id).then().statusCode(200)
                .body("items.action", hasItem("HANDOVER"));
        // who held the post before the day answers for what was due then
        as(Demo.nanmingSafety()).queryParam("on", today.minusDays(1).toString()).get("/api/v1/posts/{id}", t.postId())
                .then().statusCode(200).body("holder.personRef", equalTo(t.person()));

        String path = "/api/v1/responsibility-lists/{id}/handovers/{h}/acknowledge";
        as(t.headToken()).post(path, id, handover).then().statusCode(403);
        as(Demo.nanmingSafety()).post(path, id, handover).then().statusCode(403);
        as(Demo.baiyunSafety()).post(path, id, handover).then().statusCode(404);
        as(Tokens.token(successor, t.code(), "leader")).post(path, id, java.util.UUID.randomUUID()).then().statusCode(404);
        as(Tokens.token(successor, t.code(), "leader")).post(path, id, handover).then().statusCode(200)
                .body("handovers[0].acknowledgedBy", equalTo(successor))
                .body("handovers[0].acknowledgedAt", not(nullValue())).body("atRisk", equalTo(false));
        as(Tokens.token(successor, t.code(), "leader")).post(path, id, handover).then().statusCode(409);
    }

    @Test
    void aDraftGetsNoHandoverAndAFirstAppointmentIsNone() {
        Lists.Township t = Lists.township();
        LocalDate today = Times.today(clock);
        String draft = Lists.draft(t, today.getYear());
        Lists.appoint(t.postId(), "next-" + t.person(), today.toString());
        as(Demo.nanmingSafety()).get("/api/v1/responsibility-lists/{id}", draft).then().statusCode(200)
                .body("handovers", hasSize(0));
    }
}
