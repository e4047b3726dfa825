package cn.redline.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/**
 * Documents the conditional and retry-safe requests in the contract from the routes' annotations, so no route
 * repeats them: {@link Idempotent} routes take the Idempotency-Key header and may answer Idempotency-Replayed;
 * {@link Versioned} routes answer an ETag and, as their ifMatch says, take If-Match (the 412 and 428 answers
 * follow from that parameter, {@link ProblemResponsesFilter}, which runs after build-time filters); a route
 * that needs a {@link Capability} names it (x-capability) and the roles that have it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class HttpContract implements OASFilter {

    static final String ETAG = "ETag";
    static final String IF_MATCH = "If-Match";
    /** An ETag is the row version in quotes ({@link Etags}); If-Match may list several. */
    private static final int ETAG_MAX = 24;
    private static final int IF_MATCH_MAX = 200;
    private static final int KEY_MAX = 255;

    private static final DotName OPERATION = DotName.createSimple(
            org.eclipse.microprofile.openapi.annotations.Operation.class.getName());

    private final IndexView index;

    /** Build-time filters are given the application's index, which holds the routes' annotations. */
    public HttpContract(IndexView index) {
        this.index = index;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        var components = openAPI.getComponents();
        components.addHeader(ETAG, OASFactory.createHeader()
                .description("The resource's version; send it back in If-Match to change it")
                .schema(string(ETAG_MAX)));
        components.addHeader(Idempotency.REPLAYED, OASFactory.createHeader()
                .description("true when this is the stored answer to an earlier request with the same Idempotency-Key")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("true"))));
        Map<String, Operation> byId = new HashMap<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(op -> byId.put(op.getOperationId(), op)));
        each(index, Idempotent.class, byId, (op, a) -> {
            parameter(op, Idempotency.HEADER).description("Retry-safe key: a retry with the same key and request "
                    + "replays the first answer; the key with another request is refused (422)").schema(string(KEY_MAX));
            successes(op).forEach(r -> r.addHeader(Idempotency.REPLAYED,
                    OASFactory.createHeader().ref(Idempotency.REPLAYED)));
        });
        each(index, PermissionsAllowed.class, byId, (op, a) -> {
            Capability capability = Capability.valueOf(a.value().asStringArray()[0]);
            op.addExtension("x-capability", capability.name());
            op.setSecurity(List.of(OASFactory.createSecurityRequirement()
                    .addScheme("bearer", capability.roles().stream().sorted().toList())));
        });
        each(index, Versioned.class, byId, (op, a) -> {
            successes(op).forEach(r -> r.addHeader(ETAG, OASFactory.createHeader().ref(ETAG)));
            AnnotationValue v = a.value("ifMatch");
            Versioned.IfMatch ifMatch = v == null ? Versioned.IfMatch.NONE : Versioned.IfMatch.valueOf(v.asEnum());
            if (ifMatch != Versioned.IfMatch.NONE) {
                boolean required = ifMatch == Versioned.IfMatch.REQUIRED;
                parameter(op, IF_MATCH).required(required).schema(string(IF_MATCH_MAX)).description(required
                        ? "The ETag from GET; a missing one is refused (428), another version (412)"
                        : "Optional: the ETag the caller acted on; another version is refused (412)");
            }
        });
    }

    private static void each(IndexView index, Class<?> annotation, Map<String, Operation> byId,
                             BiConsumer<Operation, AnnotationInstance> action) {
        for (AnnotationInstance a : index.getAnnotations(DotName.createSimple(annotation.getName()))) {
            if (a.target().kind() != AnnotationTarget.Kind.METHOD) {
                continue;
            }
            AnnotationInstance operation = a.target().asMethod().annotation(OPERATION);
            Operation op = operation == null ? null : byId.get(operation.value("operationId").asString());
            if (op == null) {
                throw new IllegalStateException("@" + annotation.getSimpleName() + " on " + a.target()
                        + " needs a documented @Operation(operationId)");
            }
            action.accept(op, a);
        }
    }

    /** The operation's header parameter of that name, added if the route does not declare it. */
    private static Parameter parameter(Operation op, String name) {
        if (op.getParameters() != null) {
            for (Parameter p : op.getParameters()) {
                if (p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName())) {
                    return p;
                }
            }
        }
        Parameter p = OASFactory.createParameter().name(name).in(Parameter.In.HEADER);
        op.addParameter(p);
        return p;
    }

    private static List<APIResponse> successes(Operation op) {
        return op.getResponses().getAPIResponses().entrySet().stream()
                .filter(e -> e.getKey().startsWith("2")).map(Map.Entry::getValue).toList();
    }

    private static Schema string(int maxLength) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength);
    }
}
