package cn.redline.dutyreport;

import static cn.redline.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.duty.Obligations;
import cn.redline.duty.Period;
import cn.redline.duty.PeriodType;
import cn.redline.duty.Subject;
import cn.redline.duty.list.ListObligations;
import cn.redline.org.Org;
import cn.redline.org.PostKind;
import cn.redline.platform.Scope;
import cn.redline.platform.Times;
import cn.redline.platform.db.SqlReads;
import cn.redline.support.Demo;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The matrix read from the per-subtree counts (obligation_rollup and its deltas) answers exactly what the grouped
 * statement over the obligations answered (kept here as the reference), for a township's subtree in several scopes:
 * obligations in every status, after evidence is added and withdrawn, after a waiver, after a revised list supersedes
 * the signed one, and after an enterprise moves to another township; with the deltas compacted or not. Concurrent
 * writers under the same city do not wait on each other, and a compaction while one is in flight loses nothing.
 */
@QuarkusTest
class MatrixRollupTest {

    /** The matrix statement before the rollup: a year's obligations of the subtree grouped per request (drill rules
     * excepted: they have the drill coverage report). */
    private static final String GROUPED = """
            select b.rule_id, %s as duty_key, min(i.text) as item_text, b.period_key, b.period_first, b.period_last, b.status,
                   count(*) as n
            from obligation b join org o on o.id = b.org_id
            %s
            where b.period_first between :first and :last and o.path like :subtree and %s and %s
              and (b.rule_id is null or b.rule_id not in (select r.id from requirement_rule r where r.capability = 'DRILL'))
            group by b.rule_id, duty_key, b.period_key, b.period_first, b.period_last, b.status
            order by b.period_first, b.period_last desc""";

    /** An org's own obligation under a rule, stored as the engine would have. */
    private static final String ORG_OBLIGATION = """
            insert into obligation (id, rule_id, subject_kind, subject_id, org_id, period_key, period_first, period_last,
                required, counted, late, status, computed_at)
            values (gen_random_uuid(), cast(?1 as uuid), 'ORG', cast(?2 as uuid), cast(?2 as uuid), ?3, ?4, ?5, 1, 0, 0, ?6, now())
            on conflict (rule_id, subject_kind, subject_id, period_key) do update set status = excluded.status""";

    @Inject
    FulfilmentMatrix matrix;

    @Inject
    Obligations obligations;

    @Inject
    ListObligations listObligations;

    @Inject
    SqlReads reads;

    @Inject
    RollupCompaction compaction;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    private void sql(String statement, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }

