package cn.redline.org;

import cn.redline.platform.ClusterLock;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Demo organization tree drawn from the seeds (Guiyang's districts and counties, townships, villages,
 * grids, the departments the seeds name, enterprises across industries and risk classes). Loaded at
 * start-up when {@code redline.demo-data.enabled}; orgs whose code already exists are left alone. Instances
 * starting together on one database load one after the other under {@link #LOCK}, so the later one finds the
 * tree already there instead of inserting the same codes.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    /** The {@link ClusterLock} every demo loader holds while it checks and inserts. */
    public static final String LOCK = "demo-data";

    record DemoOrg(String code, String name, OrgKind kind, RegionLevel regionLevel, ZoneKind zoneKind,
                   DepartmentKind departmentKind, String parent,
                   List<String> industries, String industry, Integer employees, Boolean highRisk,
                   RiskColor riskColor, RiskClass riskClass) {
    }

    @ConfigProperty(name = "redline.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    Clock clock;

    @Inject
    OrgRepository orgs;

    @Inject
    ObjectMapper json;

    @Inject
    ClusterLock lock;

    @Inject
    DemoPosts demoPosts;

    void onStart(@Observes StartupEvent event) throws IOException {
        if (enabled) {
            int added = load();
            LOG.infof("Demo data: %d organizations added", added);
        }
    }

    @Transactional
    int load() throws IOException {
        List<DemoOrg> demo;
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/orgs.json")) {
            demo = json.copy().configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, new TypeReference<>() {
                    });
        }
        lock.holdUntilCommit(LOCK);
        Map<String, Org> byCode = new HashMap<>();
        OffsetDateTime now = cn.redline.platform.Times.now(clock);
        int added = 0;
        // one query for what a warm start already has, not one per demo org
        Map<String, Org> present = orgs.list("code in ?1", demo.stream().map(DemoOrg::code).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(o -> o.code, o -> o));
        for (DemoOrg d : demo) {
            Org existing = present.get(d.code());
            if (existing != null) {
                byCode.put(d.code(), existing);
                continue;
            }
            Org parent = d.parent() == null ? null : byCode.get(d.parent());
            Org o = new Org();
            o.id = UUID.randomUUID();
            o.code = d.code();
            o.name = d.name();
            o.kind = d.kind();
            o.regionLevel = d.regionLevel();
            o.zoneKind = d.zoneKind();
            o.departmentKind = d.departmentKind();
            o.parentId = parent == null ? null : parent.id;
            o.path = (parent == null ? "/" : parent.path) + Org.segment(o.id) + "/";
            o.depth = parent == null ? 0 : parent.depth + 1;
            o.supervisedIndustries = d.industries() == null ? new ArrayList<>() : new ArrayList<>(d.industries());
            o.industry = d.industry();
            o.employees = d.employees();
            o.highRisk = Boolean.TRUE.equals(d.highRisk());
            o.riskColor = d.riskColor();
            o.riskClass = d.riskClass();
            o.createdAt = now;
            o.updatedAt = now;
            orgs.persist(o);
            byCode.put(o.code, o);
            added++;
        }
        orgs.flush();
        demoPosts.load(byCode, now);
        return added;
    }
}
