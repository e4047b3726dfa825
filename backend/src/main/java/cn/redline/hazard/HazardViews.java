package cn.redline.hazard;

import cn.redline.attachment.AttachmentService;
import cn.redline.attachment.AttachmentView;
import cn.redline.hazard.HazardEnums.Level;
import cn.redline.org.OrgRepository;
import cn.redline.org.OrgView.OrgRef;
import cn.redline.platform.Caller;
import cn.redline.platform.Page;
import cn.redline.platform.PageParams;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Scope;
import cn.redline.platform.db.SqlReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Reading tickets in the caller's scope, and the views the API shows of them. */
@ApplicationScoped
public class HazardViews {

    @Inject
    HazardRepository hazards;

    @Inject
    OrgRepository orgs;

    @Inject
    Caller caller;

    @Inject
    AttachmentService attachments;

    @Inject
    HazardTransitions transitions;

    @Inject
    SqlReads reads;

    /** Read straight from the row into the view: nothing is loaded into the ORM session. */
    public HazardView get(UUID id) {
        Scope scope = caller.scope(); // may read the org through the ORM: outside the block, which holds a connection
        return reads.onOneConnection(() -> view(hazards.visibleRow(id, scope)
                .orElseThrow(() -> ProblemException.notFound("Hazard"))));
    }

    /** The managed ticket, for changing it. */
    public Hazard visible(UUID id) {
        return hazards.findVisible(id, caller.scope()).orElseThrow(() -> ProblemException.notFound("Hazard"));
    }

    public HazardPages.HazardPage list(HazardRepository.Filter filter, UUID territoryId, HazardRepository.Sort sort,
                                       PageParams page) {
        HazardRepository.Filter f = inTerritory(filter, territoryId).orElse(null);
        if (f == null) {
            return new HazardPages.HazardPage(List.of(), null);
        }
        Scope scope = caller.scope();
        return reads.onOneConnection(() -> {
            List<Hazard> rows = hazards.page(f, scope, sort, page.after(), page.limit);
            Page<Hazard> shown = HazardRepository.keyset(sort).page(rows, page.limit, Function.identity());
            return new HazardPages.HazardPage(views(shown.items()), shown.nextCursor());
        });
    }

    /**
     * The filter narrowed to a territory's subtree; empty when the territory is outside the scope, which lists
     * nothing, exactly like one that does not exist.
     */
    Optional<HazardRepository.Filter> inTerritory(HazardRepository.Filter filter, UUID territoryId) {
        if (territoryId == null) {
            return Optional.of(filter);
        }
        return orgs.findVisible(territoryId, caller.scope()).map(t -> filter.withTerritoryPath(t.path));
    }

    HazardView view(Hazard h) {
        return views(List.of(h)).get(0);
    }

    /**
     * Views for a page with one query for all the orgs they mention, whatever the page size; those lookups read
     * straight into view records (after a writer's flush, in its transaction).
     */
    List<HazardView> views(List<Hazard> page) {
        Set<UUID> orgIds = new HashSet<>();
        Set<UUID> duplicateIds = new HashSet<>();
        for (Hazard h : page) {
            addIfPresent(orgIds, h.enterpriseId, h.territoryId, h.escalatedToId, h.listed() ? h.supervision.orgId : null);
            if (h.duplicateOfId != null) {
                duplicateIds.add(h.duplicateOfId);
            }
        }
        Map<UUID, OrgRef> byId = orgs.refs(orgIds);
        Map<UUID, List<AttachmentView>> files = attachments.listFor(HazardAttachmentPolicy.OWNER,
                page.stream().map(h -> h.id).toList());
        // Another ticket is named only to callers who may see it: out of scope is not found, here too.
        Map<UUID, String> duplicateCodes = hazards.visibleCodes(duplicateIds, caller.scope());
        List<HazardView> out = new ArrayList<>(page.size());
        for (Hazard h : page) {
            out.add(new HazardView(h.id, h.code, h.title, h.description, h.level, h.category, h.industry,
                    ref(byId, h.enterpriseId), ref(byId, h.territoryId), h.locationText, h.latitude, h.longitude, h.source,
                    h.discoveredByName, h.discoveredAt, h.externalRef, h.responsibleUnit, h.responsiblePerson,
                    h.rectificationMeasures, h.deadline, h.state, h.overdue, ref(byId, h.escalatedToId),
                    h.level == Level.MAJOR ? (h.plan == null ? new HazardParts.Plan() : h.plan).view() : null,
                    h.listed() ? h.supervision.view(ref(byId, h.supervision.orgId)) : null,
                    h.extensionPending() ? h.extension.view() : null,
                    h.acceptance == null || h.acceptance.acceptorKind == null ? null : h.acceptance.view(),
                    h.rejectionReason, h.duplicateOfId == null ? null : duplicateCodes.get(h.duplicateOfId),
                    h.effectivenessChecked() ? h.effectiveness.view() : null,
                    h.closedAt, files.getOrDefault(h.id, List.of()), transitions.allowedActions(h), h.version, h.createdAt,
                    h.updatedAt));
        }
        return out;
    }

    /** Orgs a visible ticket names (its enterprise, territory, supervisor) are part of the ticket. */
    private static OrgRef ref(Map<UUID, OrgRef> byId, UUID id) {
        return id == null ? null : byId.get(id);
    }

    private static void addIfPresent(Set<UUID> ids, UUID... values) {
        for (UUID v : values) {
            if (v != null) {
                ids.add(v);
            }
        }
    }
}
