package cn.redline.accident;

import cn.redline.attachment.AttachmentOwnerPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** An accident's investigation files are visible to whoever may see the accident. */
@ApplicationScoped
public class AccidentAttachmentPolicy implements AttachmentOwnerPolicy {

    static final String OWNER = "accident";

    @Inject
    AccidentRepository accidents;

    @Override
    public String ownerType() {
        return OWNER;
    }

    @Override
    public boolean canRead(UUID ownerId) {
        return accidents.findVisible(ownerId).isPresent();
    }
}
