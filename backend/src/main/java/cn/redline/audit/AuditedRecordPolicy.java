package cn.redline.audit;

import cn.redline.platform.Scope;

/**
 * Who may read the audit entries of one entity type, for records whose visibility is narrower than the org
 * scope the entries are filed under (e.g. an upload private to its uploader). The audit list shows an entry of
 * such a type only to callers who may see the record itself now; one CDI bean per entity type.
 */
public interface AuditedRecordPolicy {

    /** The entity type the entries carry, as passed to {@link AuditLog#record}. */
    String entityType();

    /**
     * An HQL condition on the entry's entity id expression (e.g. {@code a.entityId}) that holds when the current
     * caller may see that record; parameter names must not clash with another policy's.
     */
    Scope.Filter visibleTo(String entityIdExpr);
}
