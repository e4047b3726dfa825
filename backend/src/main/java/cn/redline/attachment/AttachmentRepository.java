package cn.redline.attachment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<Attachment, UUID> {

    /** Locks the rows in id order, so two requests cannot link one file twice nor deadlock on overlapping lists. */
    List<Attachment> lockForUpdate(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery("select a from Attachment a where a.id in :ids order by a.id", Attachment.class)
                .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    List<Attachment> ofOwner(String ownerType, UUID ownerId) {
        return list("ownerType = ?1 and ownerId = ?2 order by uploadedAt, id", ownerType, ownerId);
    }

    List<Attachment> ofOwners(String ownerType, java.util.Collection<UUID> ownerIds) {
        return list("ownerType = ?1 and ownerId in ?2 order by uploadedAt, id", ownerType, ownerIds);
    }
}
