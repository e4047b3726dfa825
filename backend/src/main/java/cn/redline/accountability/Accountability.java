package cn.redline.accountability;

import cn.redline.audit.AuditLog;
import cn.redline.org.CallerOrg;
import cn.redline.org.Org;
import cn.redline.org.OrgRepository;
import cn.redline.org.OrgView;
import cn.redline.platform.Caller;
import cn.redline.platform.Etags;
import cn.redline.platform.Keyset;
import cn.redline.platform.Page;
import cn.redline.platform.PageParams;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Roles;
import cn.redline.platform.Scope;
import cn.redline.platform.Times;
import cn.redline.platform.workflow.HistoryActor;
import cn.redline.platform.workflow.Step;
import cn.redline.platform.workflow.Workflow;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The accountability register (§1.6): actions proposed by hand or by consequence rules ({@link ConsequenceRules}),
 * issued, answered and closed through {@link AccountabilityWorkflow}; every step in the action's history. An action is
 * seen by the callers whose scope holds its addressee; outside it, it answers exactly as a missing one.
 */
@ApplicationScoped
public class Accountability {

    static final String ENTITY = "accountability-action";
    static final String CREATE = "PROPOSE";
    /** Attachment purposes: the office's documents (notice, minutes) and the addressee's answer. */
    static final String DOCUMENT = "DOCUMENT";
    static final String RESPONSE = "RESPONSE";

    static final Keyset<AccountabilityAction> NEWEST = Keyset.descending("accountability-actions",
            Keyset.time("x.createdAt", a -> a.createdAt), Keyset.uuid("x.id", a -> a.id));

    @Schema(name = "AccountabilityEvent", description = "One step in the history of an accountability action")
    public record Entry(@Schema(minimum = "1", maximum = "9223372036854775807") long seq, OffsetDateTime at,
                        @Schema(maxLength = 255) String actor, @Schema(maxLength = 20) String action,
                        @Schema(nullable = true, maxLength = 12) String fromState, @Schema(maxLength = 12) String toState,
                        @Schema(nullable = true, maxLength = 2000) String comment,
                        @Schema(nullable = true) Map<String, Object> data) {
    }

    @Schema(name = "AccountabilityHistory")
    public record History(@Schema(maxItems = 1000) List<Entry> items) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    CallerOrg callerOrg;

    @Inject
    OrgRepository orgs;

    @Inject
    AuditLog audit;

    @Inject
    PersonFlags personFlags;

    @Inject
    cn.redline.attachment.AttachmentService attachments;

    @Inject
    jakarta.enterprise.event.Event<AccountabilityStepped> stepped;

    private Workflow<AccountabilityAction, AccountabilityStatus, AccountabilityVerb, Caller, ActionTransition> table;

    @PostConstruct
    void init() {
        table = AccountabilityWorkflow.table(this::speaksForIssuer, this::belongsToAddressee, () -> Times.today(clock));
    }

    private boolean speaksForIssuer(AccountabilityAction a, Caller c) {
        return c.hasRole(Roles.ADMIN) || orgs.findByIdOptional(a.issuerOrgId).map(o -> o.path.startsWith(callerOrg.orgPath()))
                .orElse(false);
    }

    private boolean belongsToAddressee(AccountabilityAction a, Caller c) {
        return c.hasRole(Roles.ADMIN) || a.targetOrgId.equals(callerOrg.orgId());
    }

    // --- reading ---------------------------------------------------------------------------------------------------

    public ActionView.Page list(UUID targetOrgId, AccountabilityStatus status, AccountabilityType type, Integer year, Boolean open,
                                PageParams page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        Scope.Filter s = caller.scope().where("o");
        where.add(s.hql());
        params.putAll(s.params());
        if (targetOrgId != null) {
            where.add("x.targetOrgId = :target");
            params.put("target", targetOrgId);
        }
        if (status != null) {
            where.add("x.status = :status");
            params.put("status", status);
        }
        if (type != null) {
            where.add("x.type = :type");
            params.put("type", type);
        }
        if (year != null) {
            // the year the action was proposed, local time
            where.add("x.createdAt >= :yearFrom and x.createdAt < :yearTo");
            params.put("yearFrom", Times.startOf(LocalDate.of(year, 1, 1)));
            params.put("yearTo", Times.startOf(LocalDate.of(year + 1, 1, 1)));
        }
        if (open != null) {
            where.add((open ? "" : "not ") + "x.status in (:openStates)");
            params.put("openStates", java.util.Arrays.stream(AccountabilityStatus.values()).filter(AccountabilityStatus::open).toList());
        }
        Scope.Filter next = NEWEST.where(NEWEST.after(page.after()));
        if (next != null) {
            where.add(next.hql());
            params.putAll(next.params());
        }
        TypedQuery<AccountabilityAction> q = em.createQuery("select x from AccountabilityAction x, Org o where o.id = x.targetOrgId and "
                + String.join(" and ", where) + " order by " + NEWEST.orderBy(), AccountabilityAction.class);
        params.forEach(q::setParameter);
        List<AccountabilityAction> rows = q.setMaxResults(page.limit + 1).getResultList();
        Map<UUID, Org> named = orgsOf(rows);
        List<UUID> ids = rows.stream().map(a -> a.id).toList();
        Map<UUID, List<PersonFlagView>> flags = personFlags.ofActions(ids);
        Map<UUID, List<cn.redline.attachment.AttachmentView>> files = attachments.listFor(AccountabilityAttachmentPolicy.OWNER, ids);
        Page<ActionView> shown = NEWEST.page(rows, page.limit, a -> view(a, named, flags, files));
        return new ActionView.Page(shown.items(), shown.nextCursor());
    }

