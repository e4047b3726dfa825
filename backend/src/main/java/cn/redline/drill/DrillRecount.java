package cn.redline.drill;

import cn.redline.duty.Capability;
import cn.redline.duty.EvidenceTiming;
import cn.redline.duty.ObligationStatus;
import cn.redline.duty.Period;
import cn.redline.duty.PeriodType;
import cn.redline.duty.RequirementRule;
import cn.redline.duty.Subject;
import cn.redline.org.DepartmentKind;
import cn.redline.org.EmergencyKeyCategory;
import cn.redline.org.Org;
import cn.redline.org.OrgKind;
import cn.redline.org.RegionLevel;
import cn.redline.org.ZoneKind;
import cn.redline.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Drill duty materialised on write (§1.2, §3.2): for a set of orgs (one org, a subtree, all) and the drill rules, the
 * evidence each held drill gives (one row per rule it counts for, withdrawn when it stops counting) and the
 * obligations of the periods that matter: the one holding today, every one holding a counted drill, and those already
 * stored and not finalised. Set-based: three reads, the rules evaluated in memory, only changed rows written.
 * Obligations of orgs a rule no longer applies to are removed unless finalised or waived. Reads never write; writers
 * (drills, org changes, rule edits, the daily job) call this in their transaction.
 *
 * <p>Concurrency: a recount of one org holds the shared "drill duty" lock and its org's lock; a recount of many orgs
 * holds the shared lock exclusively, so two writers never count the same org from different snapshots.
 */
@ApplicationScoped
public class DrillRecount {

    static final String EVIDENCE = Drills.EVIDENCE;
    private static final long ALL_LOCK = key("drill-duty");
    /**
     * Orgs read and written at a time: bounds the memory of a recount of a whole city. A chunk's drills, evidence and
     * obligations lie on most pages of their tables whatever its size, so fewer, larger chunks read each table fewer
     * times (a chunk of 4,000 enterprises with 3 years of drills holds about 35 MB of heap).
     */
    static final int CHUNK = 4000;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** What a recount did. */
    public record Result(int orgs, int obligationsWritten, int obligationsRemoved, int evidenceWritten, long millis) {
    }

