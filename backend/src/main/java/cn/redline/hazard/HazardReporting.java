package cn.redline.hazard;

import cn.redline.attachment.AttachmentService;
import cn.redline.audit.AuditLog;
import cn.redline.hazard.HazardEnums.Source;
import cn.redline.hazard.HazardEnums.State;
import cn.redline.org.CallerOrg;
import cn.redline.org.IndustryRepository;
import cn.redline.org.Org;
import cn.redline.org.OrgKind;
import cn.redline.org.OrgRepository;
import cn.redline.platform.Caller;
import cn.redline.platform.Problem;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Roles;
import cn.redline.platform.Scope;
import cn.redline.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Registering new tickets (登记), one at a time or in a bulk push: the rules, the ticket, its first history entry. */
@ApplicationScoped
public class HazardReporting {

    @Inject
    Clock clock;

    @Inject
    HazardRepository hazards;

    @Inject
    OrgRepository orgs;

    @Inject
    IndustryRepository industries;

    @Inject
    HazardCodes codes;

    @Inject
    Caller caller;

    @Inject
    CallerOrg callerOrg;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    AttachmentService attachments;

    @Inject
    HazardHistory history;

    @Inject
    HazardViews views;

    @Transactional
    public HazardView report(HazardInput in) {
        Hazard h = file(in, false);
        em.flush();
        HazardView after = views.view(h);
        audit.record(Hazard.AUDIT_ENTITY, h.id.toString(), "report", h.scopePath, null, after);
        return after;
    }

    /**
     * Stores a new ticket with its attachments and its REPORT entry; a bulk push marks the entry. When the
     * attachments cannot be linked the ticket is taken back before the problem is thrown, so a bulk item fails alone.
     */
    Hazard file(HazardInput in, boolean bulk) {
        Hazard h = newTicket(in, callerOrg.org());
        hazards.persist(h);
        em.flush();
        try {
            attachments.link(in.attachmentIds(), HazardAttachmentPolicy.OWNER, h.id, "BEFORE");
        } catch (ProblemException e) {
            em.remove(h);
            em.flush();
            throw e;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("level", h.level.name());
        data.put("source", h.source.name());
        if (bulk) {
            data.put("bulk", true);
        }
        if (in.attachmentIds() != null && !in.attachmentIds().isEmpty()) {
            data.put("attachments", in.attachmentIds().stream().map(UUID::toString).toList());
        }
        history.reported(h, data);
        return h;
    }

    /** Builds a REPORTED ticket from the input, checking every rule; persists nothing. */
    Hazard newTicket(HazardInput in, Org reporter) {
        Scope scope = caller.scope();
        List<Problem.FieldError> errors = new ArrayList<>();
        UUID enterpriseId = in.enterpriseId();
        boolean enterpriseCaller = caller.hasRole(Roles.ENTERPRISE) && reporter.kind == OrgKind.ENTERPRISE;
        if (enterpriseCaller) {
            if (enterpriseId == null) {
                enterpriseId = reporter.id;
            } else if (!enterpriseId.equals(reporter.id)) {
                errors.add(new Problem.FieldError("enterpriseId", "an enterprise reports hazards of its own only"));
            }
            if (in.source() != Source.SELF_CHECK) {
                errors.add(new Problem.FieldError("source", "an enterprise's own findings are SELF_CHECK"));
            }
        }
        LocalDate today = Times.today(clock);
        if (in.deadline() != null && in.deadline().isBefore(today)) {
            errors.add(new Problem.FieldError("deadline", "must not be in the past"));
        }
        OffsetDateTime now = Times.now(clock);
        if (in.discoveredAt() != null && in.discoveredAt().isAfter(now.plusMinutes(5))) {
            errors.add(new Problem.FieldError("discoveredAt", "must not be in the future"));
        }
        if ((in.latitude() == null) != (in.longitude() == null)) {
            errors.add(new Problem.FieldError(in.latitude() == null ? "latitude" : "longitude", "give both coordinates or neither"));
        }
        if (in.industry() != null && !industries.codes().contains(in.industry())) {
            errors.add(new Problem.FieldError("industry", "is not a known industry code"));
        }
        if (enterpriseId == null && in.territoryId() == null) {
            errors.add(new Problem.FieldError("territoryId", "is required when no enterprise is named"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Org enterprise = null;
        Org territory;
        if (enterpriseId != null) {
            enterprise = orgs.findVisible(enterpriseId, scope).filter(o -> o.kind == OrgKind.ENTERPRISE)
                    .orElseThrow(() -> ProblemException.unprocessable("enterpriseId", "no such enterprise"));
            if (in.industry() != null && !in.industry().equals(enterprise.industry)) {
                throw ProblemException.invalid("industry", "differs from the enterprise's industry " + enterprise.industry);
            }
            territory = orgs.findById(enterprise.parentId);
        } else {
            territory = orgs.findVisible(in.territoryId(), scope).filter(o -> o.kind == OrgKind.REGION)
                    .orElseThrow(() -> ProblemException.unprocessable("territoryId", "no such region"));
        }
        if (in.externalRef() != null && hazards.count("reporterOrgId = ?1 and externalRef = ?2", reporter.id, in.externalRef()) > 0) {
            throw ProblemException.conflict("A hazard with externalRef " + in.externalRef() + " was already reported by this organization");
        }
        Hazard h = new Hazard();
        h.id = UUID.randomUUID();
        h.code = codes.next(today.getYear());
        h.title = in.title().strip();
        h.description = in.description();
        h.level = in.level();
        h.category = in.category();
        h.industry = enterprise != null ? enterprise.industry : in.industry();
        h.enterpriseId = enterprise == null ? null : enterprise.id;
        h.territoryId = territory.id;
        h.scopePath = enterprise != null ? enterprise.path : territory.path;
        h.locationText = in.locationText();
        h.latitude = in.latitude();
        h.longitude = in.longitude();
        h.source = in.source();
        h.discoveredBySubject = caller.subject();
        h.discoveredByName = caller.displayName();
        h.discoveredByRef = caller.username();
        h.discoveredAt = in.discoveredAt() == null ? now : Times.stored(in.discoveredAt());
        h.reporterOrgId = reporter.id;
        h.externalRef = in.externalRef();
        h.responsibleUnit = in.responsibleUnit() != null ? in.responsibleUnit() : enterprise != null ? enterprise.name : null;
        h.responsiblePerson = in.responsiblePerson();
        h.rectificationMeasures = in.rectificationMeasures();
        h.deadline = in.deadline();
        h.state = State.REPORTED;
        h.createdAt = now;
        h.updatedAt = now;
        return h;
    }

}
