package cn.redline.assessment;

import cn.redline.attachment.AttachmentOwnerPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** An assessment's evidence and plans are visible to whoever may see the assessment. */
@ApplicationScoped
public class AssessmentAttachmentPolicy implements AttachmentOwnerPolicy {

    static final String OWNER = "assessment";

    @Inject
    Assessments assessments;

    @Override
    public String ownerType() {
        return OWNER;
    }

    @Override
    public boolean canRead(UUID ownerId) {
        try {
            assessments.visible(ownerId);
            return true;
        } catch (cn.redline.platform.ProblemException e) {
            return false;
        }
    }
}
