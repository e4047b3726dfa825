package cn.redline.drill;

import cn.redline.duty.Period;
import cn.redline.duty.PeriodType;
import cn.redline.org.Org;
import cn.redline.org.OrgKind;
import cn.redline.org.OrgView;
import cn.redline.platform.Caller;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Scope;
import cn.redline.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Key-unit half-year reports received (§3.6 item 4, D2): per emergency key unit of the caller's scope (or of an org's
 * subtree in it), its held drills of the half and whether each was reported to the regulator, on time (within
 * {@link #REPORT_DAYS} days of the drill's end, §3.4 deadlines), late, not yet (DUE while those days last) or not at all
 * (MISSING after them); a unit without a held drill shows as NO_DRILL. Days are counted between local days in China.
 * Worst first: no drill, missing, due, late, received.
 */
@ApplicationScoped
public class KeyUnitReports {

    /** §3.4: a key unit reports its drill within 15 days of its end. */
    static final int REPORT_DAYS = 15;
    static final int MAX_UNITS = 5000;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    DrillAccess access;

    public KeyUnitReportView reports(String half, UUID orgId) {
        Period p;
        try {
            p = Period.parse(half);
        } catch (IllegalArgumentException e) {
            p = null;
        }
        if (p == null || p.type() != PeriodType.HALF_YEAR) {
            throw ProblemException.invalid("half", "a half-year such as 2026-H1");
        }
        Org root = orgId == null ? null : access.visibleOrg(orgId);
        Scope.Filter s = caller.scope().where("o");
        TypedQuery<Org> q = em.createQuery("select o from Org o where o.kind = :kind and o.emergencyKeyCategory is not null and "
                + s.hql() + (root == null ? "" : " and o.path like :root") + " order by o.name, o.id", Org.class);
        q.setParameter("kind", OrgKind.ENTERPRISE);
        s.params().forEach(q::setParameter);
        if (root != null) {
            q.setParameter("root", root.path + "%");
        }
        List<Org> units = q.setMaxResults(MAX_UNITS + 1).getResultList();
        if (units.size() > MAX_UNITS) {
            throw ProblemException.unprocessable("More than " + MAX_UNITS + " key units; choose an organization");
        }
        Map<UUID, List<Drill>> drills = new HashMap<>();
        if (!units.isEmpty()) {
            em.createQuery("select d from Drill d where d.orgId in :orgs and d.status in :held and d.terminationReason is null "
                            + "and d.conductedOn between :first and :last order by d.conductedOn, d.id", Drill.class)
                    .setParameter("orgs", units.stream().map(o -> o.id).toList()).setParameter("held", DrillFacts.HELD.stream().map(DrillStatus::valueOf).toList())
                    .setParameter("first", p.first()).setParameter("last", p.last()).getResultList()
                    .forEach(d -> drills.computeIfAbsent(d.orgId, k -> new ArrayList<>()).add(d));
        }
        LocalDate today = Times.today(clock);
        List<KeyUnitReportView.Unit> items = new ArrayList<>();
        for (Org o : units) {
            List<KeyUnitReportView.KeyUnitDrill> held = drills.getOrDefault(o.id, List.of()).stream().map(d -> drill(d, today)).toList();
            KeyUnitReportView.KeyUnitDrill best = held.stream().min(Comparator.comparing((KeyUnitReportView.KeyUnitDrill d) -> d.status())
                    .thenComparing(KeyUnitReportView.KeyUnitDrill::days)).orElse(null);
            items.add(new KeyUnitReportView.Unit(OrgView.OrgRef.of(o), o.industry, o.emergencyKeyCategory,
                    best == null ? KeyUnitReportView.KeyUnitReportStatus.NO_DRILL : best.status(), best == null ? null : best.days(), held));
        }
        items.sort(Comparator.comparing((KeyUnitReportView.Unit u) -> -u.status().ordinal()));
        return new KeyUnitReportView(p.key(), p.first(), p.last(), REPORT_DAYS, items);
    }

    private static KeyUnitReportView.KeyUnitDrill drill(Drill d, LocalDate today) {
        LocalDate ended = d.actualEnd == null ? d.conductedOn : d.actualEnd.atZoneSameInstant(Times.ZONE).toLocalDate();
        KeyUnitReportView.KeyUnitReportStatus status;
        int days;
        if (d.reportedToRegulatorAt == null) {
            days = (int) ChronoUnit.DAYS.between(ended, today);
            // not reported yet: due while the allowed days after the drill's end last, missing after
            status = days > REPORT_DAYS ? KeyUnitReportView.KeyUnitReportStatus.MISSING : KeyUnitReportView.KeyUnitReportStatus.DUE;
        } else {
            days = (int) ChronoUnit.DAYS.between(ended, d.reportedToRegulatorAt.atZoneSameInstant(Times.ZONE).toLocalDate());
            status = days > REPORT_DAYS ? KeyUnitReportView.KeyUnitReportStatus.LATE : KeyUnitReportView.KeyUnitReportStatus.RECEIVED;
        }
        return new KeyUnitReportView.KeyUnitDrill(d.id, d.title, d.conductedOn, d.actualEnd, d.reportedToRegulatorAt, status, days);
    }
}
