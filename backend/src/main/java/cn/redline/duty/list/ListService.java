package cn.redline.duty.list;

import cn.redline.audit.AuditLog;
import cn.redline.org.CallerOrg;
import cn.redline.org.Org;
import cn.redline.org.OrgKind;
import cn.redline.org.Post;
import cn.redline.org.PostAssignment;
import cn.redline.org.PostRepository;
import cn.redline.platform.Caller;
import cn.redline.platform.Etags;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Roles;
import cn.redline.platform.Times;
import cn.redline.platform.workflow.HistoryActor;
import cn.redline.platform.workflow.Step;
import cn.redline.platform.workflow.Workflow;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lists over their workflow: drafting (from a template or empty), editing a draft, the actions of
 * {@link ListWorkflow}'s table, signatures, revisions and what happens when a version becomes binding.
 */
@ApplicationScoped
public class ListService implements ListWorkflow.Lookups {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    CallerOrg callerOrg;

    @Inject
    PostRepository posts;

    @Inject
    ListReads reads;

    @Inject
    ListHistory history;

    @Inject
    ListObligations obligations;

    @Inject
    Indicators indicators;

    @Inject
    Templates templates;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "redline.lists.close-grace-days", defaultValue = "31")
    int closeGraceDays;

    private Workflow<ResponsibilityList, ListStatus, ListAction, ListActor, TransitionInput> workflow;

    @PostConstruct
    void init() {
        workflow = new ListWorkflow(this).table();
    }

    Workflow<ResponsibilityList, ListStatus, ListAction, ListActor, TransitionInput> workflow() {
        return workflow;
    }

    // --- reading ---------------------------------------------------------------------------------------------

    public ListViews.Detail get(UUID id) {
        ResponsibilityList l = reads.visible(id);
        return reads.detail(l, workflow.allowedActions(l, actor()));
    }

    public ListViews.History history(UUID id) {
        return history.of(reads.visible(id).id);
    }

    // --- drafting --------------------------------------------------------------------------------------------

    /** A new DRAFT for a holder post and year, issued by the caller's org. */
    @Transactional
    public ListViews.Detail create(ListInputs.Create in) {
        Post post = posts.findVisible(in.holderPostId(), caller.scope())
                .orElseThrow(() -> ProblemException.unprocessable("holderPostId", "no such post"));
        Org holderOrg = em.find(Org.class, post.orgId);
        HolderKind kind = in.holderKind() != null ? in.holderKind() : derive(post, holderOrg);
        if (!kind.fits(post.kind, holderOrg)) {
            throw ProblemException.unprocessable("holderKind", "a " + post.kind + " post of this organization cannot hold a "
                    + kind + " list");
        }
        requireMayIssue(kind, holderOrg);
        ListTemplate template = in.templateId() == null ? null : templates.forDrafting(in.templateId(), kind, "templateId");
        ResponsibilityList l = draft(in, post, holderOrg, kind, template, actor().orgId());
        List<ItemSpec> items = template != null ? template.items : in.items() == null ? List.of() : in.items();
        for (int i = 0; i < items.size(); i++) {
            em.persist(item(l.id, UUID.randomUUID(), i + 1, items.get(i)));
        }
        if (in.indicators() != null) {
            indicators.replace(l, in.indicators(), caller.scope());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("items", items.size());
        if (template != null) {
            data.put("template", template.code + "@" + template.versionNo);
        }
        history.write(l, "CREATE", null, null, data, byCaller());
        em.flush();
        ListViews.Detail view = reads.detail(l, workflow.allowedActions(l, actor()));
        audit.record(ResponsibilityList.AUDIT_ENTITY, l.id.toString(), "create", l.scopePath, null, view);
        return view;
    }

    /**
     * Who issues what (§2.6): an admin anything; a safety office leader, department and territory lists of its
     * subtree and the principal lists of its enterprises; a department the principal lists of the enterprises of
     * its industries in its region; an enterprise the post lists of its own posts.
     */
    void requireMayIssue(HolderKind kind, Org holderOrg) {
        ListActor a = actor();
        if (a.admin()) {
            return;
        }
        boolean own = holderOrg.path.startsWith(a.orgPath());
        boolean may = switch (kind) {
            case ENTERPRISE_POST -> a.hasRole(Roles.ENTERPRISE) && holderOrg.id.equals(a.orgId())
                    || a.hasRole(Roles.SAFETY_OFFICE) && own;
            case ENTERPRISE_MAIN -> a.hasRole(Roles.SAFETY_OFFICE) && own
                    || a.hasRole(Roles.DEPARTMENT) && holderOrg.kind == OrgKind.ENTERPRISE
                    && caller.scope().contains(holderOrg.path, holderOrg.industry);
            default -> a.hasRole(Roles.SAFETY_OFFICE) && own;
        };
        if (!may) {
            throw ProblemException.forbidden("Your organization does not issue " + kind + " lists to this holder");
        }
    }

    private static HolderKind derive(Post post, Org org) {
        for (HolderKind k : HolderKind.values()) {
            if (k.fits(post.kind, org)) {
                return k;
            }
        }
        throw ProblemException.unprocessable("holderKind", "name the list kind: none fits this post by default");
    }

    ResponsibilityList draft(ListInputs.Create in, Post post, Org holderOrg, HolderKind kind, ListTemplate template,
                             UUID issuingOrgId) {
        LocalDate from = in.effectiveFrom() != null ? in.effectiveFrom() : LocalDate.of(in.year(), 1, 1);
        LocalDate to = in.effectiveTo() != null ? in.effectiveTo() : LocalDate.of(in.year(), 12, 31);
        if (to.isBefore(from)) {
            throw ProblemException.invalid("effectiveTo", "must not be before effectiveFrom");
        }
        if (from.getYear() != in.year() || to.getYear() != in.year()) {
            throw ProblemException.invalid("effectiveFrom", "a list is in force within its year");
        }
        if (exists(post.id, kind, in.year())) {
            throw ProblemException.conflict("This post already has a " + kind + " list for " + in.year()
                    + ": revise it instead");
        }
        ResponsibilityList l = new ResponsibilityList();
        l.id = UUID.randomUUID();
        l.lineageId = l.id;
        l.versionNo = 1;
        l.code = "QD" + in.year() + "-" + l.id.toString().substring(0, 8).toUpperCase();
        l.year = in.year();
        l.holderKind = kind;
        l.holderPostId = post.id;
        l.holderOrgId = holderOrg.id;
        l.issuingOrgId = issuingOrgId;
        l.templateId = template == null ? null : template.id;
        l.templateVersion = template == null ? null : template.versionNo;
        l.title = in.title() != null && !in.title().isBlank() ? in.title().strip()
                : template != null ? template.title : post.title + " " + in.year();
        l.status = ListStatus.DRAFT;
        l.effectiveFrom = from;
        l.effectiveTo = to;
        l.publicity = in.publicity() == null ? Publicity.INTERNAL : in.publicity();
        l.scopePath = holderOrg.path;
        l.industry = holderOrg.industry;
        l.createdBy = caller.subject();
        l.createdAt = Times.now(clock);
        l.updatedAt = l.createdAt;
        em.persist(l);
        return l;
    }

    /** A DRAFT of the template's items for a post, issued by {@code a}'s org (the bulk issue's one list). */
    ResponsibilityList draftFromTemplate(Post post, Org org, ListTemplate t, int year, Publicity publicity, ListActor a) {
        ListInputs.Create in = new ListInputs.Create(year, post.id, t.holderKind, t.id, null, null, null, publicity, null,
                null);
        ResponsibilityList l = draft(in, post, org, t.holderKind, t, a.orgId());
        for (int i = 0; i < t.items.size(); i++) {
            em.persist(item(l.id, UUID.randomUUID(), i + 1, t.items.get(i)));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("items", t.items.size());
        data.put("template", t.code + "@" + t.versionNo);
        data.put("bulk", true);
        history.write(l, "CREATE", null, null, data, byCaller());
        em.flush();
        return l;
    }

    /** Whether the post holds a live lineage of this kind and year (not discarded). */
    boolean exists(UUID postId, HolderKind kind, int year) {
        return em.createQuery("""
                        select count(l) from ResponsibilityList l where l.holderPostId = :p and l.holderKind = :k
                        and l.year = :y and l.versionNo = 1 and l.status <> :discarded""", Long.class)
                .setParameter("p", postId).setParameter("k", kind).setParameter("y", year)
                .setParameter("discarded", ListStatus.DISCARDED).getSingleResult() > 0;
    }

    static DutyItem item(UUID listId, UUID key, int seq, ItemSpec s) {
        DutyItem i = new DutyItem();
        i.id = UUID.randomUUID();
        i.listId = listId;
        i.itemKey = key;
        i.seq = seq;
        apply(i, s);
        return i;
    }

    private static void apply(DutyItem i, ItemSpec s) {
        if (s.periodType() != null && s.dueDate() != null) {
            throw ProblemException.invalid("dueDate", "an item has a period or a due date, not both");
        }
        if ((s.periodType() == null) != (s.minCount() == null)) {
            throw ProblemException.invalid(s.periodType() == null ? "periodType" : "minCount",
                    "a periodic requirement names both the period and the minimum count");
        }
        if (s.periodType() != null && !Set.of(cn.redline.duty.PeriodType.YEAR, cn.redline.duty.PeriodType.HALF_YEAR,
                cn.redline.duty.PeriodType.QUARTER, cn.redline.duty.PeriodType.MONTH).contains(s.periodType())) {
            throw ProblemException.invalid("periodType", "a list item repeats by YEAR, HALF_YEAR, QUARTER or MONTH");
        }
        i.category = s.category();
        i.text = s.text().strip();
        i.legalBasis = List.copyOf(s.legalBasisOrEmpty());
        i.periodType = s.periodType();
        i.minCount = s.minCount();
        i.qualifier = s.qualifier();
        i.dueDate = s.dueDate();
        i.graceDays = s.graceDays() == null ? 0 : s.graceDays();
        i.atRiskDays = s.atRiskDays() == null ? 30 : s.atRiskDays();
        i.evidenceSpec = s.evidenceSpec();
        i.verification = s.verification() == null ? Verification.MANUAL : s.verification();
        i.metricCode = s.metricCode();
        i.autoCriteria = s.autoCriteria();
    }

    // --- editing a draft (the EDIT row of the table) ---------------------------------------------------------

    @Transactional
    public ListViews.Detail addItem(UUID id, String ifMatch, ItemSpec spec) {
        return edit(id, ifMatch, l -> {
            int next = reads.items(l.id).stream().mapToInt(i -> i.seq).max().orElse(0) + 1;
            DutyItem i = item(l.id, UUID.randomUUID(), next, spec);
            em.persist(i);
            return Map.of("added", i.itemKey.toString());
        });
    }

    @Transactional
    public ListViews.Detail updateItem(UUID id, UUID itemId, String ifMatch, ItemSpec spec) {
        return edit(id, ifMatch, l -> {
            DutyItem i = ownItem(l, itemId);
            if (!i.sameDutyAs(spec)) {
                // another duty: what was proven under the old wording does not count for it
                i.itemKey = UUID.randomUUID();
            }
            apply(i, spec);
            return Map.of("changed", i.itemKey.toString());
        });
    }

    @Transactional
    public ListViews.Detail deleteItem(UUID id, UUID itemId, String ifMatch) {
        return edit(id, ifMatch, l -> {
            DutyItem i = ownItem(l, itemId);
            em.remove(i);
            em.flush();
            int seq = 1;
            for (DutyItem rest : reads.items(l.id)) {
                rest.seq = seq++;
            }
            return Map.of("removed", i.itemKey.toString());
        });
    }

    @Transactional
    public ListViews.Detail update(UUID id, String ifMatch, ListInputs.Update in) {
        return edit(id, ifMatch, l -> {
            if (in.effectiveTo().isBefore(in.effectiveFrom())) {
                throw ProblemException.invalid("effectiveTo", "must not be before effectiveFrom");
            }
            if (in.effectiveFrom().getYear() != l.year || in.effectiveTo().getYear() != l.year) {
                throw ProblemException.invalid("effectiveFrom", "a list is in force within its year");
            }
            l.title = in.title().strip();
            l.effectiveFrom = in.effectiveFrom();
            l.effectiveTo = in.effectiveTo();
            l.publicity = in.publicity();
            return Map.of("header", l.title);
        });
    }

    @Transactional
    public ListViews.Detail replaceIndicators(UUID id, String ifMatch, ListInputs.Indicators in) {
        return edit(id, ifMatch, l -> {
            indicators.replace(l, in.indicators(), caller.scope());
            return Map.of("indicators", in.indicators().size());
        });
    }

    private DutyItem ownItem(ResponsibilityList l, UUID itemId) {
        DutyItem i = em.find(DutyItem.class, itemId);
        if (i == null || !i.listId.equals(l.id)) {
            throw ProblemException.notFound("Duty item");
        }
        return i;
    }

    private ListViews.Detail edit(UUID id, String ifMatch, java.util.function.Function<ResponsibilityList, Map<String, Object>> change) {
        ResponsibilityList l = reads.visibleForUpdate(id);
        if (ifMatch != null) {
            Etags.requireMatch(ifMatch, l.version);
        }
        ListActor a = actor();
        Workflow.Transition<ResponsibilityList, ListStatus, ListAction, ListActor, TransitionInput> t =
                workflow.permit(l, ListAction.EDIT, a);
        ListViews.Detail before = reads.detail(l, List.of());
        Step<ListStatus, ListAction> step = workflow.run(t, l, a, null);
        step.data().putAll(change.apply(l));
        l.updatedAt = Times.now(clock);
        history.write(l, ListAction.EDIT.name(), step.from(), null, step.data(), byCaller());
        em.flush();
        ListViews.Detail after = reads.detail(l, workflow.allowedActions(l, a));
        audit.record(ResponsibilityList.AUDIT_ENTITY, l.id.toString(), "edit", l.scopePath, before, after);
        return after;
    }

    // --- workflow actions ------------------------------------------------------------------------------------

    @Transactional
    public ListViews.Detail transition(UUID id, String ifMatch, TransitionInput in) {
        if (in.action() == ListAction.EDIT || in.action() == ListAction.ACTIVATE || in.action() == ListAction.CLOSE) {
            throw ProblemException.invalid("action", in.action() == ListAction.EDIT
                    ? "a draft is edited through its item and header routes" : "taken by the system when its date comes");
        }
        ResponsibilityList l = reads.visibleForUpdate(id);
        if (ifMatch != null) {
            Etags.requireMatch(ifMatch, l.version);
        }
        ListActor a = actor();
        Workflow.Transition<ResponsibilityList, ListStatus, ListAction, ListActor, TransitionInput> t =
                workflow.permit(l, in.action(), a);
        ListViews.Detail before = reads.detail(l, List.of());
        Step<ListStatus, ListAction> step = workflow.run(t, l, a, in);
        if (step.to() == ListStatus.PUBLISHED) {
            l.publishedAt = Times.now(clock);
        }
        l.updatedAt = Times.now(clock);
        history.write(l, in.action().name(), step.from(), in.comment(), step.data(), byCaller());
        em.flush();
        ListViews.Detail after = reads.detail(l, workflow.allowedActions(l, a));
        audit.record(ResponsibilityList.AUDIT_ENTITY, l.id.toString(), in.action().name().toLowerCase(), l.scopePath,
                before, after);
        return after;
    }

    /** Takes {@code action} when the table allows it to {@code a} now, recorded like a request's; false when not. */
    boolean tryStep(ResponsibilityList l, ListAction action, ListActor a, TransitionInput in) {
        if (!workflow.allowedActions(l, a).contains(action)) {
            return false;
        }
        Step<ListStatus, ListAction> step = workflow.apply(l, action, a, in);
        if (step.to() == ListStatus.PUBLISHED) {
            l.publishedAt = Times.now(clock);
        }
        l.updatedAt = Times.now(clock);
        history.write(l, action.name(), step.from(), in == null ? null : in.comment(), step.data(), byCaller());
        return true;
    }

    /** A system step of the lists job (ACTIVATE, CLOSE) when its guard holds; false when it does not. */
    @Transactional
    boolean bySystem(UUID id, ListAction action, ListActor system) {
        ResponsibilityList l = em.find(ResponsibilityList.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (!workflow.allowedActions(l, system).contains(action)) {
            return false;
        }
        Step<ListStatus, ListAction> step = workflow.apply(l, action, system, null);
        l.updatedAt = Times.now(clock);
        history.write(l, action.name(), step.from(), null, step.data(), HistoryActor.system(system.personRef(), system.name()));
        audit.recordBySystem(system.personRef(), ResponsibilityList.AUDIT_ENTITY, l.id.toString(),
                action.name().toLowerCase(), l.scopePath, null, Map.of("status", l.status.name()));
        return true;
    }

    // --- lookups of the table --------------------------------------------------------------------------------

    @Override
    public Optional<PostAssignment> holderOn(UUID postId, LocalDate day) {
        return Optional.ofNullable(posts.holdersOn(List.of(postId), day).get(postId));
    }

    @Override
    public boolean signed(ResponsibilityList l, SignatureRole role) {
        return em.createQuery("select count(s) from ListSignature s where s.listId = :l and s.role = :r", Long.class)
                .setParameter("l", l.id).setParameter("r", role).getSingleResult() > 0;
    }

    @Override
    public String itemsIncomplete(ResponsibilityList l) {
        List<DutyItem> items = reads.items(l.id);
        if (items.isEmpty()) {
            return "it has no duty items";
        }
        return items.stream().filter(i -> !i.complete()).findFirst()
                .map(i -> "item " + i.seq + " needs a requirement (period and count, or due date) and an evidence spec")
                .orElse(null);
    }

    @Override
    public boolean revisionInProgress(ResponsibilityList l) {
        return em.createQuery("""
                        select count(n) from ResponsibilityList n where n.lineageId = :lineage and n.versionNo > :v
                        and n.status in :preparing""", Long.class)
                .setParameter("lineage", l.lineageId).setParameter("v", l.versionNo)
                .setParameter("preparing", Set.of(ListStatus.DRAFT, ListStatus.IN_REVIEW, ListStatus.PUBLISHED))
                .getSingleResult() > 0;
    }

    @Override
    public void sign(ResponsibilityList l, ListActor a, SignatureRole role, TransitionInput in, LocalDate day) {
        ListSignature s = new ListSignature();
        s.id = UUID.randomUUID();
        s.listId = l.id;
        s.versionNo = l.versionNo;
        s.role = role;
        s.personName = role == SignatureRole.HOLDER ? holderOn(l.holderPostId, day).map(h -> h.personName).orElse(a.name())
                : a.name();
        s.personRef = a.personRef();
        s.postId = role == SignatureRole.HOLDER ? l.holderPostId : null;
        s.signedAt = Times.now(clock);
        s.signDate = day;
        s.method = in.method() == null ? SignatureMethod.E_SIGN : in.method();
        s.docHash = s.method == SignatureMethod.SCAN ? in.scanHash() : contentHash(l);
        em.persist(s);
        em.flush();
    }

    @Override
    public ResponsibilityList revise(ResponsibilityList l, String reason, ListActor a) {
        ResponsibilityList n = new ResponsibilityList();
        n.id = UUID.randomUUID();
        n.lineageId = l.lineageId;
        n.versionNo = l.versionNo + 1;
        n.code = l.code.replaceFirst("-V\\d+$", "") + "-V" + n.versionNo;
        n.supersedesId = l.id;
        n.year = l.year;
        n.holderKind = l.holderKind;
        n.holderPostId = l.holderPostId;
        n.holderOrgId = l.holderOrgId;
        n.issuingOrgId = l.issuingOrgId;
        n.templateId = l.templateId;
        n.templateVersion = l.templateVersion;
        n.title = l.title;
        n.status = ListStatus.DRAFT;
        n.docNumber = null;
        n.effectiveFrom = l.effectiveFrom;
        n.effectiveTo = l.effectiveTo;
        n.publicity = l.publicity;
        n.revisionReason = reason;
        n.scopePath = l.scopePath;
        n.industry = l.industry;
        n.createdBy = a.personRef();
        n.createdAt = Times.now(clock);
        n.updatedAt = n.createdAt;
        em.persist(n);
        em.flush();
        for (DutyItem i : reads.items(l.id)) {
            DutyItem copy = item(n.id, i.itemKey, i.seq, spec(i));
            em.persist(copy);
        }
        indicators.copy(l, n);
        history.write(n, "CREATE", null, reason, Map.of("revises", l.code, "fromVersion", l.versionNo), byCaller());
        return n;
    }

    /** Becoming binding: the predecessor is superseded (its own obligations stay as proven), obligations materialise. */
    @Override
    public void bound(ResponsibilityList l) {
        l.signedAt = Times.now(clock);
        if (l.supersedesId != null) {
            ResponsibilityList old = em.find(ResponsibilityList.class, l.supersedesId);
            ListStatus from = old.status;
            old.status = ListStatus.SUPERSEDED;
            old.updatedAt = l.signedAt;
            history.write(old, "SUPERSEDE", from, null, Map.of("by", l.code), byCaller());
        }
        obligations.materialise(l, reads.items(l.id));
    }

    @Override
    public LocalDate today() {
        return Times.today(clock);
    }

    @Override
    public int closeGraceDays() {
        return closeGraceDays;
    }

    static ItemSpec spec(DutyItem i) {
        return new ItemSpec(i.category, i.text, i.legalBasis, i.periodType, i.minCount, i.qualifier, i.dueDate, i.graceDays,
                i.atRiskDays, i.evidenceSpec, i.verification, i.metricCode, i.autoCriteria);
    }

    /** SHA-256 over what is signed: code, version, 文号, dates, items and indicators, as JSON. */
    private String contentHash(ResponsibilityList l) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("code", l.code);
        content.put("versionNo", l.versionNo);
        content.put("docNumber", l.docNumber);
        content.put("effectiveFrom", l.effectiveFrom.toString());
        content.put("effectiveTo", l.effectiveTo.toString());
        content.put("items", reads.items(l.id).stream().map(ListViews.Item::of).toList());
        content.put("indicators", em.createQuery("select c.metric, c.ceiling from ControlIndicator c where c.listId = :l "
                + "order by c.metric", Object[].class).setParameter("l", l.id).getResultStream()
                .map(r -> r[0] + "=" + r[1]).toList());
        try {
            byte[] bytes = json.writeValueAsString(content).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    ListActor actor() {
        Set<String> roles = new java.util.HashSet<>(caller.roles());
        roles.retainAll(Roles.ALL);
        Org own = callerOrg.org();
        return new ListActor(Set.copyOf(roles), own.id, own.path, caller.username(), caller.displayName());
    }

    HistoryActor byCaller() {
        return new HistoryActor(caller.subject(), caller.displayName(), caller.orgCode());
    }
}
