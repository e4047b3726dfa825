package cn.redline.duty.list;

import cn.redline.duty.ItemTerms;
import cn.redline.duty.Obligation;
import cn.redline.duty.Obligations;
import cn.redline.duty.Period;
import cn.redline.duty.Subject;
import cn.redline.org.Org;
import cn.redline.org.Post;
import cn.redline.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Obligations per duty item × period (§2.2): when a list version becomes binding (SIGNED) every item owes one
 * obligation per period of its type inside the list's effective dates (a due-date item: one from the effective date
 * to the due date), held by the list's holder post. Evidence is keyed by the item's stable key, so it survives
 * revisions.
 *
 * <p>For the fulfilment records: {@link #addEvidence}{@code (itemKey, "FULFILMENT", recordId, date)} when a record
 * counts and {@link #withdrawEvidence} when it stops counting; both resolve the holder subject from the item key and
 * delegate to {@link Obligations#addItemEvidence} / {@link Obligations#withdrawItemEvidence}.
 */
@ApplicationScoped
public class ListObligations {

    @Inject
    EntityManager em;

    @Inject
    Obligations obligations;

    /** The holder (post) owing a duty item, from its key; 404 problem for an unknown key. */
    public Subject holderOf(UUID itemKey) {
        List<ResponsibilityList> lists = em.createQuery("""
                        select l from ResponsibilityList l, DutyItem i where i.listId = l.id and i.itemKey = :k
                        order by l.versionNo desc""", ResponsibilityList.class)
                .setParameter("k", itemKey).setMaxResults(1).getResultList();
        if (lists.isEmpty()) {
            throw ProblemException.notFound("Duty item");
        }
        return subjectOf(lists.get(0));
    }

    Subject subjectOf(ResponsibilityList l) {
        Post post = em.find(Post.class, l.holderPostId);
        return Subject.post(post.id, post.kind, em.find(Org.class, l.holderOrgId));
    }

    @Transactional
    public Optional<Obligation> addEvidence(UUID itemKey, String sourceKind, String sourceId, LocalDate date) {
        return obligations.addItemEvidence(holderOf(itemKey), itemKey, sourceKind, sourceId, date);
    }

    @Transactional
    public Optional<Obligation> withdrawEvidence(UUID itemKey, String sourceKind, String sourceId) {
        return obligations.withdrawItemEvidence(holderOf(itemKey), itemKey, sourceKind, sourceId);
    }

    /** Materialises the obligations of every item of a binding list version. */
    void materialise(ResponsibilityList l, List<DutyItem> items) {
        Subject holder = subjectOf(l);
        for (DutyItem i : items) {
            List<Period> periods = periods(i, l.effectiveFrom, l.effectiveTo);
            if (!periods.isEmpty()) {
                obligations.materialiseItem(holder, new ItemTerms(i.itemKey, i.minCount == null ? 1 : i.minCount,
                        i.graceDays, i.atRiskDays), periods);
            }
        }
    }

    /**
     * The periods an item owes between {@code from} and {@code to}: every calendar period of its type overlapping
     * them, or for a due-date item the days from {@code from} to the due date (none when due before {@code from}).
     */
    static List<Period> periods(DutyItem i, LocalDate from, LocalDate to) {
        List<Period> out = new ArrayList<>();
        if (i.periodType != null) {
            for (Period p = Period.containing(i.periodType, from); !p.first().isAfter(to);
                 p = Period.containing(i.periodType, p.last().plusDays(1))) {
                out.add(p);
            }
        } else if (i.dueDate != null && !i.dueDate.isBefore(from)) {
            out.add(Period.afterEvent(from, (int) ChronoUnit.DAYS.between(from, i.dueDate)));
        }
        return out;
    }
}
