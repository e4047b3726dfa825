package cn.redline.platform;

import static cn.redline.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.support.Contract;
import cn.redline.support.Demo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Driven by openapi.yaml: for every operation and every query parameter, a value of the wrong type and a value
 * outside what its schema allows (integer bounds, enum, uuid/date/date-time format, boolean, pattern, length,
 * item count) answer 400 problem naming the parameter — never 404, never silently accepted. (An empty value,
 * {@code ?q=}, is an absent one, so minLength is not probed with it.)
 */
@QuarkusTest
class QueryParametersTest {

    @Test
    void everyQueryParameterRefusesWrongTypedAndOutOfRangeValues() {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Contract.Operation op : Contract.operations()) {
            for (Map<String, Object> param : op.queryParameters()) {
                String name = (String) param.get("name");
                Map<String, Object> schema = Contract.schemaOf(param);
                List<String> bad = badValues(op + " " + name, schema);
                for (String value : bad) {
                    cases++;
                    Map<String, Object> query = validRequired(op, name);
                    query.put(name, value);
                    Response r = op.send(as(Demo.admin()).queryParams(query));
                    List<String> fields = r.statusCode() == 400 && r.contentType().startsWith(Problem.MEDIA_TYPE)
                            ? r.jsonPath().getList("errors.field") : List.of();
                    if (fields == null || !fields.contains(name)) {
                        failures.add(op + " ?" + name + "=" + value + " answered " + r.statusCode() + " " + r.asString());
                    }
                }
            }
        }
        assertTrue(cases > 100, "expected a case per parameter and bound, ran " + cases);
        assertEquals(List.of(), failures);
    }

    @Test
    void aNamedBooleanAcceptsExactlyTrueAndFalse() {
        as(Demo.admin()).queryParam("overdue", "true").get("/api/v1/hazards").then().statusCode(200);
        as(Demo.admin()).queryParam("overdue", "false").get("/api/v1/hazards").then().statusCode(200);
        as(Demo.admin()).queryParam("overdue", "maybe").get("/api/v1/hazards").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("overdue"))
                .body("errors[0].code", org.hamcrest.Matchers.equalTo("wrong-format"));
    }

    /** Required parameters of the operation other than {@code except}, each with a value its schema accepts. */
    private static Map<String, Object> validRequired(Contract.Operation op, String except) {
        Map<String, Object> query = new LinkedHashMap<>();
        for (Map<String, Object> p : op.queryParameters()) {
            if (Boolean.TRUE.equals(p.get("required")) && !except.equals(p.get("name"))) {
                Map<String, Object> s = Contract.schemaOf(p);
                Object format = s.get("format");
                query.put((String) p.get("name"), s.get("enum") instanceof List<?> values ? values.get(0)
                        : s.containsKey("minimum") ? s.get("minimum")
                        : "uuid".equals(format) ? UUID.randomUUID().toString()
                        : "date".equals(format) ? "2026-01-01"
                        : "date-time".equals(format) ? "2026-01-01T00:00:00Z" : "x");
            }
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<String> badValues(String where, Map<String, Object> schema) {
        List<String> bad = new ArrayList<>();
        if (schema.get("enum") instanceof List<?> values) {
            bad.add("NOT_" + values.get(0));
            return bad;
        }
        String type = String.valueOf(schema.get("type") instanceof List<?> l ? l.get(0) : schema.get("type"));
        switch (type) {
            case "integer" -> {
                assertNotNull(schema.get("minimum"), where + " declares no minimum");
                assertNotNull(schema.get("maximum"), where + " declares no maximum");
                bad.addAll(List.of("abc", "1e3", "2147483648", "1.5"));
                bad.add(String.valueOf(((Number) schema.get("maximum")).longValue() + 1));
                bad.add(String.valueOf(((Number) schema.get("minimum")).longValue() - 1));
            }
            case "boolean" -> bad.addAll(List.of("maybe", "1", "TRUE "));
            case "array" -> {
                assertNotNull(schema.get("maxItems"), where + " declares no maxItems");
                Map<String, Object> items = Contract.resolve(new LinkedHashMap<>((Map<String, Object>) schema.get("items")));
                bad.addAll(badValues(where + "[]", items));
                Object first = items.get("enum") instanceof List<?> values ? values.get(0) : "x";
                int count = ((Number) schema.get("maxItems")).intValue() + 1;
                bad.add(String.join(",", Collections.nCopies(count, String.valueOf(first))));
            }
            case "string" -> bad.addAll(badStrings(where, schema));
            default -> throw new AssertionError(where + " has a query parameter of type " + type);
        }
        return bad;
    }

    private static List<String> badStrings(String where, Map<String, Object> schema) {
        List<String> bad = new ArrayList<>();
        String format = (String) schema.get("format");
        if ("uuid".equals(format)) {
            bad.addAll(List.of("not-a-uuid", UUID.randomUUID() + "0"));
        } else if ("date".equals(format)) {
            bad.addAll(List.of("abc", "2026-02-30", "+12026-01-01"));
        } else if ("date-time".equals(format)) {
            bad.addAll(List.of("abc", "2026-13-01T00:00:00Z", "2026-01-01T00:00:00"));
        } else {
            assertNotNull(schema.get("maxLength"), where + " declares no maxLength");
            bad.add("a".repeat(((Number) schema.get("maxLength")).intValue() + 1));
            if (schema.get("pattern") instanceof String pattern) {
                bad.add(List.of("!", " ", "~").stream().filter(v -> !v.matches(pattern)).findFirst().orElseThrow());
            }
        }
        return bad;
    }
}
