package cn.redline.fulfilment;

import cn.redline.attachment.AttachmentOwnerPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** A record's photos and files are visible to whoever may see the record. */
@ApplicationScoped
public class FulfilmentAttachmentPolicy implements AttachmentOwnerPolicy {

    static final String OWNER = "fulfilment";

    @Inject
    FulfilmentRepository records;

    @Override
    public String ownerType() {
        return OWNER;
    }

    @Override
    public boolean canRead(UUID ownerId) {
        return records.findVisible(ownerId).isPresent();
    }
}
