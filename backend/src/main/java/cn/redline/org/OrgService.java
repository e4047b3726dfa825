package cn.redline.org;

import cn.redline.audit.AuditLog;
import cn.redline.platform.Caller;
import cn.redline.platform.Etags;
import cn.redline.platform.OrgMoveHandler;
import cn.redline.platform.Page;
import cn.redline.platform.PageParams;
import cn.redline.platform.Problem;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Roles;
import cn.redline.platform.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The organization tree's rules: who may see and change what, and what a valid tree is. */
@ApplicationScoped
public class OrgService {

    static final String ENTITY = "org";

    @Inject
    Clock clock;

    @Inject
    OrgRepository orgs;

    @Inject
    IndustryRepository industries;

    @Inject
    Caller caller;

    @Inject
    CallerOrg callerOrg;

    @Inject
    OrgPlaces places;

    @Inject
    AuditLog audit;

    @Inject
    @Any
    Instance<OrgMoveHandler<?>> moveHandlers;

    @Inject
    jakarta.enterprise.event.Event<OrgChanged> changed;

    public OrgView get(UUID id) {
        return view(visible(id));
    }

    public OrgView getByCode(String code) {
        return view(orgs.findVisibleByCode(code, caller.scope()).orElseThrow(() -> ProblemException.notFound("Organization")));
    }

    public OrgPage list(OrgRepository.Filter filter, UUID subtreeOf, OrgRepository.Sort sort, PageParams page) {
        Scope scope = caller.scope();
        OrgRepository.Filter f = filter;
        if (subtreeOf != null) {
            // A subtree root outside the scope lists nothing, exactly like one that does not exist.
            var root = orgs.findVisible(subtreeOf, scope);
            if (root.isEmpty()) {
                return new OrgPage(List.of(), null);
            }
            f = new OrgRepository.Filter(filter.kind(), filter.parentId(), root.get().path, filter.industry(), filter.text());
        }
        List<Org> rows = orgs.page(f, scope, sort, page.after(), page.limit);
        Page<Org> shown = OrgRepository.keyset(sort).page(rows, page.limit, Function.identity());
        return new OrgPage(views(shown.items()), shown.nextCursor());
    }

    @Transactional
    public OrgView create(OrgInput in) {
        validateShape(in);
        Org parent = null;
        if (in.parentId() == null) {
            if (!caller.hasRole(Roles.ADMIN)) {
                throw ProblemException.forbidden("Only an admin may create a root organization");
            }
        } else {
            parent = orgs.findVisible(in.parentId(), caller.scope()).orElseThrow(OrgService::unknownParent);
            if (!callerOrg.canWrite(parent)) {
                throw ProblemException.forbidden("You may only create organizations inside your own subtree");
            }
        }
        checkPlacement(in, parent);
        checkCodeFree(in.code(), null);
        Org o = new Org();
        o.id = UUID.randomUUID();
        o.kind = in.kind();
        apply(in, o);
        place(o, parent);
        o.createdAt = now();
        o.updatedAt = o.createdAt;
        orgs.persistAndFlush(o);
        changed.fire(new OrgChanged(o.id, o.path, false));
        OrgView after = view(o);
        audit.record(ENTITY, o.id.toString(), "create", o.path, null, after);
        return after;
    }

    @Transactional
    public OrgView update(UUID id, String ifMatch, OrgInput in) {
        Org o = visible(id);
        Etags.requireMatch(ifMatch, o.version);
        if (!callerOrg.canWrite(o)) {
            throw ProblemException.forbidden("You may only change organizations inside your own subtree");
        }
        validateShape(in);
        if (in.kind() != o.kind) {
            throw ProblemException.unprocessable("An organization's kind cannot change; create a new one instead");
        }
        if (!in.code().equals(o.code) && !caller.hasRole(Roles.ADMIN) && callerOrg.org().path.startsWith(o.path)) {
            // Tokens name their org by code: an office renaming its own code (or an ancestor's) locks itself out.
            throw ProblemException.forbidden("Only an admin may change the code of your own organization or of one above it");
        }
        OrgView before = view(o);
        Org parent = o.parentId == null ? null : orgs.findById(o.parentId);
        UUID parentId = keptParent(in.parentId(), parent);
        boolean moved = !java.util.Objects.equals(parentId, o.parentId);
        if (moved) {
            if (parentId == null) {
                if (!caller.hasRole(Roles.ADMIN)) {
                    throw ProblemException.forbidden("Only an admin may make an organization a root");
                }
                parent = null;
            } else {
                parent = orgs.findVisible(parentId, caller.scope()).orElseThrow(OrgService::unknownParent);
                if (!callerOrg.canWrite(parent)) {
                    throw ProblemException.forbidden("You may only move organizations inside your own subtree");
                }
                if (parent.path.startsWith(o.path)) {
                    throw invalidParent("cannot be the organization itself or one of its descendants");
                }
            }
        }
        checkPlacement(in, parent);
        if (o.kind == OrgKind.REGION && in.regionLevel() != o.regionLevel) {
            for (RegionLevel child : orgs.childRegionLevels(o.id)) {
                if (!in.regionLevel().isAbove(child)) {
                    throw ProblemException.unprocessable("regionLevel", "must stay above its child regions' level " + child);
                }
            }
        }
        if (!in.code().equals(o.code)) {
            checkCodeFree(in.code(), o.id);
        }
        apply(in, o);
        if (moved) {
            String oldPath = o.path;
            int oldDepth = o.depth;
            place(o, parent);
            orgs.getEntityManager().flush();
            orgs.rebaseDescendants(o.id, oldPath, o.path, o.depth - oldDepth);
            for (OrgMoveHandler<?> handler : moveHandlers) {
                handler.moved(oldPath, o.path);
            }
        }
        o.updatedAt = now();
        orgs.getEntityManager().flush();
        places.changed(orgs.getEntityManager());
        changed.fire(new OrgChanged(o.id, o.path, moved));
        OrgView after = view(o);
        audit.record(ENTITY, o.id.toString(), moved ? "move" : "update", o.path, before, after);
        return after;
    }

