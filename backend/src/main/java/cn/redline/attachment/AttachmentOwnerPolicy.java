package cn.redline.attachment;

import java.util.UUID;

/**
 * Decides who may read the attachments of one kind of record. A feature whose records carry attachments
 * (hazard, drill, duty fulfilment …) provides one CDI bean per owner type; a linked attachment is visible
 * exactly when its owner record is visible to the caller, so file visibility follows record scope.
 */
public interface AttachmentOwnerPolicy {

    /** The owner type this policy answers for, as passed to {@link AttachmentService#link}; at most 20 characters. */
    String ownerType();

    /** Whether the current caller may see the record {@code ownerId}, and so its attachments. */
    boolean canRead(UUID ownerId);
}
