package cn.redline.drill;

import cn.redline.accountability.AccountabilityType;
import cn.redline.accountability.ConsequenceRules;
import cn.redline.attachment.AttachmentService;
import cn.redline.attachment.AttachmentView;
import cn.redline.audit.AuditLog;
import cn.redline.duty.Period;
import cn.redline.org.CallerOrg;
import cn.redline.org.Org;
import cn.redline.org.OrgKind;
import cn.redline.org.OrgRepository;
import cn.redline.org.OrgView;
import cn.redline.platform.Caller;
import cn.redline.platform.Etags;
import cn.redline.platform.Keyset;
import cn.redline.platform.Labels;
import cn.redline.platform.Page;
import cn.redline.platform.PageParams;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Roles;
import cn.redline.platform.Scope;
import cn.redline.platform.Times;
import cn.redline.platform.Xlsx;
import cn.redline.platform.workflow.Step;
import cn.redline.platform.workflow.Workflow;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Drill spot checks (§3.3, §3.4, D3, §3.6 item 6): a county department or safety office (or its inspector) checks an
 * enterprise of its scope for a half-year, announced or not; {@link DrillSpotCheckWorkflow} takes it from there, and an
 * escalation proposes an accountability action through {@link ConsequenceRules}. A check is seen by the callers whose
 * scope holds the checked unit (the unit itself too); outside it, it answers exactly as a missing one.
 */
@ApplicationScoped
public class DrillSpotChecks {

    static final String ENTITY = "drill-spot-check";
    static final String CREATE = "CREATE";
    static final String ATTACH = "ATTACH";
    static final int REGISTER_MAX_ROWS = 10_000;

    static final Keyset<DrillSpotCheck> NEWEST = Keyset.descending("drill-spot-checks",
            Keyset.time("x.createdAt", s -> s.createdAt), Keyset.uuid("x.id", s -> s.id));

    @Schema(name = "DrillSpotCheckEvent", description = "One step in the history of a drill spot check")
    public record Entry(@Schema(minimum = "1", maximum = "9223372036854775807") long seq, OffsetDateTime at,
                        @Schema(maxLength = 255) String actor, @Schema(maxLength = 20) String action,
                        @Schema(nullable = true, maxLength = 20) String fromState, @Schema(maxLength = 20) String toState,
                        @Schema(nullable = true, maxLength = 2000) String comment,
                        @Schema(nullable = true) Map<String, Object> data) {
    }

    @Schema(name = "DrillSpotCheckHistory")
    public record History(@Schema(maxItems = 1000) List<Entry> items) {
    }

    /** The filters of the register and its workbook. */
    public record Filter(DrillSpotCheckStatus status, DrillSpotCheckResult result, String period, UUID regulatorOrgId,
                         UUID targetOrgId, Boolean unannounced) {

        Map<String, Object> equal() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", status);
            m.put("result", result);
            m.put("period", period);
            m.put("regulatorOrgId", regulatorOrgId);
            m.put("orgId", targetOrgId);
            m.put("unannounced", unannounced);
            return m;
        }
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
    ScopedRecords records;

    @Inject
    DrillAccess access;

    @Inject
    ConsequenceRules consequences;

    @Inject
    AuditLog audit;

    @Inject
    AttachmentService attachments;

    /** Whether the caller speaks for the checking org, and for the checked unit: the table's and the files' guards. */
    private final BiPredicate<DrillSpotCheck, Caller> regulator = (s, c) -> access.mayOrganise(s.regulatorOrgId);
    private final BiPredicate<DrillSpotCheck, Caller> target = (s, c) -> c.hasRole(Roles.ADMIN) || s.orgId.equals(callerOrg.orgId());

    private Workflow<DrillSpotCheck, DrillSpotCheckStatus, DrillSpotCheckAction, Caller, DrillSpotCheckTransition> table;

    @PostConstruct
    void init() {
        table = DrillSpotCheckWorkflow.table(regulator, target, () -> Times.today(clock), this::escalate);
    }

    // --- reading ---------------------------------------------------------------------------------------------------

    public DrillSpotCheckView.Page list(Filter f, PageParams page) {
        Page<DrillSpotCheck> rows = records.page(DrillSpotCheck.class, NEWEST, f.equal(), page, s -> s);
        Views v = views(rows.items());
        return new DrillSpotCheckView.Page(rows.items().stream().map(v::of).toList(), rows.nextCursor());
    }

    public DrillSpotCheckView get(UUID id) {
        DrillSpotCheck s = visible(id);
        return views(List.of(s)).of(s);
    }

