package cn.redline.assessment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hand-built records for the metric tests, written straight into the tables (dates in the past and states the API
 * would only reach through whole workflows), each in its own transaction as another module would have committed it.
 */
final class MetricData {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final EntityManager em;

    MetricData(EntityManager em) {
        this.em = em;
    }

    static OffsetDateTime at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atOffset(ZoneOffset.ofHours(8));
    }

    private static String code(String prefix) {
        return prefix + "-" + System.currentTimeMillis() % 1_000_000 + "-" + SEQ.incrementAndGet();
    }

    private void run(String sql, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }

    private String path(UUID org) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("select path from org where id = ?1")
                .setParameter(1, org).getSingleResult());
    }

    /** An org under {@code parent}: an enterprise of {@code industry} (key unit when {@code keyCategory}), or a department. */
    UUID org(UUID parent, String kind, String industry, String keyCategory, String... supervised) {
        UUID id = UUID.randomUUID();
        String p = path(parent) + id.toString().replace("-", "") + "/";
        String c = "ENTERPRISE".equals(kind) ? cn.redline.support.Codes.creditCode() : code("T").replace("-", "");
        run("insert into org (id, code, name, kind, parent_id, path, depth, industry, supervised_industries, emergency_key_category, "
                        + "created_at, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6, (select depth + 1 from org where id = ?5), ?7, "
                        + "cast(?8 as varchar(40)[]), ?9, now(), now())",
                id, c.substring(0, Math.min(32, c.length())), "单位" + c, kind, parent, p, industry, "{" + String.join(",", supervised) + "}",
                keyCategory);
        return id;
    }

    /** The org's official code, for a token of its staff. */
    String code(UUID org) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("select code from org where id = ?1")
                .setParameter(1, org).getSingleResult());
    }

    /** The org's name, as the reports write it. */
    String name(UUID org) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("select name from org where id = ?1")
                .setParameter(1, org).getSingleResult());
    }

    UUID enterprise(UUID parent, String industry) {
        return org(parent, "ENTERPRISE", industry, null);
    }

    /** A hazard of an enterprise (or of the territory when {@code enterprise} is null). */
    void hazard(UUID territory, UUID enterprise, String level, String state, LocalDate deadline, OffsetDateTime closedAt) {
        UUID owner = enterprise != null ? enterprise : territory;
        run("insert into hazard (id, code, title, level, category, industry, enterprise_id, territory_id, scope_path, source, "
                        + "discovered_by_subject, discovered_at, reporter_org_id, deadline, state, closed_at, created_at, updated_at) "
                        + "values (gen_random_uuid(), ?1, '测试隐患', ?2, 'EQUIPMENT', (select industry from org where id = ?3), ?4, ?5, "
                        + "(select path from org where id = ?3), 'INSPECTION', 'test', now(), ?5, ?6, ?7, ?8, now(), now())",
                code("YH"), level, owner, enterprise, territory, deadline, state, closedAt);
    }

    /** An accident; {@code issues} like "{LATE}". */
    void accident(UUID territory, UUID enterprise, LocalDate on, String level, int deaths, String issues) {
        UUID owner = enterprise != null ? enterprise : territory;
        run("insert into accident (id, code, occurred_at, occurred_on, territory_id, enterprise_id, industry, title, deaths, "
                        + "serious_injuries, direct_loss_yuan, level, reporting_issues, source, scope_path, entered_by_subject, "
                        + "entered_by_name, created_at, updated_at) values (gen_random_uuid(), ?1, now(), ?2, ?3, ?4, "
                        + "(select industry from org where id = ?5), '测试事故', ?6, 0, 0, ?7, cast(?8 as varchar(12)[]), 'MANUAL', "
                        + "(select path from org where id = ?5), 'test', '测试', now(), now())",
                code("SG"), on, territory, enterprise, owner, deaths, level, issues);
    }

    void drill(UUID org, String status, LocalDate day) {
        boolean held = status.equals("CONDUCTED") || status.equals("TERMINATED");
        run("insert into drill (id, org_id, title, form, scope, status, conducted_on, day, planned_on, termination_reason, "
                        + "created_at, updated_at) values (gen_random_uuid(), ?1, '测试演练', 'LIVE', 'SINGLE', ?2, ?3, ?4, ?5, ?6, now(), now())",
                org, status, held ? day : null, day, held ? null : day, status.equals("TERMINATED") ? "OTHER" : null);
    }

    /** A list of {@code year} held by {@code holder}, issued by {@code issuer}. */
    void list(UUID holder, UUID issuer, int year, String status, OffsetDateTime publishedAt, OffsetDateTime signedAt) {
        UUID id = UUID.randomUUID();
        run("insert into responsibility_list (id, code, lineage_id, version_no, year, holder_kind, holder_org_id, issuing_org_id, "
                        + "title, status, effective_from, effective_to, publicity, published_at, signed_at, scope_path, industry, "
                        + "created_by, created_at, updated_at) values (?1, ?2, ?1, 1, ?3, 'ENTERPRISE_MAIN', ?4, ?5, '测试清单', ?6, "
                        + "?7, ?8, 'INTERNAL', ?9, ?10, (select path from org where id = ?4), (select industry from org where id = ?4), "
                        + "'test', now(), now())",
                id, code("QD"), year, holder, issuer, status, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), publishedAt, signedAt);
    }

    /**
     * A duty-item obligation of the org (as its own, subject ORG) for a calendar period key ("2025-Q1"), finalised so
     * the obligation jobs leave it as written.
     */
    void dutyObligation(UUID org, String periodKey, String status) {
        cn.redline.duty.Period p = cn.redline.duty.Period.parse(periodKey);
        run("insert into obligation (id, rule_id, duty_item_key, subject_kind, subject_id, org_id, period_key, period_first, "
                        + "period_last, required, status, grace_days, at_risk_days, computed_at, finalised_at) values (gen_random_uuid(), "
                        + "null, gen_random_uuid(), 'ORG', ?1, ?1, ?2, ?3, ?4, 1, ?5, 0, 30, now(), now())",
                org, periodKey, p.first(), p.last(), status);
    }

    /** A finalised obligation of the org under the seeded half-yearly drill rule (ENT_ONSITE) for a key like "2025-H1". */
    void drillObligation(UUID org, String periodKey, String status) {
        cn.redline.duty.Period p = cn.redline.duty.Period.parse(periodKey);
        run("insert into obligation (id, rule_id, subject_kind, subject_id, org_id, period_key, period_first, period_last, required, "
                        + "status, computed_at, finalised_at) values (gen_random_uuid(), '3c1e2a10-0001-4d50-9a11-000000000002', 'ORG', "
                        + "?1, ?1, ?2, ?3, ?4, 1, ?5, now(), now())",
                org, periodKey, p.first(), p.last(), status);
    }

    /**
     * A fulfilment record of the org in {@code state}, on a duty item of a discarded list of its own (so the record's
     * item and list resolve like any other, and the list counts for no signing rate).
     */
    void falsified(UUID org, UUID issuer, LocalDate performedOn, String state) {
        UUID list = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        run("insert into responsibility_list (id, code, lineage_id, version_no, year, holder_kind, holder_org_id, issuing_org_id, "
                        + "title, status, effective_from, effective_to, publicity, scope_path, industry, created_by, created_at, "
                        + "updated_at) values (?1, ?2, ?1, 1, 2025, 'ENTERPRISE_POST', ?3, ?4, '测试清单', 'DISCARDED', '2025-01-01', "
                        + "'2025-12-31', 'INTERNAL', (select path from org where id = ?3), (select industry from org where id = ?3), "
                        + "'test', now(), now())",
                list, code("QD"), org, issuer);
        run("insert into duty_item (id, list_id, item_key, seq, category, text, legal_basis, verification) values (?1, ?2, "
                + "gen_random_uuid(), 1, 'INSPECTION', '开展安全检查', '{}', 'MANUAL')", item, list);
        run("insert into fulfilment_record (id, duty_item_id, list_id, period_key, org_id, issuing_org_id, performed_on, summary, "
                        + "performers, participants, hazard_ids, drill_ids, source, state, entered_by_subject, entered_by_name, "
                        + "created_at, updated_at) values (gen_random_uuid(), ?1, ?2, '2025', ?3, ?4, ?5, '测试履职', '[]', '{}', '{}', "
                        + "'{}', 'MANUAL', ?6, 'test', '测试', now(), now())",
                item, list, org, issuer, performedOn, state);
    }

    /** A post of {@code kind} at the org held by {@code person} since 2020. */
    void post(UUID org, String kind, String title, String person) {
        UUID post = UUID.randomUUID();
        run("insert into post (id, org_id, title, kind, created_at, updated_at) values (?1, ?2, ?3, ?4, now(), now())", post, org, title, kind);
        run("insert into post_assignment (id, post_id, person_name, from_date, appointment_doc, created_at) values (gen_random_uuid(), "
                + "?1, ?2, '2020-01-01', '任〔2020〕1号', now())", post, person);
    }

    /** A major hazard of the enterprise, being rectified, due {@code deadline}; listed for supervision (挂牌督办) when asked. */
    String major(UUID territory, UUID enterprise, LocalDate deadline, boolean supervised) {
        String code = code("ZD");
        run("insert into hazard (id, code, title, level, category, industry, enterprise_id, territory_id, scope_path, source, "
                        + "discovered_by_subject, discovered_at, reporter_org_id, deadline, state, supervision_level, supervision_doc_number, "
                        + "supervision_listed_at, created_at, updated_at) values (gen_random_uuid(), ?1, '重大隐患', 'MAJOR', 'EQUIPMENT', "
                        + "(select industry from org where id = ?2), ?2, ?3, (select path from org where id = ?2), 'INSPECTION', 'test', now(), "
                        + "?3, ?4, 'RECTIFYING', ?5, ?6, ?7, now(), now())",
                code, enterprise, territory, deadline, supervised ? "DISTRICT" : null, supervised ? "督〔2025〕1号" : null,
                supervised ? OffsetDateTime.now() : null);
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select cast(id as varchar) from hazard where code = ?1")
                .setParameter(1, code).getSingleResult().toString());
    }
    /** A hazard an enterprise found in its own self-check (source SELF_CHECK), discovered at {@code at}. */
    void selfCheck(UUID territory, UUID enterprise, OffsetDateTime at) {
        run("insert into hazard (id, code, title, level, category, industry, enterprise_id, territory_id, scope_path, source, "
                        + "discovered_by_subject, discovered_at, reporter_org_id, deadline, state, created_at, updated_at) "
                        + "values (gen_random_uuid(), ?1, '自查隐患', 'GENERAL', 'EQUIPMENT', (select industry from org where id = ?2), ?2, ?3, "
                        + "(select path from org where id = ?2), 'SELF_CHECK', 'test', ?4, ?2, '2030-12-31', 'RECTIFYING', now(), now())",
                code("ZC"), enterprise, territory, at);
    }

    /**
     * A drill finding of the org (on a drill and evaluation of its own) due {@code deadline}, in {@code status};
     * completed (its COMPLETE step in the history) at {@code completedAt} when not null.
     */
    void finding(UUID org, LocalDate deadline, String status, OffsetDateTime completedAt) {
        UUID drill = UUID.randomUUID();
        UUID evaluation = UUID.randomUUID();
        UUID finding = UUID.randomUUID();
        run("insert into drill (id, org_id, title, form, scope, status, conducted_on, day, created_at, updated_at) values "
                + "(?1, ?2, '测试演练', 'LIVE', 'SINGLE', 'EVALUATED', '2025-01-10', '2025-01-10', now(), now())", drill, org);
        run("insert into drill_evaluation (id, drill_id, org_id, template_id, created_at, updated_at) values (?1, ?2, ?3, "
                + "'5d2f7a40-0001-4e60-8b21-000000000001', now(), now())", evaluation, drill, org);
        run("insert into drill_finding (id, drill_id, evaluation_id, org_id, number, category, severity, description, deadline, "
                + "status, created_at, updated_at) values (?1, ?2, ?3, ?4, 1, 'PLAN', 'GENERAL', '预案缺少联络方式', ?5, ?6, now(), now())",
                finding, drill, evaluation, org, deadline, status);
        if (completedAt != null) {
            run("insert into drill_event (record_kind, record_id, org_id, at, actor_subject, action, from_state, to_state) values "
                    + "('FINDING', ?1, ?2, ?3, 'test', 'COMPLETE', 'IN_PROGRESS', 'DONE')", finding, org, completedAt);
        }
    }

    /** A post of the enterprise holding a list of {@code year} published at {@code publishedAt} with {@code publicity}. */
    void postList(UUID org, UUID issuer, int year, String publicity, OffsetDateTime publishedAt) {
        UUID post = UUID.randomUUID();
        UUID list = UUID.randomUUID();
        run("insert into post (id, org_id, title, kind, created_at, updated_at) values (?1, ?2, ?3, 'ENTERPRISE_POST', now(), now())",
                post, org, "岗位" + code("GW"));
        run("insert into responsibility_list (id, code, lineage_id, version_no, year, holder_kind, holder_post_id, holder_org_id, "
                        + "issuing_org_id, title, status, effective_from, effective_to, publicity, published_at, scope_path, industry, "
                        + "created_by, created_at, updated_at) values (?1, ?2, ?1, 1, ?3, 'ENTERPRISE_POST', ?4, ?5, ?6, '岗位清单', "
                        + "'PUBLISHED', ?7, ?8, ?9, ?10, (select path from org where id = ?5), (select industry from org where id = ?5), "
                        + "'test', now(), now())",
                list, code("QD"), year, post, org, issuer, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), publicity, publishedAt);
    }

    /**
     * A REPORT requirement rule of its own (quarterly), effective for one day of 2020 only so the obligation jobs create
     * nothing from it for other tests; its id.
     */
    UUID reportRule() {
        UUID id = UUID.randomUUID();
        run("insert into requirement_rule (id, code, title, capability, applies_to, period_type, min_count, jurisdiction, "
                + "effective_from, effective_to, citation, created_at) values (?1, ?2, '季度事故控制指标报告', 'REPORT', "
                + "cast('{\"orgKinds\": [\"REGION\"]}' as jsonb), 'QUARTER', 1, 'DISTRICT', '2020-01-01', '2020-01-01', '测试', now())",
                id, code("RPT"));
        return id;
    }

    /** A finalised obligation of the org under {@code rule} for a period key like "2025-Q1", {@code late} pieces late. */
    void reportObligation(UUID rule, UUID org, String periodKey, String status, int late) {
        cn.redline.duty.Period p = cn.redline.duty.Period.parse(periodKey);
        run("insert into obligation (id, rule_id, subject_kind, subject_id, org_id, period_key, period_first, period_last, required, "
                        + "counted, late, status, computed_at, finalised_at) values (gen_random_uuid(), ?1, 'ORG', ?2, ?2, ?3, ?4, ?5, 1, 1, "
                        + "?6, ?7, now(), now())",
                rule, org, periodKey, p.first(), p.last(), late, status);
    }

    /** An accountability action of {@code type} addressed to the org, issued at {@code issuedAt} (or only proposed when null). */
    void action(UUID target, UUID issuer, String type, String status, OffsetDateTime issuedAt) {
        UUID id = UUID.randomUUID();
        run("insert into accountability_action (id, code, type, status, target_org_id, issuer_org_id, title, reason, created_at, "
                + "updated_at) values (?1, ?2, ?3, ?4, ?5, ?6, '通报批评', '测试', now(), now())", id, code("WZ"), type, status, target, issuer);
        if (issuedAt != null) {
            run("insert into accountability_event (record_id, org_id, at, actor_subject, action, from_state, to_state) values "
                    + "(?1, ?2, ?3, 'test', 'ISSUE', 'PROPOSED', 'ISSUED')", id, issuer, issuedAt);
        }
    }
}
