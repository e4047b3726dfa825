package cn.redline.attachment;

import cn.redline.audit.AuditedRecordPolicy;
import cn.redline.platform.Caller;
import cn.redline.platform.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * An upload's audit trail (file name, hash, size) is as private as the upload: until a record claims the file
 * only its uploader sees the entries; once attached, the entries follow the org scope like any other; once
 * purged, nobody sees them through the API.
 */
@ApplicationScoped
class AttachmentAuditPolicy implements AuditedRecordPolicy {

    @Inject
    Caller caller;

    @Override
    public String entityType() {
        return AttachmentService.ENTITY;
    }

    @Override
    public Scope.Filter visibleTo(String entityIdExpr) {
        // Attachment entries carry the file's UUID; the cast keeps the lookup on the primary key.
        return new Scope.Filter("exists (select 1 from Attachment f where f.id = cast(" + entityIdExpr + " as uuid)"
                + " and (f.ownerId is not null or f.uploadedBy = :attachmentAuditSubject))",
                Map.of("attachmentAuditSubject", caller.subject()));
    }
}
