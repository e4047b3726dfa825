package cn.redline.platform;

import static cn.redline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every change feed reads its cursor, start and limit through {@link FeedParams}: the same bounds, the same problems. */
@QuarkusTest
class FeedParamsTest {

    private static final List<String> FEEDS = List.of("/api/v1/hazards/changes", "/api/v1/fulfilment-records/changes");

    @Test
    void everyFeedRefusesTheSameBadParametersWithAProblemNamingThem() {
        for (String feed : FEEDS) {
            as(Demo.integration()).queryParam("limit", FeedParams.MAX_LIMIT).get(feed).then().statusCode(200);
            for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(Map.entry("limit", 0),
                    Map.entry("limit", FeedParams.MAX_LIMIT + 1), Map.entry("updatedSince", "yesterday"),
                    Map.entry("cursor", "not a cursor!"), Map.entry("cursor", "x".repeat(PageParams.CURSOR_MAX + 1)))) {
                as(Demo.integration()).queryParam(bad.getKey(), bad.getValue()).get(feed).then().statusCode(400)
                        .contentType("application/problem+json").body("status", equalTo(400))
                        .body("errors.field", hasItem(bad.getKey()));
            }
        }
    }
}