    /**
     * The parent a PUT asks for. A view shows {@code parentId: null} when the parent is outside the caller's scope
     * (its id is not theirs to learn), so for such a caller a null parent means "unchanged" and the view they got
     * can be sent back as it is; for a caller who sees the parent (an admin for every org) null means "make it a
     * root", as the view would have shown the parent otherwise.
     */
    private UUID keptParent(UUID requested, Org current) {
        if (requested == null && current != null && orgs.findVisible(current.id, caller.scope()).isEmpty()) {
            return current.id;
        }
        return requested;
    }

    public List<IndustryView> industries() {
        return industries.listAll(io.quarkus.panache.common.Sort.by("sortOrder")).stream().map(IndustryView::of).toList();
    }

    /** The org visible to the caller, or 404 whether it is missing or outside the scope. */
    Org visible(UUID id) {
        return orgs.findVisible(id, caller.scope()).orElseThrow(() -> ProblemException.notFound("Organization"));
    }

    OrgView view(Org o) {
        return views(List.of(o)).get(0);
    }

    /** Views for a page of orgs with one extra query for all their ancestors, whatever the page size. */
    List<OrgView> views(List<Org> page) {
        Set<UUID> ancestorIds = new LinkedHashSet<>();
        for (Org o : page) {
            ancestorIds.addAll(ancestorIds(o));
        }
        Map<UUID, Org> ancestors = orgs.byIds(ancestorIds).stream().collect(Collectors.toMap(a -> a.id, a -> a));
        Scope scope = caller.scope();
        List<OrgView> out = new ArrayList<>(page.size());
        for (Org o : page) {
            List<OrgView.OrgRef> refs = ancestorIds(o).stream().map(ancestors::get)
                    .filter(a -> a != null && scope.contains(a.path, a.industry)).map(OrgView.OrgRef::of).toList();
            UUID parentId = !refs.isEmpty() && refs.get(refs.size() - 1).id().equals(o.parentId) ? o.parentId : null;
            out.add(new OrgView(o.id, o.code, o.name, o.kind, o.regionLevel, o.zoneKind, o.departmentKind, parentId, refs,
                    List.copyOf(o.supervisedIndustries), o.industry, o.employees, o.highRisk, o.emergencyKeyUnit(), o.emergencyKeyCategory, o.riskColor, o.riskClass,
                    o.address, o.version, o.createdAt, o.updatedAt));
        }
        return out;
    }

    private static List<UUID> ancestorIds(Org o) {
        return Org.idsOnPath(o.path).stream().filter(id -> !id.equals(o.id)).toList();
    }

