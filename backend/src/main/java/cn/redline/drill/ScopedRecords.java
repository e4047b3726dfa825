package cn.redline.drill;

import cn.redline.platform.Caller;
import cn.redline.platform.Keyset;
import cn.redline.platform.Page;
import cn.redline.platform.PageParams;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads of the drill feature's records, each located by its org ({@code orgId}), through the caller's scope: one
 * record (404 whether missing or outside the scope) or a keyset page. Queries alias the record {@code x}.
 */
@ApplicationScoped
class ScopedRecords {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    <E> E visible(Class<E> type, UUID id, String subject) {
        return find(type, id).orElseThrow(() -> ProblemException.notFound(subject));
    }

    /** The record when it exists and lies in the caller's scope. */
    <E> Optional<E> find(Class<E> type, UUID id) {
        Scope.Filter s = caller.scope().where("o");
        TypedQuery<E> q = em.createQuery("select x from " + type.getSimpleName()
                + " x, Org o where o.id = x.orgId and x.id = :id and " + s.hql(), type);
        q.setParameter("id", id);
        s.params().forEach(q::setParameter);
        return q.getResultStream().findFirst();
    }

    /** A page of {@code type} in {@code order}, where each field of {@code equal} with a value holds that value. */
    <E, T> Page<T> page(Class<E> type, Keyset<E> order, Map<String, Object> equal, PageParams page, Function<E, T> map) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        Scope.Filter s = caller.scope().where("o");
        where.add(s.hql());
        params.putAll(s.params());
        equal.forEach((field, value) -> {
            if (value != null) {
                where.add("x." + field + " = :" + field);
                params.put(field, value);
            }
        });
        Scope.Filter next = order.where(order.after(page.after()));
        if (next != null) {
            where.add(next.hql());
            params.putAll(next.params());
        }
        TypedQuery<E> q = em.createQuery("select x from " + type.getSimpleName() + " x, Org o where o.id = x.orgId and "
                + String.join(" and ", where) + " order by " + order.orderBy(), type);
        params.forEach(q::setParameter);
        return order.page(q.setMaxResults(page.limit + 1).getResultList(), page.limit, map);
    }
}
