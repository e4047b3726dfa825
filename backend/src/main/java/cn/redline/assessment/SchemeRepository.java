package cn.redline.assessment;

import cn.redline.platform.Keyset;
import cn.redline.platform.Scope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Schemes a caller sees: those issued inside the caller's scope (the issuing side), and, once published, those issued
 * by an org above the caller's (the targets read the rules they are assessed by).
 */
@ApplicationScoped
public class SchemeRepository implements PanacheRepositoryBase<AssessmentScheme, UUID> {

    static final Keyset<AssessmentScheme> LATEST = Keyset.descending("assessment-schemes",
            Keyset.time("s.createdAt", s -> s.createdAt), Keyset.uuid("s.id", s -> s.id));

    public record Filter(Integer year, SchemeStatus status) {
    }

    public Optional<AssessmentScheme> findVisible(UUID id, Scope scope, String callerPath) {
        return query("s.id = :id", Map.of("id", id), scope, callerPath).getResultStream().findFirst();
    }

    public List<AssessmentScheme> page(Filter f, Scope scope, String callerPath, String cursor, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("1 = 1");
        if (f.year() != null) {
            where.add("s.year = :year");
            params.put("year", f.year());
        }
        if (f.status() != null) {
            where.add("s.status = :status");
            params.put("status", f.status());
        }
        Scope.Filter next = LATEST.where(LATEST.after(cursor));
        if (next != null) {
            where.add(next.hql());
            params.putAll(next.params());
        }
        return query(String.join(" and ", where) + " order by " + LATEST.orderBy(), params, scope, callerPath)
                .setMaxResults(limit + 1).getResultList();
    }

    private TypedQuery<AssessmentScheme> query(String condition, Map<String, Object> params, Scope scope, String callerPath) {
        // the issuing side is the subtree only: schemes carry no industry
        Scope.Filter s = (scope.global() ? scope : Scope.subtree(scope.path())).where("s.scopePath", "s.scopePath");
        TypedQuery<AssessmentScheme> q = getEntityManager().createQuery("select s from AssessmentScheme s where ((" + s.hql()
                + ") or (s.status <> :draft and locate(s.scopePath, :callerPath) = 1)) and " + condition, AssessmentScheme.class);
        q.setParameter("draft", SchemeStatus.DRAFT);
        q.setParameter("callerPath", callerPath);
        params.forEach(q::setParameter);
        s.params().forEach(q::setParameter);
        return q;
    }
}
