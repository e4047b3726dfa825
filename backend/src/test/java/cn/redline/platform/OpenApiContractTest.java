package cn.redline.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The served contract is the committed ../openapi.yaml, byte for byte. To regenerate it after an API change:
 * {@code cd backend && ./mvnw test -Dtest=OpenApiContractTest -Dredline.contract.update=true}.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("..", "openapi.yaml");

    private String served() {
        return given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
    }

    @Test
    void servedContractEqualsTheCommittedFile() throws IOException {
        String served = served();
        Files.writeString(Path.of("target", "openapi-served.yaml"), served, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("redline.contract.update")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(COMMITTED), "openapi.yaml is missing at the repository root");
        assertEquals(Files.readString(COMMITTED, StandardCharsets.UTF_8), served,
                "openapi.yaml differs from the served contract; regenerate it (see this test's javadoc)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAnIdSummaryAndProblemResponses() {
        Map<String, Object> doc = new Yaml().load(served());
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                if (!(op.getValue() instanceof Map<?, ?> operation) || !operation.containsKey("responses")) {
                    continue;
                }
                operations++;
                String where = op.getKey() + " " + path.getKey();
                assertTrue(operation.get("operationId") instanceof String, where + " has no operationId");
                assertTrue(operation.get("summary") instanceof String, where + " has no summary");
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                assertTrue(responses.containsKey("400") && responses.containsKey("401") && responses.containsKey("403"),
                        where + " lacks problem responses");
            }
        }
        assertTrue(operations >= 8, "expected the API's operations, found " + operations);
    }

    /** Every string, number and array in the contract is bounded, so clients and server agree on limits. */
    @Test
    @SuppressWarnings("unchecked")
    void everyStringNumberAndArrayIsBounded() {
        Map<String, Object> doc = new Yaml().load(served());
        List<String> unbounded = new ArrayList<>();
        walk(doc.get("components"), "components", unbounded);
        walk(doc.get("paths"), "paths", unbounded);
        assertEquals(List.of(), unbounded, "unbounded schemas");
    }

    @SuppressWarnings("unchecked")
    private static void walk(Object node, String where, List<String> unbounded) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> m = (Map<String, Object>) map;
            Object type = m.get("type");
            if (type != null && !m.containsKey("$ref") && !m.containsKey("enum") && !m.containsKey("anyOf")) {
                String t = type instanceof List<?> l ? String.valueOf(l.get(0)) : String.valueOf(type);
                switch (t) {
                    case "string" -> {
                        if (!m.containsKey("maxLength") && !m.containsKey("format")) {
                            unbounded.add(where + " (string)");
                        }
                    }
                    case "integer", "number" -> {
                        if (!m.containsKey("maximum") || !m.containsKey("minimum")) {
                            unbounded.add(where + " (" + t + ")");
                        }
                    }
                    case "array" -> {
                        if (!m.containsKey("maxItems")) {
                            unbounded.add(where + " (array)");
                        }
                    }
                    default -> {
                    }
                }
            }
            m.forEach((k, v) -> walk(v, where + "/" + k, unbounded));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), where + "[" + i + "]", unbounded);
            }
        }
    }
}
