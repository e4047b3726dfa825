package cn.redline.accident;

import cn.redline.attachment.AttachmentService;
import cn.redline.attachment.AttachmentView;
import cn.redline.audit.AuditLog;
import cn.redline.org.IndustryRepository;
import cn.redline.org.Org;
import cn.redline.org.OrgKind;
import cn.redline.org.OrgRepository;
import cn.redline.platform.Caller;
import cn.redline.platform.Etags;
import cn.redline.platform.Page;
import cn.redline.platform.PageParams;
import cn.redline.platform.Problem;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The accident register: entry by a safety office or a push, corrections that keep what was there before, reads in
 * scope. The level is derived from the figures on every write ({@link AccidentLevel}), never entered.
 */
@ApplicationScoped
public class Accidents {

    /** 生产安全事故报告和调查处理条例 art. 9: reported to the unit's principal at once, who reports within one hour. */
    static final Duration REPORTING_LIMIT = Duration.ofHours(1);

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AccidentRepository accidents;

    @Inject
    AccidentHistory history;

    @Inject
    OrgRepository orgs;

    @Inject
    IndustryRepository industries;

    @Inject
    AttachmentService attachments;

    @Inject
    AuditLog audit;

    @Inject
    jakarta.enterprise.event.Event<AccidentRecorded> recorded;

    // --- reading ---------------------------------------------------------------------------------------------------

    public AccidentView get(UUID id) {
        return view(visible(id));
    }

    Accident visible(UUID id) {
        return accidents.findVisible(id).orElseThrow(() -> ProblemException.notFound("Accident"));
    }

    public AccidentPage list(UUID orgId, AccidentRepository.Filter filter, PageParams page) {
        String subtree = orgId == null ? null : orgs.findVisible(orgId, caller.scope())
                .orElseThrow(() -> ProblemException.notFound("Organization")).path;
        AccidentRepository.Filter f = new AccidentRepository.Filter(subtree, filter.level(), filter.from(), filter.to());
        List<Accident> rows = accidents.page(f, page.after(), page.limit);
        Page<Accident> p = AccidentRepository.LATEST.page(rows, page.limit, a -> a);
        Map<UUID, List<AttachmentView>> files = attachments.listFor(AccidentAttachmentPolicy.OWNER,
                p.items().stream().map(a -> a.id).toList());
        return new AccidentPage(p.items().stream().map(a -> AccidentView.of(a, files.getOrDefault(a.id, List.of()))).toList(),
                p.nextCursor());
    }

    AccidentHistory.History history(UUID id) {
        return history.of(visible(id));
    }

    private AccidentView view(Accident a) {
        return AccidentView.of(a, attachments.listFor(AccidentAttachmentPolicy.OWNER, a.id));
    }

    // --- writing ---------------------------------------------------------------------------------------------------

    /** An accident entered by hand; a second entry with the same externalRef from the same org is a 409. */
    @Transactional
    public AccidentView create(AccidentInput in, UUID enteringOrg) {
        if (in.externalRef() != null && accidents.count("pushedByOrgId = ?1 and externalRef = ?2", enteringOrg, in.externalRef()) > 0) {
            throw ProblemException.conflict("An accident with externalRef " + in.externalRef() + " was already entered by this organization");
        }
        Accident a = enter(in, AccidentSource.MANUAL, enteringOrg);
        AccidentView after = view(a);
        audit.record(Accident.AUDIT_ENTITY, a.id.toString(), "create", a.scopePath, null, after);
        return after;
    }

    /** Stores a new accident with its files and history entry; every rule is checked first, so a refusal stores nothing. */
    Accident enter(AccidentInput in, AccidentSource source, UUID enteringOrg) {
        Accident a = new Accident();
        a.id = UUID.randomUUID();
        a.source = source;
        a.externalRef = in.externalRef();
        a.pushedByOrgId = in.externalRef() == null ? null : enteringOrg;
        a.enteredBySubject = caller.subject();
        a.enteredByName = caller.displayName();
        a.createdAt = Times.now(clock);
        a.updatedAt = a.createdAt;
        fill(a, in);
        a.code = String.format("SG-%d-%06d", a.occurredOn.getYear(),
                ((Number) em.createNativeQuery("select nextval('accident_code_seq')").getSingleResult()).longValue());
        accidents.persist(a);
        em.flush();
        try {
            attachments.link(in.attachmentIds(), AccidentAttachmentPolicy.OWNER, a.id, "DOCUMENT");
        } catch (ProblemException e) {
            // taken back, so a pushed item fails alone
            em.remove(a);
            em.flush();
            throw e;
        }
        history.write(a, source == AccidentSource.MANUAL ? AccidentEvent.CREATE : AccidentEvent.PUSH, null, snapshot(a));
        recorded.fire(new AccidentRecorded(a.id, a.territoryId, a.level, a.occurredOn, a.title, a.deaths));
        return a;
    }

