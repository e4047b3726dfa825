package cn.redline.dutyreport;

import cn.redline.duty.list.ListStatus;
import cn.redline.duty.list.SignatureMethod;
import cn.redline.duty.list.SignatureRole;
import cn.redline.platform.db.SqlReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The list side of a duty dossier (§2.5 item 4): the versions of the posts' lists that were in force in the range
 * (signed ones, superseded included: they bound until their successor was signed), who signed each and over which
 * content hash, and the handovers of the posts in the range.
 */
@ApplicationScoped
public class DossierLists {

    private static final String VERSIONS = """
            select l.id, l.holder_post_id, l.code, l.version_no, l.title, l.status, l.doc_number, l.effective_from, l.effective_to
            from responsibility_list l
            where l.holder_post_id in :posts and l.status in ('SIGNED', 'ACTIVE', 'CLOSED', 'ARCHIVED', 'SUPERSEDED')
              and l.effective_from <= :to and l.effective_to >= :from
            order by l.holder_post_id, l.effective_from, l.version_no""";

    private static final String SIGNATURES = """
            select list_id, role, person_name, sign_date, method, doc_hash
            from list_signature where list_id in :lists order by list_id, role desc""";

    private static final String HANDOVERS = """
            select h.post_id, l.code, h.from_person, h.to_person, h.handover_date, h.due_date, h.acknowledged_at
            from list_handover h join responsibility_list l on l.id = h.list_id
            where h.post_id in :posts and h.handover_date between :from and :to
            order by h.post_id, h.handover_date, l.code""";

    @Inject
    SqlReads reads;

    record Version(UUID id, UUID post, String code, int versionNo, String title, ListStatus status, String docNumber,
                   LocalDate from, LocalDate to, List<Signature> signatures) {
    }

    record Signature(SignatureRole role, String personName, LocalDate date, SignatureMethod method, String docHash) {
    }

    record Handover(UUID post, String listCode, String fromPerson, String toPerson, LocalDate date, LocalDate due,
                    OffsetDateTime acknowledgedAt) {
    }

    /** The list versions of the posts in force on some day of the range, by post, with their signatures. */
    Map<UUID, List<Version>> versions(Collection<UUID> posts, LocalDate from, LocalDate to) {
        record Raw(UUID id, UUID post, String code, int versionNo, String title, ListStatus status, String docNumber,
                   LocalDate from, LocalDate to) {
        }
        List<Raw> raw = reads.list(VERSIONS, Map.of("posts", posts, "from", from, "to", to), rs -> new Raw(
                rs.getObject("id", UUID.class), rs.getObject("holder_post_id", UUID.class), rs.getString("code"),
                rs.getInt("version_no"), rs.getString("title"), ListStatus.valueOf(rs.getString("status")),
                rs.getString("doc_number"), rs.getObject("effective_from", LocalDate.class),
                rs.getObject("effective_to", LocalDate.class)));
        Map<UUID, List<Signature>> signatures = raw.isEmpty() ? Map.of()
                : reads.list(SIGNATURES, Map.of("lists", raw.stream().map(Raw::id).toList()), rs -> Map.entry(
                        rs.getObject("list_id", UUID.class), new Signature(SignatureRole.valueOf(rs.getString("role")),
                                rs.getString("person_name"), rs.getObject("sign_date", LocalDate.class),
                                SignatureMethod.valueOf(rs.getString("method")), rs.getString("doc_hash"))))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return raw.stream().map(r -> new Version(r.id(), r.post(), r.code(), r.versionNo(), r.title(), r.status(), r.docNumber(),
                        r.from(), r.to(), signatures.getOrDefault(r.id(), List.of())))
                .collect(Collectors.groupingBy(Version::post));
    }

    /** The handovers of the posts dated in the range, by post. */
    Map<UUID, List<Handover>> handovers(Collection<UUID> posts, LocalDate from, LocalDate to) {
        return reads.list(HANDOVERS, Map.of("posts", posts, "from", from, "to", to), rs -> new Handover(
                        rs.getObject("post_id", UUID.class), rs.getString("code"), rs.getString("from_person"),
                        rs.getString("to_person"), rs.getObject("handover_date", LocalDate.class),
                        rs.getObject("due_date", LocalDate.class), rs.getObject("acknowledged_at", OffsetDateTime.class)))
                .stream().collect(Collectors.groupingBy(Handover::post));
    }
}
