package cn.redline.hazard;

import cn.redline.attachment.AttachmentOwnerPolicy;
import cn.redline.platform.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** A ticket's photos and files are visible to whoever may see the ticket. */
@ApplicationScoped
public class HazardAttachmentPolicy implements AttachmentOwnerPolicy {

    static final String OWNER = "hazard";

    @Inject
    HazardRepository hazards;

    @Inject
    Caller caller;

    @Override
    public String ownerType() {
        return OWNER;
    }

    @Override
    public boolean canRead(UUID ownerId) {
        return hazards.findVisible(ownerId, caller.scope()).isPresent();
    }
}
