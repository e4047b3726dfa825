package cn.redline.hazard;

import cn.redline.org.OrgRepository;
import cn.redline.platform.Caller;
import cn.redline.platform.Labels;
import cn.redline.platform.Page;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Scope;
import cn.redline.platform.Xlsx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The hazard list as an Excel workbook, in the users' language: the rows are read page by page inside the request
 * (so a too-long export is refused before anything is sent), then the workbook streams to the response.
 */
@ApplicationScoped
public class HazardExport {

    /** More rows than this is a request for a data dump, not a list: narrow the filters or use the feed. */
    static final int MAX_ROWS = 20_000;
    private static final int PAGE = 500;
    private static final List<String> COLUMNS = List.of("code", "title", "level", "state", "category", "industry",
            "enterprise", "territory", "source", "discoveredAt", "deadline", "overdue", "responsiblePerson", "supervision",
            "closedAt");

    @Inject
    HazardRepository hazards;

    @Inject
    OrgRepository orgs;

    @Inject
    Caller caller;

    @Inject
    HazardViews views;

    public StreamingOutput export(HazardRepository.Filter filter, UUID territoryId, Labels l) {
        HazardRepository.Filter f = views.inTerritory(filter, territoryId).orElse(null);
        if (f == null) {
            return write(l, List.of());
        }
        Scope scope = caller.scope();
        List<List<Object>> rows = new ArrayList<>();
        String after = null;
        do {
            Page<Hazard> page = HazardRepository.keyset(HazardRepository.Sort.createdAt).page(
                    hazards.page(f, scope, HazardRepository.Sort.createdAt, after, PAGE), PAGE, Function.identity());
            List<Hazard> shown = page.items();
            if (rows.size() + shown.size() > MAX_ROWS) {
                throw ProblemException.unprocessable("The export would exceed " + MAX_ROWS
                        + " rows; narrow the filters (e.g. a date range) or read the change feed");
            }
            Set<UUID> ids = new HashSet<>();
            shown.forEach(h -> {
                ids.add(h.territoryId);
                if (h.enterpriseId != null) {
                    ids.add(h.enterpriseId);
                }
            });
            Map<UUID, String> names = orgs.byIds(ids).stream().collect(Collectors.toMap(o -> o.id, o -> o.name));
            for (Hazard h : shown) {
                rows.add(row(l, h, names));
            }
            after = page.nextCursor();
        } while (after != null);
        return write(l, rows);
    }

    private static List<Object> row(Labels l, Hazard h, Map<UUID, String> names) {
        List<Object> r = new ArrayList<>();
        r.add(h.code);
        r.add(h.title);
        r.add(l.of(h.level));
        r.add(l.of(h.state));
        r.add(l.of(h.category));
        r.add(l.industry(h.industry));
        r.add(h.enterpriseId == null ? null : names.get(h.enterpriseId));
        r.add(names.get(h.territoryId));
        r.add(l.of(h.source));
        r.add(h.discoveredAt);
        r.add(h.deadline);
        r.add(l.text(h.overdue ? "value.yes" : "value.no"));
        r.add(h.responsiblePerson);
        r.add(h.supervision == null || h.supervision.level == null ? null
                : l.of(h.supervision.level) + " " + h.supervision.documentNumber);
        r.add(h.closedAt);
        return r;
    }

    private static StreamingOutput write(Labels l, List<List<Object>> rows) {
        List<String> header = COLUMNS.stream().map(c -> l.text("export." + c)).toList();
        return out -> Xlsx.write(out, l.text("export.sheet"), header, rows);
    }
}
