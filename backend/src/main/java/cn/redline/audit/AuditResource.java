package cn.redline.audit;

import cn.redline.platform.Caller;
import cn.redline.platform.Keyset;
import cn.redline.platform.Like;
import cn.redline.platform.Page;
import cn.redline.platform.PageParams;
import cn.redline.platform.Capability;
import cn.redline.platform.Scope;
import cn.redline.platform.Times;
import io.quarkus.security.PermissionsAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    private static final Keyset<AuditEntry> NEWEST_FIRST = Keyset.descending("audit", Keyset.number("a.id", e -> e.id));

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    @Any
    Instance<AuditedRecordPolicy> policies;

    @GET
    @PermissionsAllowed(Capability.Name.VIEW_AUDIT)
    @Operation(operationId = "listAudit", summary = "List audit entries in the caller's scope, newest first; "
            + "filter by entity, actor and date range")
    public AuditPage list(
            @QueryParam("entityType") @Size(max = 40) String entityType,
            @QueryParam("entityId") @Size(max = 64) String entityId,
            @Parameter(description = "Part of the actor's name or their exact subject")
            @QueryParam("actor") @Size(max = 255) String actor,
            @Parameter(description = "From this day (Asia/Shanghai), inclusive") @QueryParam("from") LocalDate from,
            @Parameter(description = "Up to this day (Asia/Shanghai), inclusive") @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageParams page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!caller.scope().global()) {
            where.add("a.scopePath like :scope");
            params.put("scope", caller.orgPath() + "%");
        }
        for (AuditedRecordPolicy policy : policies) {
            Scope.Filter visible = policy.visibleTo("a.entityId");
            String type = "policyType" + params.size();
            where.add("(a.entityType <> :" + type + " or " + visible.hql() + ")");
            params.put(type, policy.entityType());
            params.putAll(visible.params());
        }
        if (entityType != null) {
            where.add("a.entityType = :type");
            params.put("type", entityType);
        }
        if (entityId != null) {
            where.add("a.entityId = :eid");
            params.put("eid", entityId);
        }
        if (actor != null && !actor.isBlank()) {
            where.add("(a.actorSubject = :actor or lower(a.actorName) like :actorLike" + Like.ESCAPE + ")");
            params.put("actor", actor.strip());
            params.put("actorLike", Like.containing(actor.strip().toLowerCase(java.util.Locale.ROOT)));
        }
        if (from != null) {
            where.add("a.at >= :from");
            params.put("from", Times.startOf(from));
        }
        if (to != null) {
            where.add("a.at < :to");
            params.put("to", Times.after(to));
        }
        Scope.Filter next = NEWEST_FIRST.where(NEWEST_FIRST.after(page.after()));
        if (next != null) {
            where.add(next.hql());
            params.putAll(next.params());
        }
        String hql = "from AuditEntry a" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by " + NEWEST_FIRST.orderBy();
        TypedQuery<AuditEntry> q = em.createQuery(hql, AuditEntry.class).setMaxResults(page.limit + 1);
        params.forEach(q::setParameter);
        Page<AuditEntryView> shown = NEWEST_FIRST.page(q.getResultList(), page.limit, AuditEntryView::of);
        return new AuditPage(shown.items(), shown.nextCursor());
    }
}
