package cn.redline.accountability;

import cn.redline.attachment.AttachmentOwnerPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** An accountability action's documents (notice, answer, minutes) are visible to whoever may see the action. */
@ApplicationScoped
public class AccountabilityAttachmentPolicy implements AttachmentOwnerPolicy {

    static final String OWNER = "accountability";

    @Inject
    Accountability register;

    @Override
    public String ownerType() {
        return OWNER;
    }

    @Override
    public boolean canRead(UUID ownerId) {
        return register.isVisible(ownerId);
    }
}
