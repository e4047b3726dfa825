package cn.redline.drill;

import cn.redline.org.Org;
import cn.redline.org.OrgView;
import cn.redline.platform.Caller;
import cn.redline.platform.Labels;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Scope;
import cn.redline.platform.Times;
import cn.redline.platform.Xlsx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The yearly plan-supervision summary a supervising department reports to its superior (§3.6 item 7, D22; EPM 41–42):
 * for one year and the caller's scope (or one organization's subtree in it), the emergency plans kept by kind, filed and
 * reviewed; the drills held by form; the spot checks of the year's half-years and their results; their correction
 * orders open, overdue, closed and escalated; and the key units' half-year drill reports received, late and missing
 * ({@link KeyUnitReports}). As JSON, and as an Excel workbook in words.
 */
@ApplicationScoped
public class DrillSupervisionSummary {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    DrillAccess access;

    @Inject
    KeyUnitReports keyUnits;

    public DrillSupervisionSummaryView of(int year, UUID orgId) {
        if (year < 2000 || year > 2100) {
            throw ProblemException.invalid("year", "a year such as 2026");
        }
        Org root = orgId == null ? null : access.visibleOrg(orgId);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<Object[]> checks = checks(root, year);
        return new DrillSupervisionSummaryView(year, root == null ? null : OrgView.OrgRef.of(root), plans(root, first, last),
                drills(root, first, last), spotChecks(checks), corrections(checks),
                List.of(keyUnits(year + "-H1", orgId), keyUnits(year + "-H2", orgId)));
    }

