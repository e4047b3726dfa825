package cn.redline.fulfilment;

import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.redline.duty.Obligations;
import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bulk push from an OA or enterprise system: a result per item, nothing created twice, the integration role only. */
@QuarkusTest
class FulfilmentBulkTest {

    @Inject
    EntityManager em;

    @Inject
    Obligations obligations;

    @Inject
    Clock clock;

    @Test
    void eachItemIsJudgedAloneAndARepushCreatesNothingTwice() {
        Duties d = new Duties(em, obligations, clock);
        UUID item = d.personalItem();
        String ref = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> complete = d.record(item, d.today(), List.of(d.photo(Demo.integration())));
        complete.put("externalRef", "OA-" + ref + "-1");
        Map<String, Object> noPhoto = d.record(item, d.today(), List.of());
        noPhoto.put("externalRef", "OA-" + ref + "-2");
        Map<String, Object> badDate = new HashMap<>(d.record(item, d.today(), List.of()));
        badDate.put("date", "yesterday");
        badDate.put("externalRef", "OA-" + ref + "-3");
        Map<String, Object> noRef = d.record(item, d.today(), List.of());
        Map<String, Object> otherDistrict = d.record(UUID.randomUUID(), d.today(), List.of());
        otherDistrict.put("externalRef", "OA-" + ref + "-5");
        List<Map<String, Object>> items = List.of(complete, noPhoto, badDate, noRef, otherDistrict);

        as(Demo.integration()).contentType(ContentType.JSON).body(Map.of("items", items))
                .post("/api/v1/fulfilment-records/bulk").then().statusCode(200)
                .body("created", equalTo(2)).body("existing", equalTo(0)).body("invalid", equalTo(3))
                .body("items[0].status", equalTo("CREATED")).body("items[0].state", equalTo("SUBMITTED"))
                .body("items[0].notSubmitted", nullValue())
                .body("items[1].status", equalTo("CREATED")).body("items[1].state", equalTo("DRAFT"))
                .body("items[1].notSubmitted", containsString("attached files"))
                .body("items[2].status", equalTo("INVALID")).body("items[2].externalRef", equalTo("OA-" + ref + "-3"))
                .body("items[2].errors[0].field", equalTo("date"))
                .body("items[3].errors[0].field", equalTo("externalRef"))
                .body("items[4].errors[0].field", equalTo("dutyItemId"));

        // the OA system retries the same batch: the same records, nothing new
        as(Demo.integration()).contentType(ContentType.JSON).body(Map.of("items", List.of(complete, noPhoto)))
                .post("/api/v1/fulfilment-records/bulk").then().statusCode(200)
                .body("created", equalTo(0)).body("existing", equalTo(2));
        as(Demo.nanmingSafety()).queryParam("dutyItemId", item.toString()).get("/api/v1/fulfilment-records").then()
                .body("items.size()", equalTo(2)).body("items.source", org.hamcrest.Matchers.everyItem(equalTo("INTEGRATION")));
    }

    @Test
    void onlyMachineClientsPush() {
        as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("items", List.of(Map.of())))
                .post("/api/v1/fulfilment-records/bulk").then().statusCode(403);
        as(Demo.integration()).contentType(ContentType.JSON).body(Map.of("items", List.of()))
                .post("/api/v1/fulfilment-records/bulk").then().statusCode(400);
    }
}
