package cn.redline.accountability;

import cn.redline.org.Org;
import cn.redline.org.OrgRepository;
import cn.redline.org.OrgView;
import cn.redline.platform.Caller;
import cn.redline.platform.Keyset;
import cn.redline.platform.Page;
import cn.redline.platform.PageParams;
import cn.redline.platform.Scope;
import cn.redline.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Person flags (§4.2 PersonFlag): award and promotion bars of leaders held accountable, set once per rule key by the
 * consequence rules, seen by the callers whose scope holds the person's unit. A bar holds from its first to its last
 * day, unless the accountability action it came with was withdrawn.
 */
@ApplicationScoped
public class PersonFlags {

    static final Keyset<PersonFlag> NEWEST = Keyset.descending("person-flags",
            Keyset.time("x.createdAt", f -> f.createdAt), Keyset.uuid("x.id", f -> f.id));

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    OrgRepository orgs;

    /** A flag, unless {@code ruleKey} already made one; true when made now. */
    boolean setOnce(String ruleKey, PersonFlagKind kind, ActionParts.Person person, UUID orgId, LocalDate from, LocalDate to,
                    String rule, List<ActionParts.Fact> facts, UUID sourceActionId) {
        Long seen = em.createQuery("select count(f) from PersonFlag f where f.ruleKey = :k", Long.class).setParameter("k", ruleKey)
                .getSingleResult();
        if (seen > 0) {
            return false;
        }
        PersonFlag f = new PersonFlag();
        f.id = UUID.randomUUID();
        f.kind = kind;
        f.personName = person.name();
        f.postId = person.postId();
        f.postTitle = person.postTitle();
        f.orgId = orgId;
        f.fromDate = from;
        f.toDate = to;
        f.triggerRule = rule;
        f.triggerFacts = new ArrayList<>(facts);
        f.sourceActionId = sourceActionId;
        f.ruleKey = ruleKey;
        f.createdAt = Times.now(clock);
        em.persist(f);
        return true;
    }

    /** The flags in the caller's scope, newest first; {@code activeOn}: only those holding on that day. */
    public PersonFlagView.Page list(UUID orgId, PersonFlagKind kind, LocalDate activeOn, PageParams page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        Scope.Filter s = caller.scope().where("o");
        where.add(s.hql());
        params.putAll(s.params());
        if (orgId != null) {
            where.add("x.orgId = :org");
            params.put("org", orgId);
        }
        if (kind != null) {
            where.add("x.kind = :kind");
            params.put("kind", kind);
        }
        if (activeOn != null) {
            where.add("x.fromDate <= :day and x.toDate >= :day and not exists (select 1 from AccountabilityAction a "
                    + "where a.id = x.sourceActionId and a.status = :withdrawn)");
            params.put("day", activeOn);
            params.put("withdrawn", AccountabilityStatus.WITHDRAWN);
        }
        Scope.Filter next = NEWEST.where(NEWEST.after(page.after()));
        if (next != null) {
            where.add(next.hql());
            params.putAll(next.params());
        }
        TypedQuery<PersonFlag> q = em.createQuery("select x from PersonFlag x, Org o where o.id = x.orgId and "
                + String.join(" and ", where) + " order by " + NEWEST.orderBy(), PersonFlag.class);
        params.forEach(q::setParameter);
        List<PersonFlag> rows = q.setMaxResults(page.limit + 1).getResultList();
        Function<PersonFlag, PersonFlagView> view = viewer(rows);
        Page<PersonFlagView> shown = NEWEST.page(rows, page.limit, view);
        return new PersonFlagView.Page(shown.items(), shown.nextCursor());
    }

    /** The flags each of the actions came with, by action id (one query for a page of actions). */
    Map<UUID, List<PersonFlagView>> ofActions(Collection<UUID> actionIds) {
        if (actionIds.isEmpty()) {
            return Map.of();
        }
        List<PersonFlag> rows = em.createQuery("from PersonFlag where sourceActionId in :ids order by personName, kind", PersonFlag.class)
                .setParameter("ids", actionIds).getResultList();
        Function<PersonFlag, PersonFlagView> view = viewer(rows);
        return rows.stream().collect(Collectors.groupingBy(f -> f.sourceActionId, Collectors.mapping(view, Collectors.toList())));
    }

    private Function<PersonFlag, PersonFlagView> viewer(List<PersonFlag> rows) {
        Set<UUID> orgIds = rows.stream().map(f -> f.orgId).collect(Collectors.toSet());
        Map<UUID, Org> named = orgIds.isEmpty() ? Map.of()
                : orgs.list("id in ?1", List.copyOf(orgIds)).stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
        Set<UUID> actionIds = rows.stream().map(f -> f.sourceActionId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Set<UUID> withdrawn = actionIds.isEmpty() ? Set.of() : Set.copyOf(em.createQuery(
                        "select a.id from AccountabilityAction a where a.id in :ids and a.status = :w", UUID.class)
                .setParameter("ids", actionIds).setParameter("w", AccountabilityStatus.WITHDRAWN).getResultList());
        LocalDate today = Times.today(clock);
        return f -> new PersonFlagView(f.id, f.kind, f.personName, f.postTitle, f.postId, OrgView.OrgRef.of(named.get(f.orgId)),
                f.fromDate, f.toDate, !today.isBefore(f.fromDate) && !today.isAfter(f.toDate) && !withdrawn.contains(f.sourceActionId),
                f.triggerRule, f.triggerFacts, f.sourceActionId, f.createdAt);
    }
}
