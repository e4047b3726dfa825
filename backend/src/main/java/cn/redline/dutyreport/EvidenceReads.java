package cn.redline.dutyreport;

import cn.redline.platform.db.SqlReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the reports show of the proof behind obligations: the evidence counted towards each obligation (dated inside its
 * period, withdrawn evidence included and flagged), the files of each evidence record with their sha-256, and who held
 * a post on a given day (§1.4: every record resolves the person who held the post on its date).
 */
@ApplicationScoped
public class EvidenceReads {

    private static final String EVIDENCE = """
            select b.id as obligation_id, e.source_kind, e.source_id, e.evidence_date, e.entered_at, e.withdrawn_at
            from obligation b
            join obligation_evidence e on e.subject_id = b.subject_id and e.subject_kind = b.subject_kind
                 and e.evidence_date between b.period_first and b.period_last
                 and (e.rule_id = b.rule_id or e.duty_item_key = b.duty_item_key)
            where b.id in :ids
            order by e.evidence_date, e.entered_at, e.source_id""";

    private static final String FILES = """
            select owner_id::text as owner, file_name, content_type, size_bytes, sha256, uploaded_at
            from attachment where owner_id::text in :owners order by uploaded_at, id""";

    private static final String HOLDERS = """
            select post_id, person_name, person_ref, from_date, to_date, appointment_doc
            from post_assignment where post_id in :posts order by post_id, from_date""";

    @Inject
    SqlReads reads;

    @Schema(name = "DutyEvidence", description = "A record counted towards an obligation, and its files")
    public record Evidence(@Schema(maxLength = 20) String sourceKind, @Schema(maxLength = 64) String sourceId,
                           LocalDate date, OffsetDateTime enteredAt,
                           @Schema(nullable = true, description = "Set when the record no longer counts (rejected, falsified)")
                           OffsetDateTime withdrawnAt,
                           @Schema(maxItems = 100) List<EvidenceFile> files) {
    }

    @Schema(name = "DutyEvidenceFile")
    public record EvidenceFile(@Schema(maxLength = 200) String fileName, @Schema(maxLength = 40) String contentType,
                               @Schema(minimum = "1", maximum = "1073741824") long sizeBytes,
                               @Schema(minLength = 64, maxLength = 64, pattern = "^[0-9a-f]{64}$") String sha256,
                               OffsetDateTime uploadedAt) {
    }

    /** Who held a post from one day to another (both inclusive; {@code to} null while they hold it). */
    public record Tenure(UUID postId, String personName, String personRef, LocalDate from, LocalDate to, String appointmentDoc) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    /** The evidence of each obligation, by obligation id, oldest first. */
    public Map<UUID, List<Evidence>> ofObligations(Collection<UUID> obligationIds) {
        if (obligationIds.isEmpty()) {
            return Map.of();
        }
        record Raw(UUID obligation, String kind, String source, LocalDate date, OffsetDateTime entered, OffsetDateTime withdrawn) {
        }
        List<Raw> raw = reads.list(EVIDENCE, Map.of("ids", obligationIds), rs -> new Raw(rs.getObject("obligation_id", UUID.class),
                rs.getString("source_kind"), rs.getString("source_id"), rs.getObject("evidence_date", LocalDate.class),
                rs.getObject("entered_at", OffsetDateTime.class), rs.getObject("withdrawn_at", OffsetDateTime.class)));
        Map<String, List<EvidenceFile>> files = files(raw.stream().map(Raw::source).collect(Collectors.toSet()));
        Map<UUID, List<Evidence>> out = new HashMap<>();
        for (Raw r : raw) {
            out.computeIfAbsent(r.obligation(), k -> new ArrayList<>()).add(new Evidence(r.kind(), r.source(), r.date(),
                    r.entered(), r.withdrawn(), files.getOrDefault(r.source(), List.of())));
        }
        return out;
    }

    /** The files attached to each record, by the record's id. */
    public Map<String, List<EvidenceFile>> files(Collection<String> recordIds) {
        if (recordIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<EvidenceFile>> out = new HashMap<>();
        reads.list(FILES, Map.of("owners", recordIds), rs -> Map.entry(rs.getString("owner"), new EvidenceFile(
                        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                        rs.getObject("uploaded_at", OffsetDateTime.class))))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    /** Every tenure of the posts, by post, oldest first. */
    public Map<UUID, List<Tenure>> tenures(Collection<UUID> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        return reads.list(HOLDERS, Map.of("posts", postIds), rs -> new Tenure(rs.getObject("post_id", UUID.class),
                        rs.getString("person_name"), rs.getString("person_ref"), rs.getObject("from_date", LocalDate.class),
                        rs.getObject("to_date", LocalDate.class), rs.getString("appointment_doc")))
                .stream().collect(Collectors.groupingBy(Tenure::postId));
    }

    /** The person who held the post on {@code day}, or null when it was vacant. */
    public static String holderOn(List<Tenure> tenures, LocalDate day) {
        return tenures == null ? null : tenures.stream().filter(t -> t.covers(day)).map(Tenure::personName).findFirst().orElse(null);
    }
}
