package cn.redline.platform;

import io.quarkus.runtime.configuration.MemorySize;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the edge in the contract, for every operation at once: the 429 answer with Retry-After, the
 * RateLimit headers and CORS on every 2xx/4xx answer, and the length of every formatted string (ids, dates,
 * date-times, links, uploaded bytes) as the server enforces it.
 */
final class EdgeContract {

    static final String RATE_LIMIT = "RateLimit";
    static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    static final String RETRY_AFTER = "Retry-After";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    private static final int UUID_LENGTH = 36;
    private static final int URI_MAX = 2048;

    private EdgeContract() {
    }

    static void document(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        components.addHeader(RATE_LIMIT, header("Quota left per policy (draft-ietf-httpapi-ratelimit-headers): "
                + "\"client\";r=<requests left>;t=<seconds to full>, …", 200));
        components.addHeader(RATE_LIMIT_POLICY, header("Quotas applied (draft-ietf-httpapi-ratelimit-headers): "
                + "\"client\" per token, \"address\" per remote address, \"auth-failures\" per address;q=<requests>;w=<seconds>", 200));
        components.addHeader(ALLOW_ORIGIN, header("Sent on browser requests whose Origin is one of the configured "
                + "allowed origins (redline.cors.origins)", URI_MAX));
        components.addHeader(RETRY_AFTER, OASFactory.createHeader().description("Seconds to wait before retrying")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(86_400))));
        openAPI.servers(List.of(OASFactory.createServer().url("/")
                .description("This deployment: production, or local with ./run.sh").addExtension("x-internal", false)));
        long maxBody = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(10L * 1024 * 1024);
        components.getSchemas().values().forEach(s -> bound(s, null));
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> bound(p.getSchema(), null));
            }
            if (op.getRequestBody() != null) {
                forEachSchema(op.getRequestBody().getContent(), s -> bound(s, maxBody));
            }
            if (path.startsWith("/api/")) {
                rateLimited(op);
            }
            if (op.getResponses() != null) {
                op.getResponses().getAPIResponses().forEach((status, response) -> {
                    forEachSchema(response.getContent(), s -> bound(s, null));
                    if (response.getHeaders() != null) {
                        response.getHeaders().values().forEach(h -> bound(h.getSchema(), null));
                    }
                    if (path.startsWith("/api/") && (status.startsWith("2") || status.startsWith("4") || status.startsWith("5"))) {
                        addHeader(response, RATE_LIMIT);
                        addHeader(response, RATE_LIMIT_POLICY);
                        addHeader(response, ALLOW_ORIGIN);
                    }
                });
            }
        }));
    }

    private static void rateLimited(Operation op) {
        if (op.getResponses().getAPIResponse("429") != null) {
            return;
        }
        APIResponse r = OASFactory.createAPIResponse()
                .description("Too many requests from this client or address, or too many failed authentications")
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
        addHeader(r, RETRY_AFTER);
        op.getResponses().addAPIResponse("429", r);
    }

    private static Header header(String description, int maxLength) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength));
    }

    private static void addHeader(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(name));
        }
    }

    private static void forEachSchema(Content content, java.util.function.Consumer<Schema> action) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType m : content.getMediaTypes().values()) {
                action.accept(m.getSchema());
            }
        }
    }

    /** Gives a formatted string its enforced maximum length; {@code bodyLimit} bounds uploaded bytes. */
    private static void bound(Schema s, Long bodyLimit) {
        if (s == null) {
            return;
        }
        List<Schema> nested = new ArrayList<>();
        if (s.getProperties() != null) {
            nested.addAll(s.getProperties().values());
        }
        for (List<Schema> list : java.util.Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf())) {
            if (list != null) {
                nested.addAll(list);
            }
        }
        if (s.getItems() != null) {
            nested.add(s.getItems());
        }
        nested.forEach(n -> bound(n, bodyLimit));
        if (s.getType() == null || !s.getType().contains(Schema.SchemaType.STRING) || s.getMaxLength() != null
                || s.getEnumeration() != null || s.getConstValue() != null) {
            return;
        }
        Integer max = maxLength(s.getFormat() != null ? s.getFormat() : formatOf(s), bodyLimit);
        if (max != null) {
            s.maxLength(max);
        }
    }

    private static Integer maxLength(String format, Long bodyLimit) {
        if (format == null) {
            return null;
        }
        return switch (format) {
            case "uuid" -> UUID_LENGTH;
            case "date" -> QueryParamConverters.DATE_MAX;
            case "date-time" -> QueryParamConverters.DATE_TIME_MAX;
            case "uri" -> URI_MAX;
            case "binary" -> bodyLimit == null ? null : (int) Math.min(Integer.MAX_VALUE, bodyLimit);
            default -> null;
        };
    }

    /**
     * A property written as {$ref: OffsetDateTime, type: string}, or nullable as {type: [string, null],
     * anyOf: [{$ref: UUID}, {type: null}]}, takes its format from the referenced schema.
     */
    private static String formatOf(Schema s) {
        List<String> refs = new ArrayList<>();
        refs.add(s.getRef());
        for (List<Schema> list : java.util.Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf())) {
            if (list != null) {
                list.forEach(n -> refs.add(n.getRef()));
            }
        }
        Map<String, String> known = Map.of("UUID", "uuid", "LocalDate", "date", "OffsetDateTime", "date-time");
        return refs.stream().filter(java.util.Objects::nonNull).map(r -> known.get(r.substring(r.lastIndexOf('/') + 1)))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
