package cn.redline.drill;

import cn.redline.attachment.AttachmentOwnerPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** A finding's evidence files are visible to whoever may see the finding. */
@ApplicationScoped
public class DrillFindingAttachmentPolicy implements AttachmentOwnerPolicy {

    static final String OWNER = "drill-finding";
    static final String EVIDENCE = "EVIDENCE";

    @Inject
    ScopedRecords records;

    @Override
    public String ownerType() {
        return OWNER;
    }

    @Override
    public boolean canRead(UUID ownerId) {
        return records.find(DrillFinding.class, ownerId).isPresent();
    }
}