    private Org org(String id) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(Org.class, UUID.fromString(id)));
    }

    /** Row key → period → status → count, and the periods in column order, as the grouped statement counts them. */
    private record Answer(Map<String, Map<String, Map<String, Integer>>> cells, List<String> periods, Map<String, String> titles) {
    }

    private Answer grouped(Org org, int year, Scope scope) {
        Scope.Filter s = scope.where("o.path", "o.industry");
        Map<String, Object> params = new HashMap<>(s.params());
        params.put("first", LocalDate.of(year, 1, 1));
        params.put("last", LocalDate.of(year, 12, 31));
        params.put("subtree", org.path + "%");
        Map<String, Map<String, Map<String, Integer>>> cells = new TreeMap<>();
        List<String> periods = new ArrayList<>();
        Map<String, String> titles = new TreeMap<>();
        reads.list(GROUPED.formatted(OwedUnder.DUTY_KEY, OwedUnder.JOIN, OwedUnder.OWED, s.hql()), params, rs -> {
            UUID rule = rs.getObject("rule_id", UUID.class);
            String key = (rule != null ? rule : rs.getObject("duty_key", UUID.class)).toString();
            String period = rs.getString("period_key");
            if (!periods.contains(period)) {
                periods.add(period);
            }
            if (rule == null) {
                titles.put(key, rs.getString("item_text"));
            }
            cells.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(period, p -> new TreeMap<>())
                    .merge(rs.getString("status"), rs.getInt("n"), Integer::sum);
            return key;
        });
        return new Answer(cells, periods, titles);
    }

    private Answer fromRollup(Org org, int year, Scope scope) {
        FulfilmentMatrix.Matrix m = matrix.of(org, year, scope);
        Map<String, Map<String, Map<String, Integer>>> cells = new TreeMap<>();
        Map<String, String> titles = new TreeMap<>();
        for (FulfilmentMatrix.Row r : m.rows()) {
            if (r.dutyKey() != null) {
                titles.put(r.key(), r.title());
            }
            for (FulfilmentMatrix.Cell c : r.cells()) {
                Map<String, Integer> n = new TreeMap<>();
                Map<String, Integer> all = new LinkedHashMap<>();
                all.put("MET", c.met());
                all.put("PARTIAL", c.partial());
                all.put("MISSED", c.missed());
                all.put("WAIVED", c.waived());
                all.put("OPEN", c.open());
                all.put("AT_RISK", c.atRisk());
                all.forEach((status, count) -> {
                    if (count > 0) {
                        n.put(status, count);
                    }
                });
                cells.computeIfAbsent(r.key(), k -> new TreeMap<>()).put(c.periodKey(), n);
            }
        }
        return new Answer(cells, m.periods().stream().map(FulfilmentMatrix.Column::periodKey).toList(), titles);
    }

    /**
     * The counts kept for {@code org} are its subtree's obligations counted under the row they are owed under (the
     * rule, or the binding item's text), nothing stale and no empty row; before and after a compaction.
     */
    private void rollupIsTheCount(Org org) {
        String counted = """
                select coalesce(b.rule_id, %s) as row_key, b.period_key, b.status, count(*) as n
                from obligation b join org o on o.id = b.org_id %s
                where o.path like :subtree and %s
                group by row_key, b.period_key, b.status order by 1, 2, 3""".formatted(OwedUnder.DUTY_KEY, OwedUnder.JOIN,
                OwedUnder.OWED);
        String kept = """
                select row_key, period_key, status, sum(n) from (
                    select row_key, period_key, status, n from obligation_rollup where org_id = :org
                    union all select row_key, period_key, status, n from obligation_rollup_delta where org_id = :org) k
                group by 1, 2, 3 having sum(n) <> 0 order by 1, 2, 3""";
        SqlReads.Row<String> row = rs -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "=" + rs.getInt(4);
        List<String> expected = reads.list(counted, Map.of("subtree", org.path + "%"), row);
        assertEquals(expected, reads.list(kept, Map.of("org", org.id), row), "before a compaction");
        compaction.compact();
        assertEquals(expected, reads.list(kept, Map.of("org", org.id), row), "after a compaction");
    }

    private Answer same(String what, Org org, int year, List<Scope> scopes) {
        rollupIsTheCount(org);
        Answer first = null;
        for (Scope scope : scopes) {
            Answer expected = grouped(org, year, scope);
            assertEquals(expected, fromRollup(org, year, scope), what + " in " + scope);
            first = first == null ? expected : first;
        }
        return first;
    }

    private static String rule(String title, String regionId) {
        return as(Demo.admin()).contentType(ContentType.JSON).body(Map.of("code", "T-" + UUID.randomUUID().toString().substring(0, 8),
                "title", title, "capability", "DUTY", "appliesTo", Map.of("regionId", regionId, "postKinds", List.of("TOWNSHIP_HEAD")), "periodType", "QUARTER",
                "minCount", 2, "atRiskDays", 30, "jurisdiction", "DISTRICT", "effectiveFrom", "2020-01-01",
                "citation", "测试依据 " + title)).post("/api/v1/requirement-rules").then().statusCode(201).extract().path("id");
    }

    private String obligationOf(String ruleOrItem, String subjectId, String periodKey) {
        return reads.list("""
                select id from obligation where coalesce(rule_id, duty_item_key) = cast(:k as uuid)
                and subject_id = cast(:s as uuid) and period_key = :p""", Map.of("k", ruleOrItem, "s", subjectId, "p", periodKey),
                rs -> rs.getString(1)).get(0);
    }

    @Test
    void theMatrixFromTheRollupIsTheGroupedObligationsThroughEvidenceWaiversASupersedeAndAMove() {
        LocalDate today = Times.today(clock);
        int year = today.getYear();
        DutyLists.Holder h = DutyLists.township();
        String deputy = DutyLists.post(h.orgId(), "副主任", "TOWNSHIP_HEAD");
        String enterprise = DutyLists.enterprise(h.orgId(), "测试建筑有限公司");
        Org town = org(h.orgId());
        Org district = org(town.parentId.toString());
        String ruleId = rule("每季度带队检查" + UUID.randomUUID().toString().substring(0, 4), h.orgId());

        // rule obligations of both posts for every quarter begun this year, graded by the engine (MISSED, OPEN, AT_RISK)
        Subject head = Subject.post(UUID.fromString(h.postId()), PostKind.TOWNSHIP_HEAD, town);
        Subject dep = Subject.post(UUID.fromString(deputy), PostKind.TOWNSHIP_HEAD, town);
        List<Period> quarters = new ArrayList<>();
        for (Period q = Period.containing(PeriodType.QUARTER, LocalDate.of(year, 1, 1)); !q.first().isAfter(today);
             q = Period.containing(PeriodType.QUARTER, q.last().plusDays(1))) {
            quarters.add(q);
            obligations.materialise(head, q.first());
            obligations.materialise(dep, q.first());
        }
        // the enterprise's own obligations, stored as the engine would have (MET, WAIVED, MISSED)
        String[] statuses = {"MET", "WAIVED", "MISSED", "MET"};
        for (int k = 0; k < quarters.size(); k++) {
            Period q = quarters.get(k);
            sql(ORG_OBLIGATION, ruleId, enterprise, q.key(), q.first(), q.last(), statuses[k % statuses.length]);
        }
        // a signed list of the head: two quarterly duty items
        String v1 = DutyLists.signed(h, year);
        String inspection = DutyLists.itemId(v1, DutyLists.INSPECTION);

        Org enterpriseOrg = org(enterprise);
        // a department elsewhere that supervises construction inside the township: the enterprise only
        Scope supervising = Scope.supervising("/nowhere/", town.path, List.of("CONSTRUCTION"));
        List<Scope> scopes = List.of(Scope.everything(), Scope.subtree(district.path), Scope.subtree(town.path), supervising);
        Answer before = same("as materialised", town, year, scopes);
        assertEquals(quarters.size(), before.periods().size());
        assertEquals(3, before.cells().size(), "the rule and both duties: " + before.cells().keySet());
        assertTrue(before.cells().get(ruleId).values().stream().mapToInt(Map::size).sum() > quarters.size(),
                "several statuses per period: " + before.cells().get(ruleId));
        same("the enterprise alone", enterpriseOrg, year, List.of(Scope.everything(), Scope.subtree(enterpriseOrg.path)));
        assertEquals(same("the enterprise alone", enterpriseOrg, year, List.of(Scope.everything())),
                fromRollup(town, year, supervising), "the supervising department sees the township's enterprise only");

        // evidence: the head proves the rule twice in the first quarter (MISSED → MET for its late entry or counted),
        // the deputy once in the current quarter; then one piece is withdrawn
        Period q1 = quarters.get(0);
        Period now = quarters.get(quarters.size() - 1);
        String record = UUID.randomUUID().toString();
        obligations.addEvidence(head, UUID.fromString(ruleId), "RECORD", record, q1.first().plusDays(3));
        obligations.addEvidence(head, UUID.fromString(ruleId), "RECORD", UUID.randomUUID().toString(), q1.first().plusDays(4));
        obligations.addEvidence(dep, UUID.fromString(ruleId), "RECORD", UUID.randomUUID().toString(), today);
        obligations.addEvidence(dep, UUID.fromString(ruleId), "RECORD", UUID.randomUUID().toString(), today);
        same("after evidence", town, year, scopes);
        obligations.withdrawEvidence(head, UUID.fromString(ruleId), "RECORD", record);
        UUID inspectionKey = UUID.fromString(reads.list("select item_key from duty_item where id = cast(:i as uuid)",
                Map.of("i", inspection), rs -> rs.getString(1)).get(0));
        String itemRecord = UUID.randomUUID().toString();
        listObligations.addEvidence(inspectionKey, "RECORD", itemRecord, today);
        same("after a withdrawal and an item's evidence", town, year, scopes);
        listObligations.withdrawEvidence(inspectionKey, "RECORD", itemRecord);
        same("after the item's evidence is withdrawn", town, year, scopes);

        // a waiver of the head's open obligation of the current quarter
        obligations.waive(UUID.fromString(obligationOf(ruleId, h.postId(), now.key())), "停产整顿", "南安〔1〕号", "tester");
        Answer waived = same("after a waiver", town, year, scopes);
        assertEquals(1, waived.cells().get(ruleId).get(now.key()).get("WAIVED"));

        // a revision drops the meeting item: once signed it supersedes v1 and the meeting is owed no more
        String meetingTitle = DutyLists.MEETING;
        assertTrue(waived.titles().containsValue(meetingTitle));
        DutyLists.act(Demo.nanmingSafety(), v1, "REVISE", Map.of("comment", "删去会议"));
        String v2 = as(Demo.nanmingSafety()).queryParam("lineageId", v1).get("/api/v1/responsibility-lists").then().statusCode(200)
                .extract().jsonPath().getString("items.find { it.versionNo == 2 }.id");
        String meeting2 = as(Demo.nanmingSafety()).get("/api/v1/responsibility-lists/{id}", v2).then().statusCode(200).extract()
                .path("items.find { it.text == '" + meetingTitle + "' }.id");
        as(Demo.nanmingSafety()).delete("/api/v1/responsibility-lists/{id}/items/{itemId}", v2, meeting2).then().statusCode(200);
        assertTrue(same("while the revision is a draft", town, year, scopes).titles().containsValue(meetingTitle));
        DutyLists.act(Demo.nanmingSafety(), v2, "SUBMIT", Map.of());
        DutyLists.act(Demo.nanmingSafety(), v2, "PUBLISH", Map.of("docNumber", "南安〔" + year + "〕" + v2.substring(0, 4) + "号"));
        DutyLists.act(h.token(), v2, "SIGN", Map.of());
        DutyLists.act(Demo.nanmingSafety(), v2, "SIGN", Map.of());
        Answer superseded = same("after the supersede", town, year, scopes);
        assertTrue(!superseded.titles().containsValue(meetingTitle) && superseded.titles().containsValue(DutyLists.INSPECTION),
                "the meeting is gone, the inspection stays: " + superseded.titles());

        // the enterprise moves to another township of the district: each township counts what is under it now
        Answer enterpriseAlone = fromRollup(enterpriseOrg, year, Scope.everything());
        String otherTownId = DutyLists.township().orgId();
        Response got = as(Demo.admin()).get("/api/v1/orgs/{id}", enterprise);
        Map<String, Object> moved = new HashMap<>(got.jsonPath().getMap(""));
        moved.put("parentId", otherTownId);
        as(Demo.admin()).contentType(ContentType.JSON).header("If-Match", got.header("ETag")).body(moved)
                .put("/api/v1/orgs/{id}", enterprise).then().statusCode(200);
        Org otherTown = org(otherTownId);
        assertTrue(org(enterprise).path.startsWith(otherTown.path));
        assertTrue(!same("the township it left", town, year, scopes.subList(0, 3)).cells().equals(superseded.cells()),
                "the enterprise's obligations left the township");
        assertEquals(enterpriseAlone, same("the township it joined", otherTown, year, List.of(Scope.everything(),
                Scope.subtree(otherTown.path))));
        rollupIsTheCount(district);
    }

    /**
     * Two writers under one township (so one district and one city) hold their transactions open at the same time: the
     * second commits without waiting for the first, a compaction meanwhile neither waits nor folds the first's
     * uncommitted counts, and once both commit every level counts both.
     */
    @Test
    void writersUnderOneCityNeitherWaitForEachOtherNorLoseACountToACompactionInFlight() throws Exception {
        DutyLists.Holder h = DutyLists.township();
        Org town = org(h.orgId());
        Org district = org(town.parentId.toString());
        Org city = org(district.parentId.toString());
        String ruleId = rule("并发写入" + UUID.randomUUID().toString().substring(0, 4), h.orgId());
        String first = DutyLists.enterprise(h.orgId(), "并发甲建筑有限公司");
        String second = DutyLists.enterprise(h.orgId(), "并发乙建筑有限公司");
        Period q = Period.containing(PeriodType.QUARTER, Times.today(clock));
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> held = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery(ORG_OBLIGATION.replace("?", ":p")).setParameter("p1", ruleId).setParameter("p2", first)
                        .setParameter("p3", q.key()).setParameter("p4", q.first()).setParameter("p5", q.last())
                        .setParameter("p6", "OPEN").executeUpdate();
                written.countDown();
                try {
                    assertTrue(release.await(30, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
            assertTrue(written.await(30, TimeUnit.SECONDS), "the first writer wrote");
            pool.submit(() -> sql(ORG_OBLIGATION, ruleId, second, q.key(), q.first(), q.last(), "OPEN"))
                    .get(10, TimeUnit.SECONDS);
            pool.submit(() -> compaction.compact()).get(10, TimeUnit.SECONDS);
            Map<String, Integer> one = Map.of("OPEN", 1);
            for (Org o : List.of(town, district, city)) {
                rollupIsTheCount(o);
            }
            assertEquals(one, fromRollup(town, q.first().getYear(), Scope.everything()).cells().get(ruleId).get(q.key()),
                    "the committed writer counts, the one in flight not yet");
            release.countDown();
            held.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        for (Org o : List.of(town, district, city)) {
            rollupIsTheCount(o);
        }
        assertEquals(Map.of("OPEN", 2), fromRollup(city, q.first().getYear(), Scope.everything()).cells().get(ruleId).get(q.key()));
    }

    @Test
    void drillRulesAreNotRowsOfTheListsMatrixNorAreTheirPeriodsColumns() {
        int year = Times.today(clock).getYear();
        DutyLists.Holder h = DutyLists.township();
        String enterprise = DutyLists.enterprise(h.orgId(), "演练矩阵测试有限公司");
        Org town = org(h.orgId());
        String ruleId = rule("每季度检查" + UUID.randomUUID().toString().substring(0, 4), h.orgId());
        // a duty rule's obligation (Q1) and the seeded drill rules' (ENT_CS for the year, ENT_ONSITE for H1; the
        // enterprise's creation may have stored them already: their status is set)
        sql(ORG_OBLIGATION, ruleId, enterprise, year + "-Q1", LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31), "MET");
        sql(ORG_OBLIGATION, "3c1e2a10-0001-4d50-9a11-000000000001", enterprise, String.valueOf(year), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), "MISSED");
        sql(ORG_OBLIGATION, "3c1e2a10-0001-4d50-9a11-000000000002", enterprise, year + "-H1", LocalDate.of(year, 1, 1),
                LocalDate.of(year, 6, 30), "OPEN");
        compaction.compact();
        for (Scope scope : List.of(Scope.everything(), Scope.supervising("/nowhere/", town.path, List.of("CONSTRUCTION")))) {
            FulfilmentMatrix.Matrix m = matrix.of(town, year, scope);
            assertEquals(List.of(ruleId), m.rows().stream().filter(r -> r.ruleId() != null).map(r -> r.ruleId().toString()).toList(),
                    "only the duty rule is a rule row in " + scope);
            assertEquals(List.of(year + "-Q1"), m.periods().stream().map(FulfilmentMatrix.Column::periodKey).toList(),
                    "the drill rules' year and half-year are no columns in " + scope);
        }
    }
}
