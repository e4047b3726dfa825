package cn.redline.drill;

import jakarta.enterprise.context.ApplicationScoped;

/** A finding's evidence files are visible to whoever may see the finding. */
@ApplicationScoped
public class DrillFindingAttachmentPolicy extends ScopedAttachmentPolicy {

    static final String OWNER = "drill-finding";
    static final String EVIDENCE = "EVIDENCE";

    public DrillFindingAttachmentPolicy() {
        super(OWNER, DrillFinding.class);
    }
}