    /** The drill duty of one org, under every drill rule. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Result org(UUID orgId) {
        return run("o.id = ?", orgId, rules(), false, orgId);
    }

    /** The drill duty of every org in a subtree ({@code path}, null for all orgs) under {@code rules} (all when null). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Result subtree(String path, List<RequirementRule> rules) {
        return path == null ? run("true", null, rules == null ? rules() : rules, true, null)
                : run("o.path like ?", path + "%", rules == null ? rules() : rules, true, null);
    }

    List<RequirementRule> rules() {
        return em.createQuery("from RequirementRule where capability = :c order by code", RequirementRule.class)
                .setParameter("c", Capability.DRILL).getResultList();
    }

    private Result run(String where, Object param, List<RequirementRule> rules, boolean many, UUID orgId) {
        long started = System.nanoTime();
        em.flush();
        LocalDate today = Times.today(clock);
        OffsetDateTime now = Times.now(clock);
        Map<UUID, String> regionPaths = new HashMap<>();
        for (RequirementRule r : rules) {
            if (r.appliesTo.regionId() != null) {
                Org region = em.find(Org.class, r.appliesTo.regionId());
                regionPaths.put(r.id, region == null ? "" : region.path);
            }
        }
        return em.unwrap(Session.class).doReturningWork(c -> {
            lock(c, many, orgId);
            Object[] ruleIds = rules.stream().map(r -> r.id).toArray();
            // in chunks of orgs (in id order, so each chunk's reads walk the indexes by subject forwards), so memory
            // stays bounded whatever the subtree's size
            List<UUID> ids = orgIds(c, where, param);
            int seen = 0;
            int[] done = new int[3];
            for (int from = 0; from < ids.size(); from += CHUNK) {
                Array chunk = c.createArrayOf("uuid", ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray());
                List<Org> orgs = orgs(c, "o.id = any(?)", chunk);
                Map<UUID, List<DrillFacts>> drills = drills(c, chunk);
                Map<String, Map<String, Ev>> evidence = evidence(c, chunk, ruleIds);
                Map<String, Map<String, Ob>> obligations = obligations(c, chunk, ruleIds);
                Writes w = new Writes();
                for (Org o : orgs) {
                    Subject s = Subject.org(o);
                    List<DrillFacts> held = drills.getOrDefault(o.id, List.of());
                    for (RequirementRule r : rules) {
                        String regionPath = regionPaths.get(r.id);
                        boolean applies = r.appliesTo.matches(s, regionPath == null || regionPath.isEmpty() ? null : regionPath);
                        String k = r.id + "/" + o.id;
                        count(o, r, applies, held, evidence.getOrDefault(k, Map.of()), obligations.getOrDefault(k, Map.of()),
                                today, now, w);
                    }
                }
                int[] x = w.flush(c, now);
                for (int i = 0; i < 3; i++) {
                    done[i] += x[i];
                }
                seen += orgs.size();
            }
            return new Result(seen, done[0], done[1], done[2], (System.nanoTime() - started) / 1_000_000);
        });
    }

    private static List<UUID> orgIds(Connection c, String where, Object param) throws SQLException {
        List<UUID> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select o.id from org o where " + where + " order by o.id")) {
            bind(s, param);
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return out;
    }

    /** One org under one rule: its evidence, then its obligations. */
    private void count(Org o, RequirementRule r, boolean applies, List<DrillFacts> held, Map<String, Ev> evidence,
                       Map<String, Ob> mine, LocalDate today, OffsetDateTime now, Writes w) {
        List<Ev> counted = new ArrayList<>();
        for (DrillFacts d : held) {
            Ev e = evidence.get(d.id().toString());
            boolean counts = applies && r.inForceOn(d.conductedOn()) && DrillQualifier.counts(r.qualifier, d)
                    && (r.mustReportTo == null || d.reportedAt() != null);
            if (counts) {
                // a rule that asks for a report to the regulator (KEY_HALF, D2) is met by the drill once reported: its
                // evidence is entered when the report was, so a report after the period counts only within the grace days
                OffsetDateTime entered = r.mustReportTo != null ? later(d.enteredAt(), d.reportedAt())
                        : d.enteredAt() == null ? now : d.enteredAt();
                if (e == null) {
                    e = new Ev(UUID.randomUUID(), d.conductedOn(), entered, false);
                    w.evidenceInsert.add(new Object[] {e.id, r.id, o.id, d.id().toString(), d.conductedOn(), entered});
                } else if (e.withdrawn || !e.date.equals(d.conductedOn()) || r.mustReportTo != null && !e.enteredAt.isEqual(entered)) {
                    e = new Ev(e.id, d.conductedOn(), r.mustReportTo != null ? entered : e.enteredAt, false);
                    w.evidenceRevive.add(new Object[] {d.conductedOn(), e.enteredAt, e.id});
                }
                counted.add(e);
            } else if (e != null && !e.withdrawn) {
                w.evidenceWithdraw.add(e.id);
            }
        }
        // evidence of drills no longer there (deleted) stops counting too
        Set<String> ids = new HashSet<>();
        held.forEach(d -> ids.add(d.id().toString()));
        evidence.forEach((k, v) -> {
            if (!ids.contains(k) && !v.withdrawn) {
                w.evidenceWithdraw.add(v.id);
            }
        });
        if (!applies || r.periodType == PeriodType.EVENT) {
            mine.values().stream().filter(b -> !b.finalised && !b.waived).forEach(b -> w.obligationDelete.add(b.id));
            return;
        }
        List<LocalDate> dates = counted.stream().map(Ev::date).sorted().toList();
        Map<String, Period> periods = new TreeMap<>();
        if (r.inForceOn(today)) {
            Period p = current(r, today, dates);
            periods.put(p.key(), p);
        }
        for (LocalDate d : dates) {
            Period p = periodFor(r, d, dates);
            periods.put(p.key(), p);
        }
        for (String key : mine.keySet()) {
            if (!mine.get(key).finalised) {
                periods.putIfAbsent(key, Period.parse(key));
            }
        }
        for (Period p : periods.values()) {
            Ob existing = mine.get(p.key());
            if (existing != null && existing.finalised) {
                continue;
            }
            if (r.periodType == PeriodType.ROLLING_24M && existing != null && !isWindow(r, p, dates, today)) {
                // a rolling window a later drill or a re-dated one no longer opens: gone unless waived
                if (!existing.waived) {
                    w.obligationDelete.add(existing.id);
                }
                continue;
            }
            int n = 0;
            int late = 0;
            for (Ev e : counted) {
                EvidenceTiming t = p.timing(e.date, e.enteredAt.toInstant(), r.graceDays);
                if (t.counts()) {
                    n++;
                }
                if (t == EvidenceTiming.LATE) {
                    late++;
                }
            }
            boolean waived = existing != null && existing.waived;
            ObligationStatus status = ObligationStatus.of(r.minCount, n, p, r.graceDays, r.atRiskDays, today, waived);
            if (existing == null || existing.required != r.minCount || existing.counted != n || existing.late != late
                    || existing.status != status) {
                w.obligationUpsert.add(new Object[] {existing == null ? UUID.randomUUID() : existing.id, r.id, o.id,
                        p.key(), p.first(), p.last(), r.minCount, n, late, status.name()});
            }
        }
    }