    /** A query over records located by their org {@code o}, limited to the caller's scope and the root's subtree. */
    private TypedQuery<Object[]> scoped(String hql, Org root) {
        Scope.Filter s = caller.scope().where("o");
        TypedQuery<Object[]> q = em.createQuery(hql.replace("{scope}", s.hql() + (root == null ? "" : " and o.path like :root")),
                Object[].class);
        s.params().forEach(q::setParameter);
        if (root != null) {
            q.setParameter("root", root.path + "%");
        }
        return q;
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private DrillSupervisionSummaryView.Plans plans(Org root, LocalDate first, LocalDate last) {
        List<Object[]> rows = scoped("""
                select p.kind, count(p), count(p.filingNo),
                       sum(case when p.lastReviewDate between :first and :last then 1 else 0 end)
                from EmergencyPlan p, Org o where o.id = p.orgId and {scope} group by p.kind""", root)
                .setParameter("first", first).setParameter("last", last).getResultList();
        List<DrillSupervisionSummaryView.PlanCount> byKind = new ArrayList<>();
        long total = 0;
        long filed = 0;
        long reviewed = 0;
        for (EmergencyPlanKind kind : EmergencyPlanKind.values()) {
            Object[] row = rows.stream().filter(r -> r[0] == kind).findFirst().orElse(new Object[] {kind, 0L, 0L, 0L});
            byKind.add(new DrillSupervisionSummaryView.PlanCount(kind, n(row[1]), n(row[2])));
            total += n(row[1]);
            filed += n(row[2]);
            reviewed += n(row[3]);
        }
        return new DrillSupervisionSummaryView.Plans(byKind, total, filed, reviewed);
    }

    private DrillSupervisionSummaryView.Drills drills(Org root, LocalDate first, LocalDate last) {
        List<Object[]> rows = scoped("""
                select d.form, d.scope, d.status, d.terminationReason, count(d)
                from Drill d, Org o where o.id = d.orgId and {scope} and d.conductedOn between :first and :last
                and d.status in :states group by d.form, d.scope, d.status, d.terminationReason""", root)
                .setParameter("first", first).setParameter("last", last)
                .setParameter("states", List.of(DrillStatus.CONDUCTED, DrillStatus.EVALUATED, DrillStatus.CLOSED, DrillStatus.TERMINATED))
                .getResultList();
        long[] byForm = new long[DrillForm.values().length];
        long held = 0;
        long comprehensive = 0;
        long terminated = 0;
        for (Object[] r : rows) {
            // §3.2: a drill counts once held; a terminated one keeps its termination reason whatever its state
            if (r[3] != null || r[2] == DrillStatus.TERMINATED) {
                terminated += n(r[4]);
                continue;
            }
            byForm[((DrillForm) r[0]).ordinal()] += n(r[4]);
            held += n(r[4]);
            if (r[1] == DrillScope.COMPREHENSIVE) {
                comprehensive += n(r[4]);
            }
        }
        return new DrillSupervisionSummaryView.Drills(Arrays.stream(DrillForm.values())
                .map(f -> new DrillSupervisionSummaryView.FormCount(f, byForm[f.ordinal()])).toList(), held, comprehensive, terminated);
    }

    private List<Object[]> checks(Org root, int year) {
        return scoped("""
                select s.status, s.result, s.unannounced, count(s),
                       sum(case when s.status = :ordered and s.correctionDeadline < :today then 1 else 0 end)
                from DrillSpotCheck s, Org o where o.id = s.orgId and {scope} and s.period in :halves
                group by s.status, s.result, s.unannounced""", root)
                .setParameter("halves", List.of(year + "-H1", year + "-H2"))
                .setParameter("ordered", DrillSpotCheckStatus.CORRECTION_ORDERED).setParameter("today", Times.today(clock))
                .getResultList();
    }

    private static DrillSupervisionSummaryView.SpotChecks spotChecks(List<Object[]> checks) {
        long total = 0;
        long unannounced = 0;
        long compliant = 0;
        long noncompliant = 0;
        long pending = 0;
        long cancelled = 0;
        for (Object[] r : checks) {
            long count = n(r[3]);
            if (r[0] == DrillSpotCheckStatus.CANCELLED) {
                cancelled += count;
                continue;
            }
            total += count;
            unannounced += Boolean.TRUE.equals(r[2]) ? count : 0;
            compliant += r[1] == DrillSpotCheckResult.COMPLIANT ? count : 0;
            noncompliant += r[1] == DrillSpotCheckResult.NONCOMPLIANT ? count : 0;
            pending += r[0] == DrillSpotCheckStatus.PLANNED ? count : 0;
        }
        return new DrillSupervisionSummaryView.SpotChecks(total, unannounced, compliant, noncompliant, pending, cancelled);
    }

    private static DrillSupervisionSummaryView.Corrections corrections(List<Object[]> checks) {
        long open = 0;
        long overdue = 0;
        long closed = 0;
        long escalated = 0;
        for (Object[] r : checks) {
            switch ((DrillSpotCheckStatus) r[0]) {
                case CORRECTION_ORDERED -> {
                    open += n(r[3]);
                    overdue += n(r[4]);
                }
                case CORRECTED -> closed += n(r[3]);
                case ESCALATED -> escalated += n(r[3]);
                default -> { }
            }
        }
        return new DrillSupervisionSummaryView.Corrections(open + closed + escalated, open, overdue, closed, escalated);
    }

    private DrillSupervisionSummaryView.KeyUnitHalf keyUnits(String half, UUID orgId) {
        long[] by = new long[KeyUnitReportView.KeyUnitReportStatus.values().length];
        List<KeyUnitReportView.Unit> units = keyUnits.reports(half, orgId).items();
        units.forEach(u -> by[u.status().ordinal()]++);
        return new DrillSupervisionSummaryView.KeyUnitHalf(half, units.size(),
                by[KeyUnitReportView.KeyUnitReportStatus.RECEIVED.ordinal()], by[KeyUnitReportView.KeyUnitReportStatus.LATE.ordinal()],
                by[KeyUnitReportView.KeyUnitReportStatus.DUE.ordinal()], by[KeyUnitReportView.KeyUnitReportStatus.MISSING.ordinal()], by[KeyUnitReportView.KeyUnitReportStatus.NO_DRILL.ordinal()]);
    }

    // --- the workbook --------------------------------------------------------------------------------------------------

    /** The summary as a workbook of three columns (section, item, count), every name in words. */
    public StreamingOutput workbook(int year, UUID orgId, Labels l) {
        DrillSupervisionSummaryView v = of(year, orgId);
        List<List<Object>> rows = new ArrayList<>();
        String plans = l.text("supervisionSummary.section.plans");
        rows.add(List.of(l.text("supervisionSummary.section.scope"), l.text("supervisionSummary.item.year"), (long) year));
        rows.add(List.of(l.text("supervisionSummary.section.scope"), v.org() == null ? l.text("supervisionSummary.item.callerScope")
                : v.org().name(), ""));
        v.plans().byKind().forEach(k -> rows.add(List.of(plans, l.of(k.kind()), k.plans())));
        rows.add(List.of(plans, l.text("supervisionSummary.item.total"), v.plans().total()));
        rows.add(List.of(plans, l.text("supervisionSummary.item.filed"), v.plans().filed()));
        rows.add(List.of(plans, l.text("supervisionSummary.item.reviewed"), v.plans().reviewed()));
        String drills = l.text("supervisionSummary.section.drills");
        v.drills().byForm().forEach(f -> rows.add(List.of(drills, l.of(f.form()), f.held())));
        rows.add(List.of(drills, l.text("supervisionSummary.item.held"), v.drills().held()));
        rows.add(List.of(drills, l.text("supervisionSummary.item.comprehensive"), v.drills().comprehensive()));
        rows.add(List.of(drills, l.text("supervisionSummary.item.terminated"), v.drills().terminated()));
        String checks = l.text("supervisionSummary.section.spotChecks");
        DrillSupervisionSummaryView.SpotChecks s = v.spotChecks();
        for (Map.Entry<String, Long> e : List.of(Map.entry("checks", s.total()), Map.entry("unannounced", s.unannounced()),
                Map.entry("compliant", s.compliant()), Map.entry("noncompliant", s.noncompliant()),
                Map.entry("pending", s.pending()), Map.entry("cancelled", s.cancelled()))) {
            rows.add(List.of(checks, l.text("supervisionSummary.item." + e.getKey()), e.getValue()));
        }
        String orders = l.text("supervisionSummary.section.corrections");
        DrillSupervisionSummaryView.Corrections c = v.corrections();
        for (Map.Entry<String, Long> e : List.of(Map.entry("ordered", c.ordered()), Map.entry("open", c.open()),
                Map.entry("overdue", c.overdue()), Map.entry("closed", c.closed()), Map.entry("escalated", c.escalated()))) {
            rows.add(List.of(orders, l.text("supervisionSummary.item." + e.getKey()), e.getValue()));
        }
        for (DrillSupervisionSummaryView.KeyUnitHalf h : v.keyUnitReports()) {
            String section = l.text("supervisionSummary.section.keyUnits", Map.of("half", DrillSpotChecks.period(l, h.half())));
            for (Map.Entry<String, Long> e : List.of(Map.entry("units", h.units()), Map.entry("received", h.received()),
                    Map.entry("late", h.late()), Map.entry("due", h.due()), Map.entry("missing", h.missing()), Map.entry("noDrill", h.noDrill()))) {
                rows.add(List.of(section, l.text("supervisionSummary.item." + e.getKey()), e.getValue()));
            }
        }
        List<String> header = List.of(l.text("supervisionSummary.section.title"), l.text("supervisionSummary.item.title"),
                l.text("supervisionSummary.count"));
        String sheet = l.text("supervisionSummary.sheet");
        return stream -> Xlsx.write(stream, sheet, header, rows);
    }
}
