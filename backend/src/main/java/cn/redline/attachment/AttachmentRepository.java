package cn.redline.attachment;

import cn.redline.platform.db.SqlReads;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<Attachment, UUID> {

    @Inject
    SqlReads reads;

    /** First key of the per-uploader quota lock, pg_advisory_xact_lock(int, int): "rdlq". */
    private static final int QUOTA_LOCK = 0x72646c71;

    /** What one uploader holds unattached: the bytes and the oldest upload's time (null when none). */
    record Unattached(long bytes, OffsetDateTime oldest) {
    }

    /** Locks the rows in id order, so two requests cannot link one file twice nor deadlock on overlapping lists. */
    List<Attachment> lockForUpdate(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery("select a from Attachment a where a.id in :ids order by a.id", Attachment.class)
                .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /**
     * The uploader's unattached files, after taking a transaction-level advisory lock on the uploader, so two
     * concurrent uploads by one person (on any instance) are counted one after the other against the quota.
     */
    Unattached lockUnattachedOf(String subject) {
        getEntityManager().createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1, hashtext(?2))) l")
                .setParameter(1, QUOTA_LOCK).setParameter(2, subject).getSingleResult();
        Object[] row = getEntityManager().createQuery("""
                select coalesce(sum(a.size), 0), min(a.uploadedAt) from Attachment a
                where a.uploadedBy = :subject and a.ownerId is null""", Object[].class)
                .setParameter("subject", subject).getSingleResult();
        return new Unattached(((Number) row[0]).longValue(), (OffsetDateTime) row[1]);
    }

    /**
     * Up to {@code limit} files never attached and uploaded before {@code cutoff}, locked; rows another
     * transaction holds (a purge on another instance, a request linking them) are skipped, not waited for.
     */
    @SuppressWarnings("unchecked")
    List<Attachment> lockUnattachedBefore(OffsetDateTime cutoff, int limit) {
        return getEntityManager().createNativeQuery("""
                select * from attachment where owner_id is null and uploaded_at < ?1
                order by uploaded_at limit ?2 for update skip locked""", Attachment.class)
                .setParameter(1, cutoff).setParameter(2, limit).getResultList();
    }

    /** The org paths of uploaders' org codes, for audit entries written without a caller. */
    @SuppressWarnings("unchecked")
    Map<String, String> orgPaths(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("select code, path from org where code in (:codes)")
                .setParameter("codes", Set.copyOf(codes)).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
    }

    List<Attachment> ofOwner(String ownerType, UUID ownerId) {
        return list("ownerType = ?1 and ownerId = ?2 order by uploadedAt, id", ownerType, ownerId);
    }

    /** The views of the files of these records, read straight into the view records. */
    List<AttachmentView> viewsOfOwners(String ownerType, Collection<UUID> ownerIds) {
        return reads.list("""
                select id, file_name, content_type, size_bytes, sha256, uploaded_at, owner_type, owner_id, purpose
                from attachment where owner_type = :type and owner_id in :owners order by uploaded_at, id""",
                Map.of("type", ownerType, "owners", ownerIds),
                rs -> new AttachmentView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7),
                        rs.getObject(8, UUID.class), rs.getString(9)));
    }
}