    private static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /**
     * The rolling window holding {@code day}: from the day after the last counted drill before it (or the rule's start).
     * A window nobody drilled in stays the one holding every later day, overdue, until a drill: only a drill starts the
     * next window (ERR 8 "至少每2年" is a floor, not a calendar).
     */
    static Period periodFor(RequirementRule r, LocalDate day, List<LocalDate> counted) {
        if (r.periodType != PeriodType.ROLLING_24M) {
            return r.periodFor(day, day);
        }
        LocalDate since = r.effectiveFrom;
        for (LocalDate e : counted) {
            if (e.isBefore(day) && !e.plusDays(1).isBefore(since)) {
                since = e.plusDays(1);
            }
        }
        return Period.rolling24m(since);
    }

    /**
     * The period that is current on {@code day}: the one holding it, except that a drill held on {@code day} after its
     * rolling window ended (late) has already started the next window, which runs from the day after it.
     */
    static Period current(RequirementRule r, LocalDate day, List<LocalDate> counted) {
        Period p = periodFor(r, day, counted);
        if (r.periodType == PeriodType.ROLLING_24M && day.isAfter(p.last()) && counted.contains(day)) {
            return Period.rolling24m(day.plusDays(1));
        }
        return p;
    }

    private static boolean isWindow(RequirementRule r, Period p, List<LocalDate> counted, LocalDate today) {
        return periodFor(r, p.first(), counted).equals(p) || current(r, today, counted).equals(p)
                || counted.stream().anyMatch(e -> periodFor(r, e, counted).equals(p));
    }

    // ------------------------------------------------------------------ reads

