package cn.redline.assessment;

import cn.redline.org.Org;
import cn.redline.platform.Caller;
import cn.redline.platform.Times;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Metric snapshots of a scheme's targets (§1.5): taken when the scheme opens (provisional), when its review starts
 * (frozen, {@link AssessmentScheme#frozenAt}) and again by hand with a reason. Taking adds rows and never overwrites;
 * the snapshot in force for scoring is the latest one taken at or before the freeze (the latest while not frozen).
 */
@ApplicationScoped
public class MetricSnapshots {

    private static final ObjectMapper CANONICAL = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    @Inject
    EntityManager em;

    @Inject
    MetricQueries queries;

    @Inject
    Caller caller;

    /** The period a scheme assesses as local days [from, to): up to and including its cutoff. */
    static LocalDate from(AssessmentScheme s) {
        return s.period == AssessmentPeriod.SECOND_HALF ? LocalDate.of(s.year, 7, 1) : LocalDate.of(s.year, 1, 1);
    }

    static LocalDate to(AssessmentScheme s) {
        return s.cutoff().plusDays(1);
    }

    /** Computes every metric of each target now and adds the rows, all stamped {@code at}. */
    public void take(AssessmentScheme s, Collection<Org> targets, MetricSnapshot.Reason reason, String comment, OffsetDateTime at) {
        MetricQueries.Window w = queries.window(from(s), to(s));
        for (Org target : targets) {
            List<MetricSnapshot> taken = new java.util.ArrayList<>();
            queries.compute(target, w).forEach((code, v) -> {
                MetricSnapshot m = new MetricSnapshot();
                m.id = UUID.randomUUID();
                m.schemeId = s.id;
                m.targetOrgId = target.id;
                m.metric = code;
                m.periodFrom = w.from();
                m.periodTo = w.to();
                // the last day counted: the cutoff, or today while the period runs
                m.asOf = w.end().minusDays(1);
                m.value = v.value();
                m.inputs = v.inputs();
                m.inputsHash = hash(v);
                m.reason = reason;
                m.comment = comment;
                m.computedAt = Times.stored(at);
                m.computedBy = caller.displayName();
                em.persist(m);
                taken.add(m);
            });
            // written and let go: each native query of the next target flushes the session, and the rows taken so far would
            // be dirty-checked (their JSON inputs compared) again by every one of them
            em.flush();
            taken.forEach(em::detach);
        }
    }

    /** Every snapshot of a target in the scheme, latest first per metric. */
    public List<MetricSnapshot> all(UUID schemeId, UUID targetId) {
        return em.createQuery("from MetricSnapshot where schemeId = :s and targetOrgId = :t order by metric, computedAt desc, id",
                MetricSnapshot.class).setParameter("s", schemeId).setParameter("t", targetId).getResultList();
    }

    /** Per metric, the snapshot scoring reads: the latest at or before {@code frozenAt}, or the latest when null. */
    public Map<MetricCode, MetricSnapshot> inForce(UUID schemeId, UUID targetId, OffsetDateTime frozenAt) {
        Map<MetricCode, MetricSnapshot> out = new EnumMap<>(MetricCode.class);
        for (MetricSnapshot m : all(schemeId, targetId)) {
            if ((frozenAt == null || !m.computedAt.isAfter(frozenAt)) && !out.containsKey(m.metric)) {
                out.put(m.metric, m);
            }
        }
        return out;
    }

    static String hash(MetricQueries.Value v) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("value", v.value() == null ? null : v.value().stripTrailingZeros().toPlainString());
        doc.put("inputs", new TreeMap<>(v.inputs()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(CANONICAL.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
