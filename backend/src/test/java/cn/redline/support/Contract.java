package cn.redline.support;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yaml.snakeyaml.Yaml;

/** The committed openapi.yaml as a list of operations, so tests can cover every route the contract names. */
public final class Contract {

    private static final Path FILE = Path.of("..", "openapi.yaml");
    private static Map<String, Object> doc;
    private static long loadedAt;

    private Contract() {
    }

    /** One operation: method, path template, its parameters and whether it takes a body. */
    public record Operation(String method, String path, String id, List<Map<String, Object>> parameters, boolean hasBody,
            String bodyType) {

        /** The path with every path parameter filled: an id that names nothing, a code of the demo tree. */
        public String concretePath() {
            String p = path;
            for (Map<String, Object> param : parameters) {
                if ("path".equals(param.get("in"))) {
                    String value = "code".equals(param.get("name")) ? Demo.NANMING : UUID.randomUUID().toString();
                    p = p.replace("{" + param.get("name") + "}", value);
                }
            }
            return p;
        }

        public List<Map<String, Object>> queryParameters() {
            return parameters.stream().filter(p -> "query".equals(p.get("in"))).toList();
        }

        /** Sends the request: a body of the operation's first media type when it takes one (empty object / bytes). */
        public Response send(RequestSpecification spec) {
            spec = spec.accept("*/*");
            if (hasBody) {
                spec = bodyType.contains("json") ? spec.contentType(ContentType.JSON).body("{}")
                        : spec.contentType(bodyType).body(new byte[] {'%', 'P', 'D', 'F', '-'});
            }
            return spec.request(method, concretePath());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @SuppressWarnings("unchecked")
    public static List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc().get("paths");
        paths.forEach((path, item) -> item.forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> raw) || !raw.containsKey("responses")) {
                return;
            }
            Map<String, Object> op = (Map<String, Object>) raw;
            List<Map<String, Object>> params = new ArrayList<>();
            for (Object p : (List<Object>) op.getOrDefault("parameters", List.of())) {
                params.add((Map<String, Object>) p);
            }
            Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
            String bodyType = body == null ? null
                    : ((Map<String, Object>) body.get("content")).keySet().iterator().next();
            ops.add(new Operation(method.toUpperCase(), path, (String) op.get("operationId"), params, body != null,
                    bodyType));
        }));
        return ops;
    }

    /** A parameter's schema with a top-level $ref (or allOf of one $ref) resolved against components/schemas. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> schemaOf(Map<String, Object> parameter) {
        Map<String, Object> schema = new LinkedHashMap<>((Map<String, Object>) parameter.get("schema"));
        if (schema.get("allOf") instanceof List<?> all) {
            Map<String, Object> merged = new LinkedHashMap<>();
            for (Object part : all) {
                merged.putAll(resolve((Map<String, Object>) part));
            }
            schema.remove("allOf");
            merged.putAll(schema);
            return merged;
        }
        return resolve(schema);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String name = ((String) ref).substring("#/components/schemas/".length());
        Map<String, Object> components = (Map<String, Object>) ((Map<String, Object>) doc().get("components")).get("schemas");
        Map<String, Object> resolved = new LinkedHashMap<>(resolve((Map<String, Object>) components.get(name)));
        schema.forEach((k, v) -> {
            if (!"$ref".equals(k)) {
                resolved.put(k, v);
            }
        });
        return resolved;
    }

    /** Read again when the file changed (OpenApiContractTest may have just regenerated it). */
    private static synchronized Map<String, Object> doc() {
        try {
            long modified = Files.getLastModifiedTime(FILE).toMillis();
            if (doc == null || modified != loadedAt) {
                doc = new Yaml().load(Files.readString(FILE));
                loadedAt = modified;
            }
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
