package cn.redline.dutyreport;

import static cn.redline.support.Api.as;
import static cn.redline.support.Api.idOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.redline.duty.Period;
import cn.redline.duty.PeriodType;
import cn.redline.platform.Times;
import cn.redline.support.Codes;
import cn.redline.support.Demo;
import cn.redline.support.Tokens;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The duty reports of §2.5 on constructed data: exact values, the caller's scope, and the dossier's contents. */
@QuarkusTest
class DutyReportResourceTest {

    private static final String REPORTS = "/api/v1/duty-reports";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    // ------------------------------------------------------------------ constructed data

    private static String township() {
        String code = Codes.nanmingTownship();
        return as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("code", code, "name", "街道" + code,
                "kind", "REGION", "regionLevel", "TOWNSHIP", "parentId", idOf(Demo.admin(), Demo.NANMING)))
                .post("/api/v1/orgs").then().statusCode(201).extract().path("id");
    }

    private static String codeOf(String orgId) {
        return as(Demo.admin()).get("/api/v1/orgs/{id}", orgId).then().statusCode(200).extract().path("code");
    }

    private static String post(String orgId, String title) {
        return as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(Map.of("orgId", orgId, "title", title, "kind", "TOWNSHIP_HEAD"))
                .post("/api/v1/posts").then().statusCode(201).extract().path("id");
    }

    private static void assign(String postId, String name, String ref, LocalDate from, String doc) {
        as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(Map.of("personName", name, "personRef", ref, "from", from.toString(), "appointmentDoc", doc))
                .post("/api/v1/posts/{id}/assignments", postId).then().statusCode(201);
    }

    private static String rule(String title, String regionId, String period, int minCount, int atRiskDays) {
        return as(Demo.admin()).contentType(ContentType.JSON).body(Map.of("code", "R-" + UUID.randomUUID().toString().substring(0, 8),
                "title", title, "capability", "DUTY", "appliesTo", Map.of("regionId", regionId), "periodType", period,
                "minCount", minCount, "atRiskDays", atRiskDays, "jurisdiction", "DISTRICT", "effectiveFrom", "2020-01-01",
                "citation", "测试依据 " + title)).post("/api/v1/requirement-rules").then().statusCode(201).extract().path("id");
    }

    private void sql(String statement, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }

    /** An obligation as the engine would have stored it, with its status as given. */
    private String obligation(String ruleId, String kind, String subjectId, String orgId, Period p, int required, int counted,
                              String status) {
        String id = UUID.randomUUID().toString();
        sql("""
                insert into obligation (id, rule_id, subject_kind, subject_id, org_id, period_key, period_first, period_last,
                    required, counted, late, status, waiver_reason, computed_at)
                values (cast(?1 as uuid), cast(?2 as uuid), ?3, cast(?4 as uuid), cast(?5 as uuid), ?6, ?7, ?8, ?9, ?10, 0, ?11, ?12, now())""",
                id, ruleId, kind, subjectId, orgId, p.key(), p.first(), p.last(), required, counted, status,
                status.equals("WAIVED") ? "停产整顿" : null);
        return id;
    }

    /** A record counted towards a rule, with one file of the given content hash. */
    private String evidence(String ruleId, String kind, String subjectId, LocalDate date, String sha256) {
        String record = UUID.randomUUID().toString();
        sql("""
                insert into obligation_evidence (id, rule_id, subject_kind, subject_id, source_kind, source_id, evidence_date, entered_at)
                values (gen_random_uuid(), cast(?1 as uuid), ?2, cast(?3 as uuid), 'RECORD', ?4, ?5, now())""",
                ruleId, kind, subjectId, record, date);
        if (sha256 != null) {
            sql("""
                    insert into attachment (id, storage_key, file_name, content_type, size_bytes, sha256, uploaded_by,
                        uploader_org_code, uploaded_at, owner_type, owner_id, purpose, linked_at)
                    values (gen_random_uuid(), ?1, ?2, 'image/jpeg', 1234, ?3, 'tester', '520102', now(), 'fulfilment', cast(?4 as uuid),
                        null, now())""", "k-" + record, "现场照片-" + sha256.substring(0, 6) + ".jpg", sha256, record);
        }
        return record;
    }

    private static String hash(char c) {
        return String.valueOf(c).repeat(64);
    }

    private LocalDate today() {
        return Times.today(clock);
    }

    // ------------------------------------------------------------------ my duties

    @Test
    void myDutiesAreThoseOfThePostsHeldTodayAndTheOwnOrgAtRiskFirst() {
        String town = township();
        String head = post(town, "镇长");
        String former = "former-" + UUID.randomUUID().toString().substring(0, 6);
        String current = "current-" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = today();
        assign(head, "张前任", former, today.minusYears(2), "任〔1〕");
        assign(head, "李现任", current, today.minusDays(10), "任〔2〕");
        String quarterly = rule("每季度带队检查", town, "QUARTER", 1, 366);
        String yearly = rule("年度专题研究", town, "YEAR", 2, 0);
        String monthly = rule("每月安全例会", town, "MONTH", 1, 0);
        Period q = Period.containing(PeriodType.QUARTER, today);
        Period y = Period.containing(PeriodType.YEAR, today);
        Period m = Period.containing(PeriodType.MONTH, today);
        obligation(quarterly, "POST", head, town, q, 1, 0, "OPEN");
        obligation(yearly, "ORG", town, town, y, 2, 1, "OPEN");
        obligation(monthly, "POST", head, town, m, 1, 1, "MET");
        // last year's finalised obligation is not due any more
        obligation(monthly, "POST", head, town, Period.containing(PeriodType.MONTH, today.minusYears(1)), 1, 0, "MISSED");
        String townCode = codeOf(town);

        JsonPath mine = as(Tokens.token(current, townCode, "leader")).get(REPORTS + "/my-duties").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(today.toString(), mine.getString("today"));
        assertEquals(List.of("每季度带队检查", "年度专题研究", "每月安全例会"), mine.getList("items.title"));
        // the quarterly one is graded by today's clock (366 days at risk), not by the stale stored OPEN
        assertEquals(List.of("AT_RISK", "OPEN", "MET"), mine.getList("items.status"));
        assertEquals(List.of("POST", "ORG", "POST"), mine.getList("items.subjectKind"));
        assertEquals(List.of("镇长", "街道" + townCode, "镇长"), mine.getList("items.subjectName"));
        assertEquals(List.of(0, 1, 1), mine.getList("items.counted"));
        assertEquals(List.of(1, 2, 1), mine.getList("items.required"));
        assertEquals(List.of((int) q.daysLeft(today), (int) y.daysLeft(today), (int) m.daysLeft(today)), mine.getList("items.daysLeft"));
        assertEquals(List.of(q.key(), y.key(), m.key()), mine.getList("items.periodKey"));

        // the former holder no longer owes the post's duties, only the org's
        as(Tokens.token(former, townCode, "leader")).get(REPORTS + "/my-duties").then().statusCode(200)
                .body("items.title", equalTo(List.of("年度专题研究")));
        // somebody else's org: none of this
        as(Demo.baiyunSafety()).get(REPORTS + "/my-duties").then().statusCode(200)
                .body("items.findAll { it.title == '每季度带队检查' }.size()", equalTo(0));
    }

    // ------------------------------------------------------------------ matrix

    @Test
    void theMatrixCountsEveryCellByStatusColoursItAndStaysInsideTheScope() {
        String town = township();
        String a = post(town, "镇长");
        String b = post(town, "党委书记");
        assign(a, "王甲", "wang-" + UUID.randomUUID(), LocalDate.of(2020, 1, 1), "任〔3〕");
        int year = today().getYear() - 1;
        String quarterly = rule("每季度带队检查", town, "QUARTER", 2, 30);
        Period[] qs = new Period[4];
        for (int i = 0; i < 4; i++) {
            qs[i] = Period.containing(PeriodType.QUARTER, LocalDate.of(year, i * 3 + 1, 1));
        }
        obligation(quarterly, "POST", a, town, qs[0], 2, 2, "MET");
        obligation(quarterly, "POST", b, town, qs[0], 2, 0, "MISSED");
        obligation(quarterly, "POST", a, town, qs[1], 2, 2, "MET");
        obligation(quarterly, "POST", b, town, qs[1], 2, 0, "WAIVED");
        obligation(quarterly, "POST", a, town, qs[2], 2, 1, "PARTIAL");
        obligation(quarterly, "POST", b, town, qs[2], 2, 2, "MET");
        obligation(quarterly, "POST", a, town, qs[3], 2, 0, "OPEN");
        obligation(quarterly, "POST", b, town, qs[3], 2, 0, "OPEN");
        // the same rule owed by a township of another district (白云区)
        String baiyunTown = idOf(Demo.admin(), "520113001");
        obligation(quarterly, "ORG", baiyunTown, baiyunTown, qs[0], 2, 0, "MISSED");

        JsonPath m = as(Demo.nanmingSafety()).queryParam("orgId", town).queryParam("year", year)
                .get(REPORTS + "/matrix").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(qs[0].key(), qs[1].key(), qs[2].key(), qs[3].key()), m.getList("periods.periodKey"));
        assertEquals(List.of(quarterly), m.getList("rows.ruleId"));
        assertEquals(List.of(2, 2, 2, 2), m.getList("rows[0].cells.total"));
        assertEquals(List.of(1, 1, 1, 0), m.getList("rows[0].cells.met"));
        assertEquals(List.of(1, 0, 0, 0), m.getList("rows[0].cells.missed"));
        assertEquals(List.of(0, 1, 0, 0), m.getList("rows[0].cells.waived"));
        assertEquals(List.of(0, 0, 1, 0), m.getList("rows[0].cells.partial"));
        assertEquals(List.of(0, 0, 0, 2), m.getList("rows[0].cells.open"));
        assertEquals(List.of("RED", "GREEN", "YELLOW", "GREY"), m.getList("rows[0].cells.color"));

        // the district's matrix counts 南明区's obligations of the rule only; the city's both districts
        JsonPath district = as(Demo.nanmingSafety()).queryParam("year", year).get(REPORTS + "/matrix").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, (int) district.getInt("rows.find { it.ruleId == '" + quarterly + "' }.cells[0].total"));
        JsonPath city = as(Demo.admin()).queryParam("orgId", idOf(Demo.admin(), Demo.GUIYANG)).queryParam("year", year)
                .get(REPORTS + "/matrix").then().statusCode(200).extract().jsonPath();
        assertEquals(3, (int) city.getInt("rows.find { it.ruleId == '" + quarterly + "' }.cells[0].total"));
        assertEquals(2, (int) city.getInt("rows.find { it.ruleId == '" + quarterly + "' }.cells[0].missed"));

        as(Demo.baiyunSafety()).queryParam("orgId", town).get(REPORTS + "/matrix").then().statusCode(404);
        as(Demo.enterprise()).queryParam("orgId", town).get(REPORTS + "/matrix").then().statusCode(403);
        as(Demo.nanmingSafety()).queryParam("year", 1999).get(REPORTS + "/matrix").then().statusCode(400);
    }

    @Test
    void aCellOpensToItsObligationsWithTheHolderThenAndTheEvidenceAndItsFileHashes() {
        String town = township();
        String a = post(town, "镇长");
        String b = post(town, "党委书记");
        int year = today().getYear() - 1;
        assign(a, "赵前任", "zhao-" + UUID.randomUUID(), LocalDate.of(year - 3, 1, 1), "任〔4〕");
        assign(a, "钱后任", "qian-" + UUID.randomUUID(), LocalDate.of(year, 2, 1), "任〔5〕");
        String quarterly = rule("每季度带队检查", town, "QUARTER", 1, 30);
        Period q1 = Period.containing(PeriodType.QUARTER, LocalDate.of(year, 1, 1));
        String met = obligation(quarterly, "POST", a, town, q1, 1, 1, "MET");
        String missed = obligation(quarterly, "POST", b, town, q1, 1, 0, "MISSED");
        evidence(quarterly, "POST", a, LocalDate.of(year, 1, 20), hash('a'));
        evidence(quarterly, "POST", a, LocalDate.of(year - 1, 12, 20), hash('b')); // another period: not this cell's

        JsonPath cell = as(Demo.nanmingSafety()).queryParam("orgId", town).queryParam("ruleId", quarterly)
                .queryParam("periodKey", q1.key()).get(REPORTS + "/matrix/obligations").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, cell.getList("items").size());
        Map<String, Object> byA = cell.getMap("items.find { it.obligationId == '" + met + "' }");
        assertEquals("钱后任", byA.get("holder"), "the holder on the quarter's last day");
        assertEquals(List.of(hash('a')), cell.getList("items.find { it.obligationId == '" + met + "' }.evidence[0].files.sha256"));
        assertEquals(1, cell.getList("items.find { it.obligationId == '" + met + "' }.evidence").size());
        assertEquals(List.of(), cell.getList("items.find { it.obligationId == '" + missed + "' }.evidence"));

        // status filter and paging
        as(Demo.nanmingSafety()).queryParam("orgId", town).queryParam("ruleId", quarterly).queryParam("periodKey", q1.key())
                .queryParam("status", "MISSED").get(REPORTS + "/matrix/obligations").then().statusCode(200)
                .body("items.obligationId", equalTo(List.of(missed)));
        String next = as(Demo.nanmingSafety()).queryParam("orgId", town).queryParam("ruleId", quarterly)
                .queryParam("periodKey", q1.key()).queryParam("limit", 1).get(REPORTS + "/matrix/obligations").then()
                .statusCode(200).body("items.size()", equalTo(1)).extract().path("nextCursor");
        as(Demo.nanmingSafety()).queryParam("orgId", town).queryParam("ruleId", quarterly).queryParam("periodKey", q1.key())
                .queryParam("limit", 1).queryParam("cursor", next).get(REPORTS + "/matrix/obligations").then()
                .statusCode(200).body("items.size()", equalTo(1)).body("nextCursor", equalTo(null));

        as(Demo.baiyunSafety()).queryParam("orgId", town).queryParam("ruleId", quarterly).queryParam("periodKey", q1.key())
                .get(REPORTS + "/matrix/obligations").then().statusCode(404);
        // the city office reading 白云区's subtree sees nothing of 南明区's township
        as(Demo.admin()).queryParam("orgId", idOf(Demo.admin(), Demo.BAIYUN)).queryParam("ruleId", quarterly)
                .queryParam("periodKey", q1.key()).get(REPORTS + "/matrix/obligations").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    // ------------------------------------------------------------------ gaps

    @Test
    void anEnterpriseWhoseIndustryNoDepartmentAboveSupervisesIsAGapUntilOneDoes() {
        String guizhou = idOf(Demo.admin(), Demo.GUIZHOU);
        String city = as(Demo.admin()).contentType(ContentType.JSON).body(Map.of("code", "520400", "name", "安顺市",
                "kind", "REGION", "regionLevel", "CITY", "parentId", guizhou)).post("/api/v1/orgs").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> fire = new HashMap<>(Map.of("code", Codes.creditCode(), "name", "无人管消防公司", "kind", "ENTERPRISE",
                "parentId", city, "industry", "FIRE"));
        String unsupervised = as(Demo.admin()).contentType(ContentType.JSON).body(fire).post("/api/v1/orgs").then()
                .statusCode(201).extract().path("id");

        as(Demo.admin()).queryParam("orgId", city).get(REPORTS + "/gaps").then().statusCode(200)
                .body("unsupervisedEnterprises.id", equalTo(List.of(unsupervised)))
                .body("unsupervisedEnterprises[0].industry", equalTo("FIRE"))
                .body("unsupervisedEnterprises[0].territory", equalTo("安顺市"))
                .body("truncated", equalTo(false));
        // 南明区: every demo enterprise's industry has a department at district or city level
        as(Demo.nanmingSafety()).get(REPORTS + "/gaps").then().statusCode(200)
                .body("unsupervisedEnterprises.size()", equalTo(0));
        as(Demo.nanmingSafety()).queryParam("orgId", city).get(REPORTS + "/gaps").then().statusCode(404);

        as(Demo.admin()).contentType(ContentType.JSON).body(Map.of("code", Codes.creditCode(), "name", "安顺市消防救援支队",
                "kind", "DEPARTMENT", "parentId", city, "industries", List.of("FIRE"))).post("/api/v1/orgs").then().statusCode(201);
        as(Demo.admin()).queryParam("orgId", city).get(REPORTS + "/gaps").then().statusCode(200)
                .body("unsupervisedEnterprises.size()", equalTo(0));
    }

    // ------------------------------------------------------------------ dossier

    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
        }
        return text.toString();
    }

    @Test
    void theDossierOfAPostShowsHoldersObligationsEvidenceAndAManifestOfHashesInWords() throws Exception {
        String town = township();
        String head = post(town, "镇长");
        int year = today().getYear() - 1;
        String before = "sun-" + UUID.randomUUID().toString().substring(0, 6);
        String after = "zhou-" + UUID.randomUUID().toString().substring(0, 6);
        assign(head, "孙离任", before, LocalDate.of(year - 2, 1, 1), "南委任〔2019〕1号");
        assign(head, "周接任", after, LocalDate.of(year, 7, 1), "南委任〔2025〕9号");
        String quarterly = rule("每季度带队检查", town, "QUARTER", 1, 30);
        Period q2 = Period.containing(PeriodType.QUARTER, LocalDate.of(year, 4, 1));
        Period q3 = Period.containing(PeriodType.QUARTER, LocalDate.of(year, 7, 1));
        obligation(quarterly, "POST", head, town, q2, 1, 1, "MET");
        obligation(quarterly, "POST", head, town, q3, 1, 0, "MISSED");
        evidence(quarterly, "POST", head, LocalDate.of(year, 5, 12), hash('c'));
        evidence(quarterly, "POST", head, LocalDate.of(year, 8, 3), hash('d'));

        byte[] pdf = as(Demo.nanmingSafety()).accept("application/pdf").queryParam("postId", head)
                .queryParam("from", year + "-01-01").queryParam("to", year + "-12-31")
                .get(REPORTS + "/dossier.pdf").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        String t = text(pdf);
        String flat = t.replaceAll("\\s", "");
        for (String expected : List.of("履职档案", "镇长", "任职情况", "孙离任", "周接任", "南委任〔2025〕9号", "每季度带队检查",
                "测试依据", "已完成", "未完成", "履职记录", "证据文件清单", hash('c'), hash('d'))) {
            assertTrue(flat.contains(expected), "the dossier shows " + expected);
        }
        // the evidence of May resolves the holder then, the one of August the successor
        assertTrue(Pattern.compile(year + "-05-12.*孙离任").matcher(t).find(), t);
        assertTrue(Pattern.compile(year + "-08-03.*周接任").matcher(t).find(), t);
        // no raw codes, no internal ids
        for (String raw : List.of("MET", "MISSED", "RECORD", "TOWNSHIP_HEAD", head, quarterly)) {
            assertFalse(t.contains(raw), "no " + raw + " in the dossier");
        }
        String manifest = "1\t" + year + "-05-12\t现场照片-cccccc.jpg\t" + hash('c') + "\n2\t" + year + "-08-03\t现场照片-dddddd.jpg\t" + hash('d');
        assertTrue(flat.contains(DutyDossier.sha256(manifest)), "the manifest's own digest");

        // a person's dossier holds their own tenure only
        String own = text(as(Demo.nanmingSafety()).accept("application/pdf").queryParam("personRef", before)
                .queryParam("from", year + "-01-01").queryParam("to", year + "-12-31")
                .get(REPORTS + "/dossier.pdf").then().statusCode(200).extract().asByteArray());
        String ownFlat = own.replaceAll("\\s", "");
        assertTrue(ownFlat.contains(hash('c')) && !ownFlat.contains(hash('d')) && !own.contains("周接任"), own);

        as(Demo.baiyunSafety()).accept("application/pdf").queryParam("postId", head).get(REPORTS + "/dossier.pdf").then()
                .statusCode(404);
        as(Demo.baiyunSafety()).accept("application/pdf").queryParam("personRef", before).get(REPORTS + "/dossier.pdf").then()
                .statusCode(404);
        as(Demo.nanmingSafety()).accept("application/pdf").get(REPORTS + "/dossier.pdf").then().statusCode(400);
        as(Demo.nanmingSafety()).accept("application/pdf").queryParam("postId", head).queryParam("from", "2026-02-01")
                .queryParam("to", "2026-01-01").get(REPORTS + "/dossier.pdf").then().statusCode(400);
    }
}