    public ActionView get(UUID id) {
        AccountabilityAction a = visible(id);
        return view(a, orgsOf(List.of(a)));
    }

    History history(UUID id) {
        return new History(em.createQuery("from AccountabilityEvent where recordId = :id order by seq", AccountabilityEvent.class)
                .setParameter("id", visible(id).id).setMaxResults(1000).getResultList().stream()
                .map(e -> new Entry(e.seq, e.at, e.actorName, e.action, e.fromState, e.toState, e.comment, e.data)).toList());
    }

    /** An action's state in brief, for the record that follows it (an assessment's rectification); null when missing. */
    public ActionParts.Brief brief(UUID id) {
        AccountabilityAction a = id == null ? null : em.find(AccountabilityAction.class, id);
        if (a == null) {
            return null;
        }
        boolean overdue = a.status == AccountabilityStatus.ISSUED && a.dueOn != null && Times.today(clock).isAfter(a.dueOn);
        return new ActionParts.Brief(a.id, a.code, a.type, a.status, a.dueOn, overdue, a.respondedAt);
    }

    /** Whether the caller may see the action (its documents follow it). */
    boolean isVisible(UUID id) {
        try {
            visible(id);
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }

    private AccountabilityAction visible(UUID id) {
        Scope.Filter s = caller.scope().where("o");
        TypedQuery<AccountabilityAction> q = em.createQuery("select x from AccountabilityAction x, Org o where o.id = x.targetOrgId "
                + "and x.id = :id and " + s.hql(), AccountabilityAction.class);
        q.setParameter("id", id);
        s.params().forEach(q::setParameter);
        return q.getResultStream().findFirst().orElseThrow(() -> ProblemException.notFound("Accountability action"));
    }

    // --- writing ---------------------------------------------------------------------------------------------------

    /** An action proposed by hand by the caller's office, addressed to an org of its subtree. */
    @Transactional
    public ActionView create(ActionInput in) {
        Org target = orgs.findVisible(in.targetOrgId(), caller.scope())
                .orElseThrow(() -> ProblemException.unprocessable("targetOrgId", "no such organization"));
        if (!caller.hasRole(Roles.ADMIN) && !target.path.startsWith(callerOrg.orgPath())) {
            throw ProblemException.forbidden("An office addresses actions to organizations of its own subtree");
        }
        if (in.dueOn() != null && in.dueOn().isBefore(Times.today(clock))) {
            throw ProblemException.invalid("dueOn", "must not be in the past");
        }
        AccountabilityAction a = propose(in.type(), target.id, in.targetPersons(), callerOrg.orgId(), in.title().strip(),
                in.reason().strip(), null, in.facts(), null, in.dueOn());
        writeHistory(a, CREATE, null, null, Map.of("type", a.type.name()), null);
        attachments.link(in.attachmentIds(), AccountabilityAttachmentPolicy.OWNER, a.id, DOCUMENT);
        ActionView v = view(a, orgsOf(List.of(a)));
        audit.record(ENTITY, a.id.toString(), "propose", target.path, null, v);
        return v;
    }

    /**
     * A proposed action, unless {@code ruleKey} already made one; used by the consequence rules (then the history
     * names {@code actor}). Null when the rule made it before.
     */
    AccountabilityAction proposeOnce(String ruleKey, String rule, AccountabilityType type, UUID target, List<ActionParts.Person> persons,
                                     UUID issuer, String title, String reason, List<ActionParts.Fact> facts, LocalDate dueOn,
                                     HistoryActor actor) {
        Long seen = em.createQuery("select count(a) from AccountabilityAction a where a.ruleKey = :k", Long.class)
                .setParameter("k", ruleKey).getSingleResult();
        if (seen > 0) {
            return null;
        }
        AccountabilityAction a = propose(type, target, persons, issuer, title, reason, rule, facts, ruleKey, dueOn);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", type.name());
        data.put("rule", rule);
        writeHistory(a, CREATE, null, null, data, actor);
        return a;
    }

    private AccountabilityAction propose(AccountabilityType type, UUID target, List<ActionParts.Person> persons, UUID issuer, String title,
                                         String reason, String rule, List<ActionParts.Fact> facts, String ruleKey, LocalDate dueOn) {
        AccountabilityAction a = new AccountabilityAction();
        a.id = UUID.randomUUID();
        a.code = "ZR" + Times.today(clock).getYear() + String.format("%06d",
                ((Number) em.createNativeQuery("select nextval('accountability_action_code_seq')").getSingleResult()).longValue());
        a.type = type;
        a.status = AccountabilityStatus.PROPOSED;
        a.targetOrgId = target;
        a.targetPersons = persons == null ? new ArrayList<>() : new ArrayList<>(persons);
        a.issuerOrgId = issuer;
        a.title = title;
        a.reason = reason;
        a.triggerRule = rule;
        a.triggerFacts = facts == null ? new ArrayList<>() : new ArrayList<>(facts);
        a.ruleKey = ruleKey;
        a.dueOn = dueOn;
        a.createdAt = Times.now(clock);
        a.updatedAt = a.createdAt;
        em.persist(a);
        em.flush();
        return a;
    }

    @Transactional
    public ActionView transition(UUID id, String ifMatch, ActionTransition req) {
        AccountabilityAction a = visible(id);
        if (ifMatch != null) {
            Etags.requireMatch(ifMatch, a.version);
        }
        Map<UUID, Org> named = orgsOf(List.of(a));
        ActionView before = view(a, named);
        Step<AccountabilityStatus, AccountabilityVerb> step = table.apply(a, req.action(), caller, req);
        OffsetDateTime now = Times.now(clock);
        if (step.action() == AccountabilityVerb.RESPOND) {
            a.respondedAt = now;
        }
        a.updatedAt = now;
        String comment = req.action() == AccountabilityVerb.RESPOND ? null : req.comment();
        writeHistory(a, step.action().name(), step.from(), step.to(), step.data(), null, comment);
        if (req.attachmentIds() != null && !req.attachmentIds().isEmpty()) {
            if (step.action() != AccountabilityVerb.ISSUE && step.action() != AccountabilityVerb.RESPOND
                    && step.action() != AccountabilityVerb.CLOSE) {
                throw ProblemException.invalid("attachmentIds", "documents go with ISSUE, RESPOND or CLOSE");
            }
            attachments.link(req.attachmentIds(), AccountabilityAttachmentPolicy.OWNER, a.id,
                    step.action() == AccountabilityVerb.RESPOND ? RESPONSE : DOCUMENT);
        }
        em.flush();
        stepped.fire(new AccountabilityStepped(a.id, a.type, step.action(), step.from(), step.to(), a.code, req.comment()));
        ActionView after = view(a, named);
        audit.record(ENTITY, a.id.toString(), req.action().name().toLowerCase(), named.get(a.targetOrgId).path, before, after);
        return after;
    }

    private void writeHistory(AccountabilityAction a, String action, AccountabilityStatus from, AccountabilityStatus to, Map<String, Object> data,
                              HistoryActor actor) {
        writeHistory(a, action, from, to == null ? a.status : to, data, actor, null);
    }

    private void writeHistory(AccountabilityAction a, String action, AccountabilityStatus from, AccountabilityStatus to, Map<String, Object> data,
                              HistoryActor actor, String comment) {
        AccountabilityEvent e = new AccountabilityEvent();
        e.recordId = a.id;
        e.orgId = a.targetOrgId;
        e.at = Times.now(clock);
        e.actorSubject = actor != null ? actor.subject() : caller.subject();
        e.actorName = actor != null ? actor.name() : caller.displayName();
        e.action = action;
        e.fromState = from == null ? null : from.name();
        e.toState = (to == null ? a.status : to).name();
        e.comment = comment == null || comment.isBlank() ? null : comment.strip();
        e.data = data == null || data.isEmpty() ? null : data;
        em.persist(e);
    }

    // --- views -----------------------------------------------------------------------------------------------------

    private Map<UUID, Org> orgsOf(List<AccountabilityAction> rows) {
        Set<UUID> ids = rows.stream().flatMap(a -> java.util.stream.Stream.of(a.targetOrgId, a.issuerOrgId)).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : orgs.list("id in ?1", List.copyOf(ids)).stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
    }

    private ActionView view(AccountabilityAction a, Map<UUID, Org> named) {
        return view(a, named, personFlags.ofActions(List.of(a.id)),
                Map.of(a.id, attachments.listFor(AccountabilityAttachmentPolicy.OWNER, a.id)));
    }

    private ActionView view(AccountabilityAction a, Map<UUID, Org> named, Map<UUID, List<PersonFlagView>> flags,
                            Map<UUID, List<cn.redline.attachment.AttachmentView>> files) {
        boolean overdue = a.status == AccountabilityStatus.ISSUED && a.dueOn != null && Times.today(clock).isAfter(a.dueOn);
        return new ActionView(a.id, a.code, a.type, a.status, OrgView.OrgRef.of(named.get(a.targetOrgId)), a.targetPersons,
                OrgView.OrgRef.of(named.get(a.issuerOrgId)), a.title, a.reason, a.triggerRule, a.triggerFacts, a.dueOn, overdue,
                a.response, a.respondedAt, a.closingNote, a.version, a.createdAt, table.allowedActions(a, caller),
                flags.getOrDefault(a.id, List.of()), files.getOrDefault(a.id, List.of()));
    }
}