    History history(UUID id) {
        return new History(em.createQuery("from DrillSpotCheckEvent where recordId = :id order by seq", DrillSpotCheckEvent.class)
                .setParameter("id", visible(id).id).setMaxResults(1000).getResultList().stream()
                .map(e -> new Entry(e.seq, e.at, e.actorName, e.action, e.fromState, e.toState, e.comment, e.data)).toList());
    }

    /** The check's files, oldest upload first; 404 when the check is missing or outside the scope. */
    public Files files(UUID id) {
        return new Files(attachments.listFor(DrillSpotCheckAttachmentPolicy.OWNER, visible(id).id));
    }

    @Schema(name = "DrillSpotCheckFiles")
    public record Files(@Schema(maxItems = 500, description = "Oldest upload first; purpose is the DrillSpotCheckFileKind")
                        List<AttachmentView> items) {
    }

    private DrillSpotCheck visible(UUID id) {
        return records.visible(DrillSpotCheck.class, id, "Drill spot check");
    }

    // --- writing ---------------------------------------------------------------------------------------------------

    /** A check by the caller's department or office of an enterprise of its scope; recorded at once when a result is given. */
    @Transactional
    public DrillSpotCheckView create(DrillSpotCheckInput in) {
        Org regulator = callerOrg.org();
        if (regulator.kind == OrgKind.ENTERPRISE) {
            throw ProblemException.forbidden("Spot checks are made by departments and safety offices");
        }
        Org target = access.referencedOrg(in.targetOrgId(), "targetOrgId");
        if (target.kind != OrgKind.ENTERPRISE || target.id.equals(regulator.id)) {
            throw ProblemException.unprocessable("targetOrgId", "not an enterprise the caller supervises");
        }
        try {
            Period.parse(in.period());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("period", "a half-year such as 2026-H1");
        }
        if (in.drillId() != null) {
            Drill d = em.find(Drill.class, in.drillId());
            if (d == null || !d.orgId.equals(target.id)) {
                throw ProblemException.unprocessable("drillId", "no such drill of the checked unit");
            }
        }
        if (in.result() == null && in.plannedOn() != null && in.plannedOn().isBefore(Times.today(clock))) {
            throw ProblemException.invalid("plannedOn", "must not be in the past");
        }
        DrillSpotCheck s = new DrillSpotCheck();
        s.id = UUID.randomUUID();
        s.code = "CC" + Times.today(clock).getYear() + String.format("%06d",
                ((Number) em.createNativeQuery("select nextval('drill_spot_check_code_seq')").getSingleResult()).longValue());
        s.regulatorOrgId = regulator.id;
        s.orgId = target.id;
        s.drillId = in.drillId();
        s.period = in.period();
        s.unannounced = in.unannounced();
        s.plannedOn = in.plannedOn();
        s.status = DrillSpotCheckStatus.PLANNED;
        s.createdAt = Times.now(clock);
        s.updatedAt = s.createdAt;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("period", s.period);
        data.put("unannounced", s.unannounced);
        Step<DrillSpotCheckStatus, DrillSpotCheckAction> recorded = null;
        if (in.result() != null) {
            recorded = table.apply(s, DrillSpotCheckAction.RECORD_RESULT, caller, new DrillSpotCheckTransition(
                    DrillSpotCheckAction.RECORD_RESULT, in.result(), in.findings(), in.checkedOn(), null, null, null, null));
        }
        em.persist(s);
        em.flush();
        writeHistory(s, CREATE, null, DrillSpotCheckStatus.PLANNED, data, null);
        if (recorded != null) {
            writeHistory(s, recorded.action().name(), recorded.from(), recorded.to(), recorded.data(), null);
        }
        DrillSpotCheckView v = views(List.of(s)).of(s);
        audit.record(ENTITY, s.id.toString(), "create", target.path, null, v);
        return v;
    }

    @Transactional
    public DrillSpotCheckView transition(UUID id, String ifMatch, DrillSpotCheckTransition req) {
        DrillSpotCheck s = visible(id);
        if (ifMatch != null) {
            Etags.requireMatch(ifMatch, s.version);
        }
        Views named = views(List.of(s));
        DrillSpotCheckView before = named.of(s);
        Step<DrillSpotCheckStatus, DrillSpotCheckAction> step = table.apply(s, req.action(), caller, req);
        OffsetDateTime now = Times.now(clock);
        if (step.action() == DrillSpotCheckAction.RESPOND) {
            s.respondedAt = now;
        }
        s.updatedAt = now;
        String comment = req.action() == DrillSpotCheckAction.RESPOND ? null : req.comment();
        writeHistory(s, step.action().name(), step.from(), step.to(), step.data(), comment);
        em.flush();
        DrillSpotCheckView after = named.of(s);
        audit.record(ENTITY, s.id.toString(), req.action().name().toLowerCase(), named.orgs.get(s.orgId).path, before, after);
        return after;
    }

