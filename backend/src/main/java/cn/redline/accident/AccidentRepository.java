package cn.redline.accident;

import cn.redline.platform.Caller;
import cn.redline.platform.Keyset;
import cn.redline.platform.Scope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Accidents are scoped by their path (enterprise's, else territory's) and industry, through the caller's {@link Scope}. */
@ApplicationScoped
public class AccidentRepository implements PanacheRepositoryBase<Accident, UUID> {

    /** Latest occurrence first, then id. */
    static final Keyset<Accident> LATEST = Keyset.descending("accidents",
            Keyset.time("a.occurredAt", a -> a.occurredAt), Keyset.uuid("a.id", a -> a.id));

    @Inject
    Caller caller;

    /** {@code subtreePath}: only accidents inside this org's subtree; {@code from}/{@code to}: local days, inclusive. */
    public record Filter(String subtreePath, AccidentLevel level, LocalDate from, LocalDate to) {
    }

    /** The accident when the caller may see it; out of scope is the same as missing. */
    public Optional<Accident> findVisible(UUID id) {
        return query("a.id = :id", Map.of("id", id)).getResultStream().findFirst();
    }

    /** One keyset page (limit + 1 rows) of visible accidents, latest first. */
    public List<Accident> page(Filter f, String cursor, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("1 = 1");
        if (f.subtreePath() != null) {
            where.add("a.scopePath like :subtree");
            params.put("subtree", f.subtreePath() + "%");
        }
        if (f.level() != null) {
            where.add("a.level = :level");
            params.put("level", f.level());
        }
        if (f.from() != null) {
            where.add("a.occurredOn >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.add("a.occurredOn <= :to");
            params.put("to", f.to());
        }
        Scope.Filter next = LATEST.where(LATEST.after(cursor));
        if (next != null) {
            where.add(next.hql());
            params.putAll(next.params());
        }
        return query(String.join(" and ", where) + " order by " + LATEST.orderBy(), params)
                .setMaxResults(limit + 1).getResultList();
    }

    /** Year-to-date figures of an org's subtree, whatever the caller's scope: the caller has been shown the org. */
    public record Totals(long accidents, long deaths, long largerOrAbove, long seriousInjuries, BigDecimal directLossYuan) {
    }

    /** The accidents that occurred in the subtree at {@code path} on the local days {@code from}..{@code to}, added up. */
    public Totals totals(String path, LocalDate from, LocalDate to) {
        Object[] r = (Object[]) getEntityManager().createNativeQuery("""
                select count(*), coalesce(sum(deaths), 0), count(*) filter (where level <> 'GENERAL'),
                       coalesce(sum(serious_injuries), 0), coalesce(sum(direct_loss_yuan), 0)
                from accident where scope_path like ?1 and occurred_on between ?2 and ?3""")
                .setParameter(1, path + "%").setParameter(2, from).setParameter(3, to).getSingleResult();
        return new Totals(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), (BigDecimal) r[4]);
    }

    private TypedQuery<Accident> query(String condition, Map<String, Object> params) {
        Scope.Filter s = caller.scope().where("a.scopePath", "a.industry");
        TypedQuery<Accident> q = getEntityManager().createQuery("select a from Accident a where " + s.hql() + " and " + condition,
                Accident.class);
        params.forEach(q::setParameter);
        s.params().forEach(q::setParameter);
        return q;
    }
}
