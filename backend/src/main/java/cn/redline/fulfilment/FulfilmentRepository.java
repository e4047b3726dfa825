package cn.redline.fulfilment;

import cn.redline.fulfilment.FulfilmentEnums.FulfilmentState;
import cn.redline.platform.Caller;
import cn.redline.platform.Keyset;
import cn.redline.platform.Scope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Fulfilment records are scoped by the holder's org: every query joins it and filters through the caller's {@link Scope}. */
@ApplicationScoped
public class FulfilmentRepository implements PanacheRepositoryBase<FulfilmentRecord, UUID> {

    /** Newest first, then id. */
    static final Keyset<FulfilmentRecord> NEWEST = Keyset.descending("fulfilment-records",
            Keyset.time("r.createdAt", r -> r.createdAt), Keyset.uuid("r.id", r -> r.id));

    @Inject
    Caller caller;

    public record Filter(UUID dutyItemId, UUID listId, String periodKey, FulfilmentState state, UUID orgId) {
    }

    /** The record when the caller may see it; out of scope is the same as missing. */
    public Optional<FulfilmentRecord> findVisible(UUID id) {
        return query("r.id = :id", Map.of("id", id)).getResultStream().findFirst();
    }

    /** One keyset page (limit + 1 rows) of visible records, newest first. */
    public List<FulfilmentRecord> page(Filter f, String cursor, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("1 = 1");
        if (f.dutyItemId() != null) {
            where.add("r.dutyItemId = :item");
            params.put("item", f.dutyItemId());
        }
        if (f.listId() != null) {
            where.add("r.listId = :list");
            params.put("list", f.listId());
        }
        if (f.periodKey() != null) {
            where.add("r.periodKey = :period");
            params.put("period", f.periodKey());
        }
        if (f.state() != null) {
            where.add("r.state = :state");
            params.put("state", f.state());
        }
        if (f.orgId() != null) {
            where.add("r.orgId = :org");
            params.put("org", f.orgId());
        }
        Scope.Filter next = NEWEST.where(NEWEST.after(cursor));
        if (next != null) {
            where.add(next.hql());
            params.putAll(next.params());
        }
        return query(String.join(" and ", where) + " order by " + NEWEST.orderBy(), params)
                .setMaxResults(limit + 1).getResultList();
    }

    /** The open amendment (DRAFT or SUBMITTED) of an accepted record, if any. */
    public Optional<FulfilmentRecord> openAmendmentOf(UUID id) {
        return find("amendsId = ?1 and state in ?2", id, List.of(FulfilmentState.DRAFT, FulfilmentState.SUBMITTED))
                .firstResultOptional();
    }

    private TypedQuery<FulfilmentRecord> query(String condition, Map<String, Object> params) {
        Scope.Filter s = caller.scope().where("o");
        TypedQuery<FulfilmentRecord> q = getEntityManager().createQuery(
                "select r from FulfilmentRecord r, Org o where o.id = r.orgId and " + s.hql() + " and " + condition,
                FulfilmentRecord.class);
        params.forEach(q::setParameter);
        s.params().forEach(q::setParameter);
        return q;
    }
}