    private static List<Org> orgs(Connection c, String where, Object param) throws SQLException {
        List<Org> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select o.id, o.kind, o.region_level, o.department_kind, o.industry, o.supervised_industries, o.high_risk,
                       o.emergency_key_category, o.zone_kind, o.employees, o.path
                from org o where \s""" + where)) {
            bind(s, param);
            s.setFetchSize(5000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Org o = new Org();
                    o.id = rs.getObject(1, UUID.class);
                    o.kind = OrgKind.valueOf(rs.getString(2));
                    o.regionLevel = rs.getString(3) == null ? null : RegionLevel.valueOf(rs.getString(3));
                    o.departmentKind = rs.getString(4) == null ? null : DepartmentKind.valueOf(rs.getString(4));
                    o.industry = rs.getString(5);
                    Array a = rs.getArray(6);
                    o.supervisedIndustries = a == null ? List.of() : Arrays.asList((String[]) a.getArray());
                    o.highRisk = rs.getBoolean(7);
                    o.emergencyKeyCategory = rs.getString(8) == null ? null : EmergencyKeyCategory.valueOf(rs.getString(8));
                    o.zoneKind = rs.getString(9) == null ? null : ZoneKind.valueOf(rs.getString(9));
                    o.employees = (Integer) rs.getObject(10);
                    o.path = rs.getString(11);
                    out.add(o);
                }
            }
        }
        return out;
    }

    /** The held or once-held drills of the chunk's orgs, with the kinds of the plans they exercised. */
    private static Map<UUID, List<DrillFacts>> drills(Connection c, Array orgIds) throws SQLException {
        Map<UUID, List<DrillFacts>> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                select d.id, d.org_id, d.status, d.termination_reason, d.form, d.scope, d.conducted_on, d.created_at,
                       array_remove(array_agg(distinct p.kind), null), d.reported_to_regulator_at
                from drill d left join drill_plan dp on dp.drill_id = d.id left join emergency_plan p on p.id = dp.plan_id
                where d.conducted_on is not null and d.org_id = any(?)
                group by d.id""")) {
            s.setArray(1, orgIds);
            s.setFetchSize(5000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    DrillFacts d = new DrillFacts(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), Set.of((String[]) rs.getArray(9).getArray()),
                            rs.getObject(7, LocalDate.class), rs.getObject(8, OffsetDateTime.class),
                            rs.getObject(10, OffsetDateTime.class));
                    out.computeIfAbsent(d.orgId(), k -> new ArrayList<>()).add(d);
                }
            }
        }
        return out;
    }

    private record Ev(UUID id, LocalDate date, OffsetDateTime enteredAt, boolean withdrawn) {
    }

    private record Ob(UUID id, int required, int counted, int late, ObligationStatus status, boolean finalised, boolean waived) {
    }

    private static Map<String, Map<String, Ev>> evidence(Connection c, Array orgIds, Object[] ruleIds) throws SQLException {
        Map<String, Map<String, Ev>> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                select e.rule_id, e.subject_id, e.source_id, e.id, e.evidence_date, e.entered_at, e.withdrawn_at is not null
                from obligation_evidence e
                where e.subject_kind = 'ORG' and e.source_kind = '""" + EVIDENCE + "' and e.rule_id = any(?) and e.subject_id = any(?)")) {
            s.setArray(1, c.createArrayOf("uuid", ruleIds));
            s.setArray(2, orgIds);
            s.setFetchSize(5000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getObject(1) + "/" + rs.getObject(2), k -> new HashMap<>()).put(rs.getString(3), new Ev(rs.getObject(4, UUID.class),
                            rs.getObject(5, LocalDate.class), rs.getObject(6, OffsetDateTime.class), rs.getBoolean(7)));
                }
            }
        }
        return out;
    }

    private static Map<String, Map<String, Ob>> obligations(Connection c, Array orgIds, Object[] ruleIds) throws SQLException {
        Map<String, Map<String, Ob>> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                select b.rule_id, b.subject_id, b.period_key, b.id, b.required, b.counted, b.late, b.status,
                       b.finalised_at is not null, b.waiver_reason is not null
                from obligation b
                where b.subject_kind = 'ORG' and b.rule_id = any(?) and b.subject_id = any(?)""")) {
            s.setArray(1, c.createArrayOf("uuid", ruleIds));
            s.setArray(2, orgIds);
            s.setFetchSize(5000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getObject(1) + "/" + rs.getObject(2), k -> new HashMap<>()).put(rs.getString(3), new Ob(rs.getObject(4, UUID.class),
                            rs.getInt(5), rs.getInt(6), rs.getInt(7), ObligationStatus.valueOf(rs.getString(8)),
                            rs.getBoolean(9), rs.getBoolean(10)));
                }
            }
        }
        return out;
    }

    private static void bind(PreparedStatement s, Object param) throws SQLException {
        if (param instanceof Array a) {
            s.setArray(1, a);
        } else if (param != null) {
            s.setObject(1, param);
        }
    }

    private static void lock(Connection c, boolean many, UUID orgId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(many ? "select pg_advisory_xact_lock(?)"
                : "select pg_advisory_xact_lock_shared(?), pg_advisory_xact_lock(?)")) {
            s.setLong(1, ALL_LOCK);
            if (!many) {
                s.setLong(2, key("drill-duty:" + orgId));
            }
            s.execute();
        }
    }

    static long key(String name) {
        return UUID.nameUUIDFromBytes(("redline:" + name).getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
    }

    // ------------------------------------------------------------------ writes

    private static final class Writes {
        final List<Object[]> evidenceInsert = new ArrayList<>();
        final List<Object[]> evidenceRevive = new ArrayList<>();
        final List<UUID> evidenceWithdraw = new ArrayList<>();
        final List<Object[]> obligationUpsert = new ArrayList<>();
        final List<UUID> obligationDelete = new ArrayList<>();

        /**
         * Obligations written, removed, evidence rows written. Each kind of write is one set-based statement per chunk
         * (arrays unnested), not a statement per row: a rule edit rewrites tens of thousands of rows.
         */
        int[] flush(Connection c, OffsetDateTime now) throws SQLException {
            Timestamp at = Timestamp.from(now.toInstant());
            if (!evidenceInsert.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("""
                        insert into obligation_evidence (id, rule_id, subject_kind, subject_id, source_kind, source_id, evidence_date, entered_at)
                        select v.id, v.rule_id, 'ORG', v.subject_id, '%s', v.source_id, v.day, v.entered_at
                        from unnest(cast(? as uuid[]), cast(? as uuid[]), cast(? as uuid[]), cast(? as text[]), cast(? as date[]),
                                    cast(? as timestamptz[])) v (id, rule_id, subject_id, source_id, day, entered_at)""".formatted(EVIDENCE))) {
                    s.setArray(1, column(c, "uuid", evidenceInsert, 0));
                    s.setArray(2, column(c, "uuid", evidenceInsert, 1));
                    s.setArray(3, column(c, "uuid", evidenceInsert, 2));
                    s.setArray(4, column(c, "text", evidenceInsert, 3));
                    s.setArray(5, text(c, evidenceInsert, 4));
                    s.setArray(6, c.createArrayOf("text", evidenceInsert.stream()
                            .map(r -> ((OffsetDateTime) r[5]).withOffsetSameInstant(ZoneOffset.UTC).toString()).toArray()));
                    s.executeUpdate();
                }
            }
            if (!evidenceRevive.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("""
                        update obligation_evidence e set evidence_date = v.day, entered_at = v.entered_at, withdrawn_at = null
                        from unnest(cast(? as date[]), cast(? as timestamptz[]), cast(? as uuid[])) v (day, entered_at, id)
                        where e.id = v.id""")) {
                    s.setArray(1, text(c, evidenceRevive, 0));
                    s.setArray(2, c.createArrayOf("text", evidenceRevive.stream()
                            .map(r -> ((OffsetDateTime) r[1]).withOffsetSameInstant(ZoneOffset.UTC).toString()).toArray()));
                    s.setArray(3, column(c, "uuid", evidenceRevive, 2));
                    s.executeUpdate();
                }
            }
            if (!evidenceWithdraw.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("update obligation_evidence set withdrawn_at = ? where id = any(?)")) {
                    s.setTimestamp(1, at);
                    s.setArray(2, c.createArrayOf("uuid", evidenceWithdraw.toArray()));
                    s.executeUpdate();
                }
            }
            if (!obligationDelete.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement(
                        "delete from obligation where id = any(?) and finalised_at is null and waiver_reason is null")) {
                    s.setArray(1, c.createArrayOf("uuid", obligationDelete.toArray()));
                    s.executeUpdate();
                }
            }
            if (!obligationUpsert.isEmpty()) {
                // one row per (rule, org, period) in a chunk, so the statement never updates a row twice
                try (PreparedStatement s = c.prepareStatement("""
                        insert into obligation (id, rule_id, subject_kind, subject_id, org_id, period_key, period_first, period_last,
                                                required, counted, late, status, computed_at)
                        select v.id, v.rule_id, 'ORG', v.org_id, v.org_id, v.period_key, v.period_first, v.period_last,
                               v.required, v.counted, v.late, v.status, ?
                        from unnest(cast(? as uuid[]), cast(? as uuid[]), cast(? as uuid[]), cast(? as text[]), cast(? as date[]),
                                    cast(? as date[]), cast(? as int[]), cast(? as int[]), cast(? as int[]), cast(? as text[]))
                             v (id, rule_id, org_id, period_key, period_first, period_last, required, counted, late, status)
                        on conflict (rule_id, subject_kind, subject_id, period_key) do update
                        set required = excluded.required, counted = excluded.counted, late = excluded.late,
                            status = excluded.status, computed_at = excluded.computed_at, version = obligation.version + 1
                        where obligation.finalised_at is null""")) {
                    s.setTimestamp(1, at);
                    s.setArray(2, column(c, "uuid", obligationUpsert, 0));
                    s.setArray(3, column(c, "uuid", obligationUpsert, 1));
                    s.setArray(4, column(c, "uuid", obligationUpsert, 2));
                    s.setArray(5, column(c, "text", obligationUpsert, 3));
                    s.setArray(6, text(c, obligationUpsert, 4));
                    s.setArray(7, text(c, obligationUpsert, 5));
                    s.setArray(8, column(c, "int4", obligationUpsert, 6));
                    s.setArray(9, column(c, "int4", obligationUpsert, 7));
                    s.setArray(10, column(c, "int4", obligationUpsert, 8));
                    s.setArray(11, column(c, "text", obligationUpsert, 9));
                    s.executeUpdate();
                }
            }
            return new int[] {obligationUpsert.size(), obligationDelete.size(),
                    evidenceInsert.size() + evidenceRevive.size() + evidenceWithdraw.size()};
        }

        /** Column {@code i} of the rows as an SQL array of {@code type}. */
        private static Array column(Connection c, String type, List<Object[]> rows, int i) throws SQLException {
            return c.createArrayOf(type, rows.stream().map(r -> r[i]).toArray());
        }

        /** Column {@code i} of the rows as text (dates), cast by the statement. */
        private static Array text(Connection c, List<Object[]> rows, int i) throws SQLException {
            return c.createArrayOf("text", rows.stream().map(r -> String.valueOf(r[i])).toArray());
        }
    }

}