    /** Field rules that depend on the kind: 400 with every offending field listed. */
    private void validateShape(OrgInput in) {
        List<Problem.FieldError> errors = new ArrayList<>();
        switch (in.kind()) {
            case REGION -> {
                if (in.regionLevel() == null) {
                    errors.add(new Problem.FieldError("regionLevel", "is required for a region"));
                } else {
                    OrgCodes.checkRegion(in.code(), in.regionLevel()).ifPresent(m -> errors.add(new Problem.FieldError("code", m)));
                }
                notAllowed(errors, "industries", in.industries() != null && !in.industries().isEmpty(), "departments");
                notAllowed(errors, "departmentKind", in.departmentKind() != null, "departments");
                if (in.zoneKind() != null && in.regionLevel() != null && in.regionLevel() != RegionLevel.DISTRICT
                        && in.regionLevel() != RegionLevel.TOWNSHIP) {
                    // a zone's 管委会 stands beside townships or districts (S0, S1 §10, LRR 2)
                    errors.add(new Problem.FieldError("zoneKind", "applies only to regions at district or township level"));
                }
                enterpriseOnly(in, errors);
            }
            case DEPARTMENT -> {
                notAllowed(errors, "regionLevel", in.regionLevel() != null, "regions");
                notAllowed(errors, "zoneKind", in.zoneKind() != null, "regions");
                OrgCodes.checkCreditCode(in.code()).ifPresent(m -> errors.add(new Problem.FieldError("code", m)));
                enterpriseOnly(in, errors);
                if (in.industries() != null) {
                    Set<String> known = industries.codes();
                    for (int i = 0; i < in.industries().size(); i++) {
                        if (!known.contains(in.industries().get(i))) {
                            errors.add(new Problem.FieldError("industries[" + i + "]", "is not a known industry code"));
                        }
                    }
                    if (new LinkedHashSet<>(in.industries()).size() != in.industries().size()) {
                        errors.add(new Problem.FieldError("industries", "must not repeat an industry"));
                    }
                }
            }
            case ENTERPRISE -> {
                notAllowed(errors, "regionLevel", in.regionLevel() != null, "regions");
                notAllowed(errors, "zoneKind", in.zoneKind() != null, "regions");
                notAllowed(errors, "departmentKind", in.departmentKind() != null, "departments");
                notAllowed(errors, "industries", in.industries() != null && !in.industries().isEmpty(), "departments");
                OrgCodes.checkCreditCode(in.code()).ifPresent(m -> errors.add(new Problem.FieldError("code", m)));
                if (in.industry() == null) {
                    errors.add(new Problem.FieldError("industry", "is required for an enterprise"));
                } else if (!industries.codes().contains(in.industry())) {
                    errors.add(new Problem.FieldError("industry", "is not a known industry code"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void enterpriseOnly(OrgInput in, List<Problem.FieldError> errors) {
        notAllowed(errors, "industry", in.industry() != null, "enterprises");
        notAllowed(errors, "employees", in.employees() != null, "enterprises");
        // false is what a view shows for every org, so a view sent back is not refused for it
        notAllowed(errors, "highRisk", Boolean.TRUE.equals(in.highRisk()), "enterprises");
        notAllowed(errors, "emergencyKeyCategory", in.emergencyKeyCategory() != null, "enterprises");
        notAllowed(errors, "riskColor", in.riskColor() != null, "enterprises");
        notAllowed(errors, "riskClass", in.riskClass() != null, "enterprises");
    }

    private static void notAllowed(List<Problem.FieldError> errors, String field, boolean present, String kinds) {
        if (present) {
            errors.add(new Problem.FieldError(field, "applies only to " + kinds));
        }
    }

    /** Tree rules: regions nest by level, departments and enterprises sit under a region. */
    private void checkPlacement(OrgInput in, Org parent) {
        if (parent == null) {
            if (in.kind() != OrgKind.REGION) {
                throw invalidParent("is required: a " + in.kind().name().toLowerCase() + " belongs to a region");
            }
            return;
        }
        if (parent.kind != OrgKind.REGION) {
            throw invalidParent("must be a region");
        }
        if (in.kind() == OrgKind.REGION) {
            if (!parent.regionLevel.isAbove(in.regionLevel())) {
                throw invalidParent("must be a region above level " + in.regionLevel());
            }
            OrgCodes.checkWithinParent(in.code(), in.regionLevel(), parent)
                    .ifPresent(m -> { throw ProblemException.unprocessable("code", m); });
        }
    }

    private void checkCodeFree(String code, UUID self) {
        orgs.findByCode(code).filter(o -> !o.id.equals(self)).ifPresent(o -> {
            throw ProblemException.conflict("Another organization already has the code " + code);
        });
    }

    private static void apply(OrgInput in, Org o) {
        o.code = in.code();
        o.name = in.name().strip();
        o.regionLevel = in.regionLevel();
        o.zoneKind = in.zoneKind();
        o.departmentKind = in.departmentKind();
        o.supervisedIndustries = in.industries() == null ? new ArrayList<>() : new ArrayList<>(in.industries());
        o.industry = in.industry();
        o.employees = in.employees();
        o.highRisk = Boolean.TRUE.equals(in.highRisk());
        o.emergencyKeyCategory = in.emergencyKeyCategory();
        o.riskColor = in.riskColor();
        o.riskClass = in.riskClass();
        o.address = in.address();
    }

    private static void place(Org o, Org parent) {
        o.parentId = parent == null ? null : parent.id;
        o.path = (parent == null ? "/" : parent.path) + Org.segment(o.id) + "/";
        o.depth = parent == null ? 0 : parent.depth + 1;
    }

    private static ProblemException unknownParent() {
        return ProblemException.unprocessable("parentId", "no such organization");
    }

    private static ProblemException invalidParent(String message) {
        return ProblemException.unprocessable("parentId", message);
    }

    private OffsetDateTime now() {
        return cn.redline.platform.Times.now(clock);
    }
}
