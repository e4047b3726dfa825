package cn.redline.platform;

import cn.redline.platform.db.DatabaseOutage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an RFC 9457 problem: no stack traces, no HTML, no class names. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    DatabaseOutage databaseOutage;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response r = respond(e.problem(), uri);
        if (e.retryAfterSeconds() != null) {
            r.getHeaders().putSingle("Retry-After", String.valueOf(e.retryAfterSeconds()));
        }
        if (e.problem().status() == 413) {
            // the rest of a body refused partway is not read: the connection cannot carry another request
            r.getHeaders().putSingle("Connection", "close");
        }
        return r;
    }

    @ServerExceptionMapper
    public Response invalidParameter(QueryParamConverters.InvalidParameter e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        return respond(ProblemException.invalid(errors).problem(), uri);
    }

    /** Also unknown fields and enum or format errors; declared so it wins over the JSON extension's own mapper. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return mapping(e, uri);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e, UriInfo uri) {
        Problem.FieldError error = JsonFieldErrors.of(e);
        return respond(error == null ? malformed() : ProblemException.invalid(List.of(error)).problem(), uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(malformed(), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    /** The identity provider cannot be reached to verify the token: a temporary failure, not the caller's. */
    @ServerExceptionMapper
    public Response identityProviderDown(io.quarkus.oidc.OIDCException e, UriInfo uri) {
        LOG.warn("Identity provider unavailable: " + e.getMessage());
        return unavailable("identity-provider-unavailable",
                "The identity provider cannot be reached to verify the token; try again shortly", 10, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "forbidden", "Forbidden", "Your role does not allow this action"), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return respond(internal(), uri);
        }
        Problem p = Problem.of(status, "http-" + status, Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error", detailFor(status));
        Response.ResponseBuilder rb = Response.status(status).type(Problem.MEDIA_TYPE).entity(p.withInstance(path(uri)));
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            rb.header(HttpHeaders.ALLOW, allow);
        }
        return rb.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpHeaders headers, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) {
            // PostgreSQL is down, whichever route found out: temporary, logged once per outage, not per request
            databaseOutage.failed(e);
            return unavailable("database-unavailable", "The database cannot be reached; try again shortly", 5, uri);
        }
        if (LostUpdate.isCauseOf(e)) {
            return respond(LostUpdate.problem(headers.getHeaderString(HttpHeaders.IF_MATCH) != null), uri);
        }
        LOG.error("Unexpected failure", e);
        return respond(internal(), uri);
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "No resource at this address";
            case 405 -> "This method is not allowed here";
            case 406 -> "This resource answers application/json only";
            case 415 -> "Send the body as application/json";
            case 400 -> "The request could not be read";
            default -> "The request cannot be served";
        };
    }

    static Response unauthenticated(UriInfo uri) {
        Problem p = Problem.of(401, "unauthenticated", "Unauthenticated", "A valid bearer token is required");
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(p.withInstance(path(uri))).build();
    }

    private static Problem malformed() {
        return Problem.of(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON");
    }

    private static Problem internal() {
        return Problem.of(500, "internal", "Internal error", "The server failed; the failure was logged");
    }

    private static Response unavailable(String type, String detail, int retryAfterSeconds, UriInfo uri) {
        Problem p = Problem.of(503, type, "Service unavailable", detail);
        return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .entity(p.withInstance(path(uri))).build();
    }

    static Response respond(Problem p, UriInfo uri) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p.withInstance(path(uri))).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** "create.input.name" → "name"; query parameters keep their own name. */
    private static String fieldName(ConstraintViolation<?> v) {
        String last = null;
        boolean inBody = false;
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                last = node.getName();
                continue;
            }
            inBody = true;
            if (sb.length() > 0 && node.getName() != null) {
                sb.append('.');
            }
            if (node.getName() != null) {
                sb.append(node.getName());
            }
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            }
        }
        return inBody ? sb.toString() : (last == null ? "request" : last);
    }
}