    /**
     * Files attached to the check as one kind, by whom and while the check is in the state the kind's rule names
     * ({@link DrillSpotCheckAttachmentPolicy#refusal}): any other state or side is refused (409) and nothing is linked.
     */
    @Transactional
    public DrillSpotCheckView attach(UUID id, String ifMatch, DrillSpotCheckFilesInput in) {
        DrillSpotCheck s = visible(id);
        if (ifMatch != null) {
            Etags.requireMatch(ifMatch, s.version);
        }
        String why = DrillSpotCheckAttachmentPolicy.refusal(s, in.kind(), caller, regulator, target);
        if (why != null) {
            throw Workflow.refusal("Files cannot be attached now: " + why, table.allowedActions(s, caller));
        }
        if (!DrillSpotCheckAttachmentPolicy.roleMay(in.kind(), caller)) {
            throw ProblemException.forbidden("Your role may not attach " + in.kind() + " files to a spot check");
        }
        attachments.link(in.attachmentIds(), DrillSpotCheckAttachmentPolicy.OWNER, s.id, in.kind().name());
        s.updatedAt = Times.now(clock);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("fileKind", in.kind().name());
        data.put("attachments", in.attachmentIds().stream().map(Object::toString).toList());
        writeHistory(s, ATTACH, s.status, s.status, data, null);
        // updatedAt moves the check's version with its files: an ETag held before the attachment is stale
        em.flush();
        Views named = views(List.of(s));
        DrillSpotCheckView v = named.of(s);
        audit.record(ENTITY, s.id.toString(), "attach", named.orgs.get(s.orgId).path, null, v);
        return v;
    }

    /** ESCALATE: proposes the accountability action against the checked unit, issued by the checking org, with the check as its fact. */
    private void escalate(DrillSpotCheck s, DrillSpotCheckTransition q, Map<String, Object> data) {
        AccountabilityType type = q.accountabilityType() == null ? AccountabilityType.INTERVIEW : q.accountabilityType();
        String reason = s.period + "应急演练抽查发现：" + (s.findings == null ? "演练不符合要求" : s.findings)
                + "。已责令于" + s.correctionDeadline + "前改正，逾期未改正" + (s.response == null ? "且未答复" : "")
                + "（《生产安全事故应急条例》第八条）" + (q.comment() == null || q.comment().isBlank() ? "" : "。" + q.comment().strip());
        s.accountabilityActionId = consequences.spotCheckEscalated(s.id, s.code, type, s.orgId, s.regulatorOrgId, reason);
        data.put("accountabilityType", type.name());
        data.put("accountabilityActionId", s.accountabilityActionId.toString());
    }

    private void writeHistory(DrillSpotCheck s, String action, DrillSpotCheckStatus from, DrillSpotCheckStatus to,
                              Map<String, Object> data, String comment) {
        DrillSpotCheckEvent e = new DrillSpotCheckEvent();
        e.recordId = s.id;
        e.orgId = s.orgId;
        e.at = Times.now(clock);
        e.actorSubject = caller.subject();
        e.actorName = caller.displayName();
        e.action = action;
        e.fromState = from == null ? null : from.name();
        e.toState = to.name();
        e.comment = comment == null || comment.isBlank() ? null : comment.strip();
        e.data = data == null || data.isEmpty() ? null : new LinkedHashMap<>(data);
        em.persist(e);
    }

    // --- the register workbook (§3.6 item 6) -----------------------------------------------------------------------