    /** A correction (e.g. 伤亡人数补报 within 30 days, art. 13): every changed field is kept in the history with its reason. */
    @Transactional
    public AccidentView correct(UUID id, String ifMatch, AccidentInput in) {
        Accident a = visible(id);
        Etags.requireMatch(ifMatch, a.version);
        if (in.reason() == null || in.reason().isBlank()) {
            throw ProblemException.invalid("reason", "a correction says why");
        }
        if (!Objects.equals(in.externalRef(), a.externalRef)) {
            throw ProblemException.invalid("externalRef", "an accident keeps the pushing system's id");
        }
        AccidentView before = view(a);
        Map<String, Object> old = snapshot(a);
        fill(a, in);
        attachments.link(in.attachmentIds(), AccidentAttachmentPolicy.OWNER, a.id, "DOCUMENT");
        Map<String, Object> now = snapshot(a);
        Map<String, Object> changes = new LinkedHashMap<>();
        now.forEach((field, value) -> {
            if (!Objects.equals(old.get(field), value)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("from", old.get(field));
                change.put("to", value);
                changes.put(field, change);
            }
        });
        if (!changes.isEmpty()) {
            a.updatedAt = Times.now(clock);
            history.write(a, AccidentEvent.CORRECT, in.reason().strip(), changes);
        }
        em.flush();
        AccidentView after = view(a);
        if (!changes.isEmpty()) {
            audit.record(Accident.AUDIT_ENTITY, a.id.toString(), "update", a.scopePath, before, after);
        }
        return after;
    }

    /** Checks the input (400 with every field error, 422 for unknown or out-of-scope orgs) and writes it onto {@code a}. */
    private void fill(Accident a, AccidentInput in) {
        List<Problem.FieldError> errors = new ArrayList<>();
        OffsetDateTime now = Times.now(clock);
        if (in.occurredAt().isAfter(now.plusMinutes(5))) {
            errors.add(new Problem.FieldError("occurredAt", "must not be in the future"));
        }
        if (in.reportedAt() != null && in.reportedAt().isBefore(in.occurredAt())) {
            errors.add(new Problem.FieldError("reportedAt", "must not be before occurredAt"));
        }
        if (in.reportedAt() != null && in.reportedAt().isAfter(now.plusMinutes(5))) {
            errors.add(new Problem.FieldError("reportedAt", "must not be in the future"));
        }
        if (in.industry() != null && !industries.codes().contains(in.industry())) {
            errors.add(new Problem.FieldError("industry", "is not a known industry code"));
        }
        if (in.territoryId() == null && in.enterpriseId() == null) {
            errors.add(new Problem.FieldError("territoryId", "is required when no enterprise is named"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Org enterprise = null;
        Org territory;
        if (in.enterpriseId() != null) {
            enterprise = orgs.findVisible(in.enterpriseId(), caller.scope()).filter(o -> o.kind == OrgKind.ENTERPRISE)
                    .orElseThrow(() -> ProblemException.unprocessable("enterpriseId", "no such enterprise"));
            if (in.industry() != null && !in.industry().equals(enterprise.industry)) {
                throw ProblemException.invalid("industry", "differs from the enterprise's industry " + enterprise.industry);
            }
        }
        if (in.territoryId() != null) {
            territory = orgs.findVisible(in.territoryId(), caller.scope()).filter(o -> o.kind == OrgKind.REGION)
                    .orElseThrow(() -> ProblemException.unprocessable("territoryId", "no such region"));
            if (enterprise != null && !enterprise.path.startsWith(territory.path)) {
                throw ProblemException.unprocessable("enterpriseId", "is not located in the territory");
            }
        } else {
            territory = orgs.findById(enterprise.parentId);
        }
        a.occurredAt = Times.stored(in.occurredAt());
        a.occurredOn = in.occurredAt().atZoneSameInstant(Times.ZONE).toLocalDate();
        a.reportedAt = in.reportedAt() == null ? null : Times.stored(in.reportedAt());
        a.territoryId = territory.id;
        a.enterpriseId = enterprise == null ? null : enterprise.id;
        a.industry = enterprise != null ? enterprise.industry : in.industry();
        a.scopePath = enterprise != null ? enterprise.path : territory.path;
        a.title = in.title().strip();
        a.description = in.description();
        a.deaths = in.deaths();
        a.seriousInjuries = in.seriousInjuries();
        a.directLossYuan = in.directLossYuan();
        a.level = AccidentLevel.derive(a.deaths, a.seriousInjuries, a.directLossYuan).level();
        a.liability = in.liability();
        a.reportingIssues = issues(in).stream().map(Enum::name).toList();
        a.investigationDoc = in.investigationDoc();
    }

    /** The issues found, plus LATE when the first report reached the authority more than an hour after the accident. */
    static Set<ReportingIssue> issues(AccidentInput in) {
        Set<ReportingIssue> found = EnumSet.noneOf(ReportingIssue.class);
        if (in.reportingIssues() != null) {
            found.addAll(in.reportingIssues());
        }
        if (in.reportedAt() != null && Duration.between(in.occurredAt(), in.reportedAt()).compareTo(REPORTING_LIMIT) > 0) {
            found.add(ReportingIssue.LATE);
        }
        return found;
    }

    /** The fields a correction may change, as the history shows them. */
    private static Map<String, Object> snapshot(Accident a) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("occurredAt", a.occurredAt.toString());
        s.put("reportedAt", a.reportedAt == null ? null : a.reportedAt.toString());
        s.put("territoryId", a.territoryId.toString());
        s.put("enterpriseId", a.enterpriseId == null ? null : a.enterpriseId.toString());
        s.put("industry", a.industry);
        s.put("title", a.title);
        s.put("description", a.description);
        s.put("deaths", a.deaths);
        s.put("seriousInjuries", a.seriousInjuries);
        s.put("directLossYuan", a.directLossYuan.stripTrailingZeros().toPlainString());
        s.put("level", a.level.name());
        s.put("liability", a.liability);
        s.put("reportingIssues", a.reportingIssues);
        s.put("investigationDoc", a.investigationDoc);
        return s;
    }
}
