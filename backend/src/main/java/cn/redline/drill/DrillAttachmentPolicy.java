package cn.redline.drill;

import cn.redline.attachment.AttachmentOwnerPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** A drill's documents and photos (its timeline's too) are visible to whoever may see the drill. */
@ApplicationScoped
public class DrillAttachmentPolicy implements AttachmentOwnerPolicy {

    static final String OWNER = "drill";

    @Inject
    ScopedRecords records;

    @Override
    public String ownerType() {
        return OWNER;
    }

    @Override
    public boolean canRead(UUID ownerId) {
        return records.find(Drill.class, ownerId).isPresent();
    }
}
