package cn.redline.assessment;

import cn.redline.org.Org;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Major hazards (重大事故隐患) in a target's scope whose rectification deadline has passed while it still runs (confirmed
 * or rectifying), as of a day: the facts of A10 (poor 督办 → 约谈告诫) and of the veto early warning (§4.7.3).
 */
@ApplicationScoped
public class OverdueMajors {

    @Inject
    EntityManager em;

    /** One overdue major hazard: whether it is listed for supervision (挂牌督办) and by how many days it is late. */
    public record Overdue(UUID id, String code, String title, LocalDate deadline, long daysOverdue, boolean supervised) {
    }

    /** The overdue majors in the target's scope on {@code day}, late by more than {@code minDays}, most overdue first. */
    public List<Overdue> of(Org target, LocalDate day, int minDays, boolean supervisedOnly) {
        Org parent = target.parentId == null ? null : em.find(Org.class, target.parentId);
        TargetScope ts = TargetScope.of(target, parent);
        Query q = em.createNativeQuery("select h.id, h.code, h.title, h.deadline, h.supervision_listed_at is not null from hazard h "
                + "where h.level = 'MAJOR' and h.state in ('CONFIRMED', 'RECTIFYING') and h.deadline < :before"
                + (supervisedOnly ? " and h.supervision_listed_at is not null" : "") + " and " + ts.where("h.scope_path", "h.industry")
                + " order by h.deadline, h.code limit 50");
        ts.params().forEach(q::setParameter);
        q.setParameter("before", day.minusDays(minDays));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> {
            LocalDate deadline = r[3] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[3];
            return new Overdue((UUID) r[0], (String) r[1], (String) r[2], deadline, ChronoUnit.DAYS.between(deadline, day),
                    (Boolean) r[4]);
        }).toList();
    }
}