    /** 演练抽查台账: the checks of the filter in the caller's scope, newest first, every value in words. */
    public StreamingOutput register(Filter f, Labels l) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        Scope.Filter s = caller.scope().where("o");
        where.add(s.hql());
        params.putAll(s.params());
        f.equal().forEach((field, value) -> {
            if (value != null) {
                where.add("x." + field + " = :" + field);
                params.put(field, value);
            }
        });
        TypedQuery<DrillSpotCheck> q = em.createQuery("select x from DrillSpotCheck x, Org o where o.id = x.orgId and "
                + String.join(" and ", where) + " order by " + NEWEST.orderBy(), DrillSpotCheck.class);
        params.forEach(q::setParameter);
        List<DrillSpotCheck> rows = q.setMaxResults(REGISTER_MAX_ROWS + 1).getResultList();
        if (rows.size() > REGISTER_MAX_ROWS) {
            throw ProblemException.unprocessable("The register would exceed " + REGISTER_MAX_ROWS + " rows; narrow the filters");
        }
        Views v = views(rows);
        String yes = l.text("value.yes");
        String no = l.text("value.no");
        List<List<Object>> out = new ArrayList<>();
        for (DrillSpotCheck c : rows) {
            List<Object> row = new ArrayList<>();
            row.add(c.code);
            row.add(v.orgs.get(c.regulatorOrgId).name);
            row.add(v.orgs.get(c.orgId).name);
            row.add(v.orgs.get(c.orgId).code);
            row.add(period(l, c.period));
            row.add(c.unannounced ? yes : no);
            row.add(c.drillId == null ? "" : v.drills.getOrDefault(c.drillId, ""));
            row.add(c.checkedOn);
            row.add(c.checkedBy == null ? "" : c.checkedBy);
            row.add(c.result == null ? "" : l.of(c.result));
            row.add(c.findings == null ? "" : c.findings);
            row.add(c.correctionDeadline);
            row.add(c.response == null ? "" : c.response);
            row.add(l.of(c.status) + (v.overdue(c) ? l.text("spotCheckRegister.overdueSuffix") : ""));
            row.add(c.accountabilityActionId == null ? "" : v.actions.getOrDefault(c.accountabilityActionId, ""));
            out.add(row);
        }
        List<String> header = Stream.of("code", "regulator", "target", "targetCode", "period", "unannounced", "drill", "checkedOn",
                "checkedBy", "result", "findings", "correctionDeadline", "response", "status", "accountability")
                .map(k -> l.text("spotCheckRegister." + k)).toList();
        String sheet = l.text("spotCheckRegister.sheet");
        return stream -> Xlsx.write(stream, sheet, header, out);
    }

    /** A half-year in words: 2026年上半年, 2026 H1. */
    static String period(Labels l, String key) {
        Period p = Period.parse(key);
        return l.text("spotCheckRegister.half" + key.substring(key.length() - 1), Map.of("year", p.first().getYear()));
    }

    // --- views -----------------------------------------------------------------------------------------------------

    private Views views(Collection<DrillSpotCheck> rows) {
        Set<UUID> orgIds = rows.stream().flatMap(s -> Stream.of(s.orgId, s.regulatorOrgId)).collect(Collectors.toSet());
        Map<UUID, Org> named = orgIds.isEmpty() ? Map.of()
                : orgs.list("id in ?1", List.copyOf(orgIds)).stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
        List<UUID> drillIds = rows.stream().map(s -> s.drillId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<UUID, String> drills = drillIds.isEmpty() ? Map.of()
                : em.createQuery("select d.id, d.title from Drill d where d.id in :ids", Object[].class).setParameter("ids", drillIds)
                .getResultList().stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (String) r[1]));
        List<UUID> actionIds = rows.stream().map(s -> s.accountabilityActionId).filter(java.util.Objects::nonNull).distinct().toList();
        @SuppressWarnings("unchecked")
        List<Object[]> codes = actionIds.isEmpty() ? List.of()
                : em.createNativeQuery("select id, code from accountability_action where id in (:ids)").setParameter("ids", actionIds)
                .getResultList();
        Map<UUID, String> actions = codes.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (String) r[1]));
        Map<UUID, List<AttachmentView>> files = attachments.listFor(DrillSpotCheckAttachmentPolicy.OWNER,
                rows.stream().map(s -> s.id).toList());
        return new Views(named, drills, actions, files);
    }

    private final class Views {
        final Map<UUID, Org> orgs;
        final Map<UUID, String> drills;
        final Map<UUID, String> actions;
        final Map<UUID, List<AttachmentView>> files;

        Views(Map<UUID, Org> orgs, Map<UUID, String> drills, Map<UUID, String> actions, Map<UUID, List<AttachmentView>> files) {
            this.orgs = orgs;
            this.drills = drills;
            this.actions = actions;
            this.files = files;
        }

        boolean overdue(DrillSpotCheck s) {
            return s.status == DrillSpotCheckStatus.CORRECTION_ORDERED && s.correctionDeadline != null
                    && Times.today(clock).isAfter(s.correctionDeadline);
        }

        DrillSpotCheckView of(DrillSpotCheck s) {
            return new DrillSpotCheckView(s.id, s.code, OrgView.OrgRef.of(orgs.get(s.regulatorOrgId)), OrgView.OrgRef.of(orgs.get(s.orgId)),
                    s.drillId, s.drillId == null ? null : drills.get(s.drillId), s.period, s.unannounced, s.plannedOn, s.checkedOn,
                    s.checkedBy, s.status, s.result, s.findings, s.correctionDeadline, s.correctionOrder, overdue(s), s.response,
                    s.respondedAt, s.cancelReason, s.accountabilityActionId, s.version, s.createdAt, table.allowedActions(s, caller),
                    files.getOrDefault(s.id, List.of()), DrillSpotCheckAttachmentPolicy.attachable(s, caller, regulator, target));
        }
    }
}
