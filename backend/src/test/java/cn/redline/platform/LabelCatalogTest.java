package cn.redline.platform;

import static cn.redline.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.hazard.HazardEvent;
import cn.redline.hazard.HazardWorkflow;
import cn.redline.support.Demo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The label catalog speaks for every value the API hands out: a value without a label in a language fails here,
 * before a user meets a raw code in the SPA, the dossier or the Excel export.
 */
@QuarkusTest
class LabelCatalogTest {

    private final List<String> missing = new ArrayList<>();

    private void require(String path) {
        for (String language : Labels.LANGUAGES) {
            String text = Labels.of(language).find(path);
            if (text == null || text.isBlank()) {
                missing.add(language + ": " + path);
            }
        }
    }

    private void assertNothingMissing() {
        assertTrue(missing.isEmpty(), "labels missing from backend/src/main/resources/labels: " + missing);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyEnumOfTheContractHasALabelInEveryLanguage() throws IOException {
        Map<String, Object> doc = new Yaml().load(Files.readString(Path.of("..", "openapi.yaml")));
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>) ((Map<String, Object>) doc.get("components"))
                .get("schemas");
        int enums = 0;
        for (var schema : schemas.entrySet()) {
            if (schema.getValue().get("enum") instanceof List<?> values) {
                enums++;
                // A subset of another enum (x-labels-of) takes that enum's labels: the SPA looks them up there.
                String labelledAs = schema.getValue().get("x-labels-of") instanceof String of ? of : schema.getKey();
                values.forEach(v -> require("enum." + labelledAs + "." + v));
            }
        }
        assertTrue(enums >= 15, "the contract's named enums were found (" + enums + ")");
        assertNothingMissing();
    }

    @Test
    void everyHistoryEventTypeHasALabelAndActionsReadAsTheirButtons() {
        for (HazardWorkflow.Action a : HazardWorkflow.Action.values()) {
            require("enum.Action." + a.name());
            for (String language : Labels.LANGUAGES) {
                Labels labels = Labels.of(language);
                assertEquals(labels.of(a), labels.event(a.name()), "history and button say the same for " + a);
            }
        }
        HazardEvent.NON_ACTION_TYPES.forEach(type -> require("event." + type));
        assertNothingMissing();
    }

    @Test
    void everyIndustryHasALabelInEveryLanguage() {
        List<String> codes = as(Demo.admin()).get("/api/v1/industries").then().statusCode(200).extract().jsonPath()
                .getList("code");
        assertTrue(codes.size() >= 20, "the industries were listed");
        codes.forEach(code -> require("industry." + code));
        assertNothingMissing();
    }

    @Test
    void everyAuditedActionAndEntityTypeHasALabel() {
        List<Map<String, String>> entries = as(Demo.admin()).queryParam("limit", 200).get("/api/v1/audit").then()
                .statusCode(200).extract().jsonPath().getList("items");
        for (Map<String, String> e : entries) {
            require("entity." + e.get("entityType"));
            String action = e.get("action");
            require(Labels.of(Labels.ZH).find("enum.Action." + action.toUpperCase(java.util.Locale.ROOT)) != null
                    ? "enum.Action." + action.toUpperCase(java.util.Locale.ROOT) : "auditAction." + action);
        }
        List.of("create", "update", "move", "report", "upload", "link").forEach(a -> require("auditAction." + a));
        List.of("org", "hazard", "attachment").forEach(t -> require("entity." + t));
        assertNothingMissing();
    }

    @Test
    void everyProblemTypeAndFieldErrorCodeHasWords() {
        for (String slug : List.of("validation", "malformed-json", "unauthenticated", "forbidden", "not-found", "conflict",
                "illegal-transition", "unprocessable", "precondition-required", "precondition-failed", "payload-too-large",
                "unsupported-media-type", "content-type-mismatch", "identity-provider-unavailable", "no-cjk-font", "internal", "concurrent-update", "database-unavailable")) {
            require("problem." + slug + ".title");
            require("problem." + slug + ".detail");
        }
        for (int status : List.of(400, 401, 403, 404, 405, 406, 409, 412, 413, 415, 422, 428, 429, 500, 503)) {
            require("problem.http-" + status + ".title");
        }
        FieldErrorCodes.all().forEach(code -> require("fieldError." + code));
        assertNothingMissing();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(keys(Labels.ZH), keys(Labels.EN), "zh-CN.json and en.json list the same labels");
    }

    /** Keys with plural forms (_one, _other) compared by their stem: languages differ in their plural forms. */
    private static TreeSet<String> keys(String language) throws IOException {
        try (InputStream in = LabelCatalogTest.class.getResourceAsStream("/labels/" + language + ".json")) {
            TreeSet<String> keys = new TreeSet<>();
            collect(new ObjectMapper().readTree(in), "", keys);
            return keys;
        }
    }

    private static void collect(JsonNode node, String prefix, TreeSet<String> into) {
        node.fields().forEachRemaining(f -> {
            if (f.getValue().isObject()) {
                collect(f.getValue(), prefix + f.getKey() + ".", into);
            } else {
                into.add((prefix + f.getKey()).replaceAll("_(one|other)$", ""));
            }
        });
    }
}
