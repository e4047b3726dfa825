package cn.redline.drill;

import jakarta.enterprise.context.ApplicationScoped;

/** A drill's documents and photos (its timeline's too) are visible to whoever may see the drill. */
@ApplicationScoped
public class DrillAttachmentPolicy extends ScopedAttachmentPolicy {

    static final String OWNER = "drill";

    public DrillAttachmentPolicy() {
        super(OWNER, Drill.class);
    }
}
