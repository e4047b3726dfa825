package cn.redline.fulfilment;

import static cn.redline.support.Api.as;
import static cn.redline.support.Api.idOf;
import static io.restassured.RestAssured.given;

import cn.redline.attachment.SampleFiles;
import cn.redline.duty.ItemTerms;
import cn.redline.duty.Obligation;
import cn.redline.duty.Obligations;
import cn.redline.duty.Period;
import cn.redline.duty.PeriodType;
import cn.redline.duty.Subject;
import cn.redline.duty.list.DutyCategory;
import cn.redline.duty.list.DutyItem;
import cn.redline.duty.list.EvidenceSpec;
import cn.redline.duty.list.HolderKind;
import cn.redline.duty.list.ListStatus;
import cn.redline.duty.list.Publicity;
import cn.redline.duty.list.ResponsibilityList;
import cn.redline.duty.list.Verification;
import cn.redline.org.Org;
import cn.redline.org.Post;
import cn.redline.platform.Times;
import cn.redline.support.Codes;
import cn.redline.support.Demo;
import cn.redline.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh township of Nanming with its head's post, held by a person with a login, and a signed list of that post
 * issued by Nanming, whose items the tests add: so the records of one test touch nothing of another's. The list is
 * stored as the list feature leaves a signed list (its obligations materialised), without walking its workflow.
 */
final class Duties {

    final String townCode;
    final String townId;
    final String postId;
    final String headRef;
    final UUID listId;
    private final EntityManager em;
    private final Obligations obligations;
    private final Clock clock;

    Duties(EntityManager em, Obligations obligations, Clock clock) {
        this.em = em;
        this.obligations = obligations;
        this.clock = clock;
        townCode = Codes.nanmingTownship();
        townId = as(Demo.nanmingSafety()).contentType(ContentType.JSON).body(Map.of("code", townCode, "name", "街道" + townCode,
                "kind", "REGION", "regionLevel", "TOWNSHIP", "parentId", idOf(Demo.admin(), Demo.NANMING)))
                .post("/api/v1/orgs").then().statusCode(201).extract().path("id");
        postId = as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(Map.of("orgId", townId, "title", "街道办事处主任", "kind", "TOWNSHIP_HEAD"))
                .post("/api/v1/posts").then().statusCode(201).extract().path("id");
        headRef = "head-" + townCode;
        appoint("张主任", headRef, LocalDate.of(today().getYear() - 1, 1, 1));
        int year = today().getYear();
        listId = QuarkusTransaction.requiringNew().call(() -> {
            Org town = em.find(Org.class, UUID.fromString(townId));
            ResponsibilityList l = new ResponsibilityList();
            l.id = UUID.randomUUID();
            l.code = "QD-" + townCode + "-" + year;
            l.lineageId = l.id;
            l.versionNo = 1;
            l.year = year;
            l.holderKind = HolderKind.TERRITORY_TOWNSHIP;
            l.holderPostId = UUID.fromString(postId);
            l.holderOrgId = town.id;
            l.issuingOrgId = UUID.fromString(idOf(Demo.admin(), Demo.NANMING));
            l.title = "街道办事处主任安全生产责任清单";
            l.status = ListStatus.ACTIVE;
            l.docNumber = "南安委〔" + year + "〕1号";
            l.effectiveFrom = LocalDate.of(year, 1, 1);
            l.effectiveTo = LocalDate.of(year, 12, 31);
            l.publicity = Publicity.INTERNAL;
            l.scopePath = town.path;
            l.createdBy = "test";
            l.createdAt = Times.now(clock);
            l.updatedAt = l.createdAt;
            em.persist(l);
            return l.id;
        });
    }

    LocalDate today() {
        return Times.today(clock);
    }

    /** Appoints a holder of the township head's post from {@code from} (a successor ends the open assignment). */
    void appoint(String name, String ref, LocalDate from) {
        as(Demo.nanmingSafety()).contentType(ContentType.JSON)
                .body(Map.of("personName", name, "personRef", ref, "from", from.toString(), "appointmentDoc", "任〔" + ref + "〕"))
                .post("/api/v1/posts/{id}/assignments", postId).then().statusCode(201);
    }

