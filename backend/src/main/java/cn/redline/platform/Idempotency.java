package cn.redline.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.MapperFeature;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Idempotency-Key on POST. The key row is inserted in the same transaction as the change it guards:
 * a concurrent request with the same key waits on the row's unique index until the first commits, then
 * replays its stored response; if the first rolled back, the second runs. So a key never creates twice.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[\\x21-\\x7e]{1,255}");

    /** Canonical JSON (sorted keys, in trees too) so the same body hashes the same whatever its field order. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true)
            .findAndAddModules().build();

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "redline.idempotency.ttl", defaultValue = "P1D")
    Duration ttl;

    /**
     * Runs {@code action} once per (caller, org, operation, key). Without a key it simply runs. The action's response
     * entity is stored as JSON with its status, Location and ETag. Routes use it through {@link Idempotent}.
     */
    @Transactional
    Response run(String key, String operation, Object body, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalid(HEADER, "must be 1 to 255 visible ASCII characters");
        }
        Owner owner = new Owner(caller.subject(), caller.orgCode(), operation, key);
        String hash = hash(operation, body);
        owner.bind(em.createNativeQuery("delete from idempotency_record where " + Owner.WHERE + " and expires_at < now()"))
                .executeUpdate();
        int inserted = owner.bind(em.createNativeQuery("""
                insert into idempotency_record (caller, org_code, operation, idem_key, request_hash, created_at, expires_at)
                values (?1, ?2, ?3, ?4, ?5, now(), now() + make_interval(secs => ?6))
                on conflict do nothing"""))
                .setParameter(5, hash).setParameter(6, (double) ttl.toSeconds()).executeUpdate();
        if (inserted == 0) {
            return replay(owner, hash);
        }
        Response response = action.get();
        owner.bind(em.createNativeQuery("update idempotency_record set status = ?5, response_body = ?6, location = ?7, "
                        + "etag = ?8 where " + Owner.WHERE))
                .setParameter(5, response.getStatus())
                .setParameter(6, serialize(response.getEntity()))
                .setParameter(7, response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter(8, response.getHeaderString(HttpHeaders.ETAG))
                .executeUpdate();
        return response;
    }

    /**
     * Whose key it is: the caller's subject, the org its token acts for and the route. A person who moves to
     * another org keeps their subject, so the subject alone could replay a record made for the old org.
     */
    private record Owner(String subject, String orgCode, String operation, String key) {

        static final String WHERE = "caller = ?1 and org_code = ?2 and operation = ?3 and idem_key = ?4";

        Query bind(Query q) {
            return q.setParameter(1, subject).setParameter(2, orgCode).setParameter(3, operation).setParameter(4, key);
        }
    }

    private Response replay(Owner owner, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = owner.bind(em.createNativeQuery(
                "select request_hash, status, response_body, location, etag from idempotency_record where " + Owner.WHERE))
                .getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw ProblemException.unprocessable(
                    "This Idempotency-Key was already used with a different request; use a new key");
        }
        Response.ResponseBuilder rb = Response.status(((Number) row[1]).intValue())
                .type(MediaType.APPLICATION_JSON).header(REPLAYED, "true");
        if (row[2] != null) {
            rb.entity(row[2]);
        }
        if (row[3] != null) {
            rb.header(HttpHeaders.LOCATION, row[3]);
        }
        if (row[4] != null) {
            rb.header(HttpHeaders.ETAG, row[4]);
        }
        return rb.build();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        em.createNativeQuery("delete from idempotency_record where expires_at < now()").executeUpdate();
    }

    private String serialize(Object entity) {
        try {
            return entity == null ? null : json.writeValueAsString(entity);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hash(String operation, Object body) {
        try {
            byte[] route = operation.getBytes(StandardCharsets.UTF_8);
            byte[] json = CANONICAL.writeValueAsBytes(body);
            byte[] all = new byte[route.length + 1 + json.length];
            System.arraycopy(route, 0, all, 0, route.length);
            System.arraycopy(json, 0, all, route.length + 1, json.length);
            return sha256(all);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
