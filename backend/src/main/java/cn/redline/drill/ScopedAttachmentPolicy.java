package cn.redline.drill;

import cn.redline.attachment.AttachmentOwnerPolicy;
import jakarta.inject.Inject;
import java.util.UUID;

/** The drill feature's files are visible to whoever may see their owner record (a drill, a finding, a spot check). */
abstract class ScopedAttachmentPolicy implements AttachmentOwnerPolicy {

    private final String owner;
    private final Class<?> type;

    @Inject
    ScopedRecords records;

    ScopedAttachmentPolicy(String owner, Class<?> type) {
        this.owner = owner;
        this.type = type;
    }

    @Override
    public String ownerType() {
        return owner;
    }

    @Override
    public boolean canRead(UUID ownerId) {
        return records.find(type, ownerId).isPresent();
    }
}