    /** A monthly item with a grace of {@code graceDays} and this evidence spec; its obligations materialised. */
    UUID item(DutyCategory category, Verification verification, int graceDays, EvidenceSpec spec) {
        return item(category, verification, graceDays, spec, null);
    }

    /** {@link #item(DutyCategory, Verification, int, EvidenceSpec)} with a qualifier (e.g. scope=COMPREHENSIVE). */
    UUID item(DutyCategory category, Verification verification, int graceDays, EvidenceSpec spec, String qualifier) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DutyItem i = new DutyItem();
            i.id = UUID.randomUUID();
            i.listId = listId;
            i.itemKey = UUID.randomUUID();
            i.seq = (int) (Math.random() * 100000) + 1;
            i.category = category;
            i.text = "每月" + category + " " + i.itemKey;
            i.legalBasis = List.of("S1 §4");
            i.periodType = PeriodType.MONTH;
            i.minCount = 1;
            i.graceDays = graceDays;
            i.atRiskDays = 0;
            i.evidenceSpec = spec;
            i.verification = verification;
            i.qualifier = qualifier;
            em.persist(i);
            Post post = em.find(Post.class, UUID.fromString(postId));
            Subject holder = Subject.post(post.id, post.kind, em.find(Org.class, post.orgId));
            List<Period> months = new java.util.ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                months.add(Period.containing(PeriodType.MONTH, LocalDate.of(today().getYear(), m, 1)));
            }
            obligations.materialiseItem(holder, new ItemTerms(i.itemKey, 1, graceDays, 0), months);
            return i.id;
        });
    }

    /** A plain monthly item asking for one photo, GPS and the holder in person. */
    UUID personalItem() {
        return item(DutyCategory.INSPECTION, Verification.MANUAL, 3, new EvidenceSpec(List.of("PHOTO"), 1, true, true, false, true));
    }

    /** The item's obligation for the period holding {@code day}. */
    Obligation obligation(UUID itemId, LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DutyItem i = em.find(DutyItem.class, itemId);
            return em.createQuery("from Obligation where dutyItemKey = :k and periodKey = :p", Obligation.class)
                    .setParameter("k", i.itemKey).setParameter("p", Period.containing(PeriodType.MONTH, day).key())
                    .getSingleResult();
        });
    }

    /** The township head himself (may report hazards and enter records). */
    String head() {
        return Tokens.token(headRef, townCode, "safety_office");
    }

    /** A clerk of the township office: enters records for the head, never performs his duties. */
    String clerk() {
        return Tokens.token("clerk-" + townCode, townCode, "safety_office");
    }

    String photo(String token) {
        return given().auth().oauth2(token).contentType("image/jpeg").queryParam("fileName", "现场.jpg").body(SampleFiles.jpeg())
                .post("/api/v1/attachments").then().statusCode(201).extract().path("id");
    }

    /** A record body: performed by the head's post on {@code day}, at a place with GPS, with the files given. */
    Map<String, Object> record(UUID itemId, LocalDate day, List<String> attachmentIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("dutyItemId", itemId.toString());
        body.put("date", day.toString());
        body.put("place", "辖区建筑工地");
        body.put("latitude", 26.5606);
        body.put("longitude", 106.6924);
        body.put("summary", "带队检查辖区建筑工地");
        body.put("performers", List.of(Map.of("postId", postId)));
        body.put("attachmentIds", attachmentIds);
        return body;
    }

    Response create(String token, Map<String, Object> body) {
        return as(token).header("Accept-Language", "en").contentType(ContentType.JSON).body(body).post("/api/v1/fulfilment-records");
    }

    /** A complete record entered by the clerk and submitted, returning its id. */
    String submitted(UUID itemId, LocalDate day) {
        Map<String, Object> body = record(itemId, day, List.of(photo(clerk())));
        body.put("submit", true);
        return create(clerk(), body).then().statusCode(201).extract().path("id");
    }

    static Response act(String token, String id, String action, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        if (comment != null) {
            body.put("comment", comment);
        }
        // English keeps the server's own detail (the guard's reason)
        return as(token).header("Accept-Language", "en").contentType(ContentType.JSON).body(body)
                .post("/api/v1/fulfilment-records/{id}/transitions", id);
    }

    /** An instant on {@code day} at {@code hour}:00 in China. */
    static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(Times.ZONE).toOffsetDateTime();
    }
}
