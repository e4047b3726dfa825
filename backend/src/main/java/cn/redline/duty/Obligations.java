package cn.redline.duty;

import cn.redline.org.Org;
import cn.redline.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Iterator;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The obligation engine (§1.2), shared by lists, drills and assessments: which rules a subject owes (they stack),
 * one obligation per subject × rule × period, its count and status recomputed whenever evidence changes and frozen
 * once the period is finalised. The modules that hold the proof call {@link #addEvidence} / {@link #withdrawEvidence}.
 *
 * <p>Duty items of responsibility lists (§2.2 "Obligation per item × period") owe the same way, keyed by the item's
 * stable {@code itemKey} instead of a rule: the list feature calls {@link #materialiseItem} for every period of a
 * list's year when the list is signed or becomes active, and the fulfilment records call
 * {@link #addItemEvidence}{@code (holder, itemKey, "FULFILMENT", recordId, date)} when a record counts (accepted)
 * and {@link #withdrawItemEvidence} when it stops counting (rejected, amended, falsified). Item evidence dated in no
 * materialised period is kept and counts once its period is materialised. The holder subject of a list is its
 * post ({@link Subject#post}) or its org ({@link Subject#org}); the list feature resolves it from an item key.
 */
@ApplicationScoped
public class Obligations {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /**
     * Every rule in force on {@code day} whose selector holds for {@code s}. Rules stack: a national floor and a
     * stricter local rule both apply, neither hides the other (§1.2; e.g. ERR 8 every 2 years and S1 §11 every year).
     */
    public List<RequirementRule> applicable(Subject s, LocalDate day) {
        List<RequirementRule> rules = em.createQuery("from RequirementRule order by code", RequirementRule.class).getResultList();
        Map<UUID, String> regionPaths = new HashMap<>();
        List<RequirementRule> out = new ArrayList<>();
        for (RequirementRule r : rules) {
            UUID region = r.appliesTo.regionId();
            String path = region == null ? null : regionPaths.computeIfAbsent(region, id -> {
                Org o = em.find(Org.class, id);
                return o == null ? "" : o.path;
            });
            if (r.inForceOn(day) && r.appliesTo.matches(s, path == null || path.isEmpty() ? null : path)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The obligations of {@code s} for the periods holding {@code day}, one per applicable calendar or rolling rule. */
    @Transactional
    public List<Obligation> materialise(Subject s, LocalDate day) {
        return materialise(s, day, null);
    }

    /** {@link #materialise(Subject, LocalDate)} under the rules of one capability only (all when null). */
    @Transactional
    public List<Obligation> materialise(Subject s, LocalDate day, Capability capability) {
        List<Obligation> out = new ArrayList<>();
        for (RequirementRule r : applicable(s, day)) {
            if (r.periodType != PeriodType.EVENT && (capability == null || r.capability == capability)) {
                out.add(obligation(s, r, periodFor(s, r, day)));
            }
        }
        return out;
    }

    /** The obligation an event starts under an EVENT rule (e.g. an evaluation due N days after a drill). */
    @Transactional
    public Obligation afterEvent(Subject s, RequirementRule r, LocalDate event) {
        if (r.periodType != PeriodType.EVENT) {
            throw new IllegalArgumentException(r.code + " is not an event rule");
        }
        return obligation(s, r, Period.afterEvent(event, r.eventDays));
    }

    /** Records (or re-dates) one piece of evidence and recomputes the obligation of the period it is dated in. */
    @Transactional
    public Optional<Obligation> addEvidence(Subject s, UUID ruleId, String sourceKind, String sourceId, LocalDate date) {
        RequirementRule r = em.find(RequirementRule.class, ruleId);
        LocalDate before = record(s, Basis.rule(ruleId), sourceKind, sourceId, date, now());
        if (before != null && !before.equals(date)) {
            recomputeAround(s, r, before);
        }
        return recomputeAround(s, r, date);
    }

    /** Evidence that no longer proves anything (a rejected or falsified record): it stops counting. */
    @Transactional
    public Optional<Obligation> withdrawEvidence(Subject s, UUID ruleId, String sourceKind, String sourceId) {
        return withdraw(s, Basis.rule(ruleId), sourceKind, sourceId)
                .flatMap(date -> recomputeAround(s, em.find(RequirementRule.class, ruleId), date));
    }

    /**
     * The obligations of a duty item for {@code periods} (one per period; existing ones are recounted, never
     * duplicated): {@code required} from the item's minimum count, grace and at-risk days from the item.
     */
    @Transactional
    public List<Obligation> materialiseItem(Subject s, ItemTerms terms, List<Period> periods) {
        List<Obligation> out = new ArrayList<>();
        for (Period p : periods) {
            Obligation o = em.createQuery("""
                            from Obligation o where o.dutyItemKey = :i and o.subjectKind = :k and o.subjectId = :s
                            and o.periodKey = :p""", Obligation.class)
                    .setParameter("i", terms.itemKey()).setParameter("k", s.kind()).setParameter("s", s.id())
                    .setParameter("p", p.key()).getResultStream().findFirst().orElse(null);
            if (o == null) {
                o = newObligation(s, p);
                o.dutyItemKey = terms.itemKey();
                o.required = terms.minCount();
                o.graceDays = terms.graceDays();
                o.atRiskDays = terms.atRiskDays();
                recompute(o);
                em.persist(o);
            } else {
                recompute(o);
            }
            out.add(o);
        }
        return out;
    }

    /**
     * Records (or re-dates) one piece of evidence for a duty item (e.g. an accepted fulfilment record:
     * {@code addItemEvidence(holder, itemKey, "FULFILMENT", recordId, date)}) and recounts the item's obligation
     * whose period holds {@code date}; empty when no materialised period holds it.
     */
    @Transactional
    public Optional<Obligation> addItemEvidence(Subject s, UUID itemKey, String sourceKind, String sourceId, LocalDate date) {
        return addItemEvidence(s, itemKey, sourceKind, sourceId, date, now());
    }

    /**
     * {@link #addItemEvidence} for evidence entered before it came to count: a fulfilment record counts once accepted,
     * but its submission time decides whether it was entered on time, late (within the grace days) or too late.
     */
    @Transactional
    public Optional<Obligation> addItemEvidence(Subject s, UUID itemKey, String sourceKind, String sourceId, LocalDate date,
                                                OffsetDateTime enteredAt) {
        LocalDate before = record(s, Basis.item(itemKey), sourceKind, sourceId, date, enteredAt);
        if (before != null && !before.equals(date)) {
            recomputeItem(s, itemKey, before);
        }
        return recomputeItem(s, itemKey, date);
    }

    /** A duty item's evidence that no longer proves anything (rejected, amended, falsified): it stops counting. */
    @Transactional
    public Optional<Obligation> withdrawItemEvidence(Subject s, UUID itemKey, String sourceKind, String sourceId) {
        return withdraw(s, Basis.item(itemKey), sourceKind, sourceId).flatMap(date -> recomputeItem(s, itemKey, date));
    }

    /** Stores the evidence (new, re-dated or no longer withdrawn); the date it had before, or null when new. */
    private LocalDate record(Subject s, Basis b, String sourceKind, String sourceId, LocalDate date, OffsetDateTime enteredAt) {
        Evidence e = evidence(s, b, sourceKind, sourceId).orElse(null);
        LocalDate before = e == null ? null : e.date;
        if (e == null) {
            e = new Evidence();
            e.id = UUID.randomUUID();
            e.ruleId = b.ruleId();
            e.dutyItemKey = b.itemKey();
            e.subjectKind = s.kind();
            e.subjectId = s.id();
            e.sourceKind = sourceKind;
            e.sourceId = sourceId;
            e.date = date;
            e.enteredAt = now();
            em.persist(e);
        }
        e.date = date;
        e.enteredAt = enteredAt;
        e.withdrawnAt = null;
        em.flush();
        return before;
    }

    /** Marks counting evidence withdrawn; the date it was dated, or empty when there was none counting. */
    private Optional<LocalDate> withdraw(Subject s, Basis b, String sourceKind, String sourceId) {
        Optional<Evidence> e = evidence(s, b, sourceKind, sourceId).filter(x -> x.withdrawnAt == null);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        e.get().withdrawnAt = now();
        em.flush();
        return Optional.of(e.get().date);
    }

    private Optional<Obligation> recomputeItem(Subject s, UUID itemKey, LocalDate date) {
        return em.createQuery("""
                        from Obligation o where o.dutyItemKey = :i and o.subjectKind = :k and o.subjectId = :s
                        and :d between o.periodFirst and o.periodLast""", Obligation.class)
                .setParameter("i", itemKey).setParameter("k", s.kind()).setParameter("s", s.id()).setParameter("d", date)
                .getResultStream().map(this::recompute).reduce((a, b) -> b);
    }

    /** Recounts and re-grades one obligation from its evidence, unless its period is finalised (frozen). */
    public Obligation recompute(Obligation o) {
        if (o.finalisedAt != null) {
            return o;
        }
        Terms t = terms(o);
        Basis b = Basis.of(o);
        Period p = o.period();
        int counted = 0;
        int late = 0;
        for (Evidence e : em.createQuery("from Evidence e where e." + b.field() + """
                         = :b and e.subjectKind = :k and e.subjectId = :s and e.withdrawnAt is null
                        and e.date between :first and :last""", Evidence.class)
                .setParameter("b", b.value()).setParameter("k", o.subjectKind).setParameter("s", o.subjectId)
                .setParameter("first", p.first()).setParameter("last", p.last()).getResultList()) {
            EvidenceTiming timing = p.timing(e.date, e.enteredAt.toInstant(), t.graceDays());
            if (timing.counts()) {
                counted++;
            }
            if (timing == EvidenceTiming.LATE) {
                late++;
            }
        }
        o.counted = counted;
        o.late = late;
        o.status = ObligationStatus.of(o.required, counted, p, t.graceDays(), t.atRiskDays(), Times.today(clock),
                o.waiverReason != null);
        o.computedAt = now();
        return o;
    }

    /**
     * Brings statuses up to date with the date (OPEN → AT_RISK → PARTIAL/MISSED as days pass) and freezes every
     * obligation whose late entry is over: from then on neither evidence nor time changes it.
     */
    @Transactional
    public int refreshAndFinalise() {
        LocalDate today = Times.today(clock);
        int finalised = 0;
        int seen = 0;
        // streamed and written in slices: a city holds hundreds of thousands of open obligations, which as one list of
        // managed entities outgrew the heap
        try (Stream<Obligation> open = em.createQuery("from Obligation where finalisedAt is null", Obligation.class)
                .setHint(HibernateHints.HINT_FETCH_SIZE, REFRESH_SLICE).getResultStream()) {
            for (Iterator<Obligation> it = open.iterator(); it.hasNext(); ) {
                Obligation o = it.next();
                recompute(o);
                if (today.isAfter(o.periodLast.plusDays(terms(o).graceDays()))) {
                    o.finalisedAt = now();
                    finalised++;
                }
                if (++seen % REFRESH_SLICE == 0) {
                    em.flush();
                    em.clear();
                }
            }
        }
        em.flush();
        return finalised;
    }

    /** How many obligations the refresh keeps in the persistence context between writes. */
    static final int REFRESH_SLICE = 500;

    /** An approved exemption (reason, approver, document): the obligation is WAIVED, before it is finalised only. */
    @Transactional
    public Obligation waive(UUID obligationId, String reason, String document, String approver) {
        Obligation o = em.find(Obligation.class, obligationId, LockModeType.PESSIMISTIC_WRITE);
        if (o.finalisedAt != null) {
            throw cn.redline.platform.ProblemException.conflict("The obligation's period is finalised; it can no longer be waived");
        }
        if (o.waiverReason != null) {
            throw cn.redline.platform.ProblemException.conflict("The obligation is already waived");
        }
        o.waiverReason = reason;
        o.waiverDocument = document;
        o.waivedBy = approver;
        o.waivedAt = now();
        return recompute(o);
    }

    private Optional<Obligation> recomputeAround(Subject s, RequirementRule r, LocalDate date) {
        if (!r.inForceOn(date) || r.periodType == PeriodType.EVENT) {
            // event obligations are started by their event; recount the ones whose window holds the date
            return em.createQuery("""
                            from Obligation o where o.ruleId = :r and o.subjectKind = :k and o.subjectId = :s
                            and :d between o.periodFirst and o.periodLast""", Obligation.class)
                    .setParameter("r", r.id).setParameter("k", s.kind()).setParameter("s", s.id()).setParameter("d", date)
                    .getResultStream().map(this::recompute).reduce((a, b) -> b);
        }
        if (!r.appliesTo.matches(s, regionPath(r))) {
            return Optional.empty();
        }
        return Optional.of(obligation(s, r, periodFor(s, r, date)));
    }

    /**
     * A rolling rule's period starts the day after the last counted evidence before {@code day}, or at the rule's start;
     * only evidence starts the next one, so a day after an ended window with nothing is held by that (overdue) window.
     */
    private Period periodFor(Subject s, RequirementRule r, LocalDate day) {
        if (r.periodType != PeriodType.ROLLING_24M) {
            return r.periodFor(day, day);
        }
        LocalDate since = r.effectiveFrom;
        List<LocalDate> last = em.createQuery("""
                        select max(e.date) from Evidence e where e.ruleId = :r and e.subjectKind = :k and e.subjectId = :s
                        and e.withdrawnAt is null and e.date < :d""", LocalDate.class)
                .setParameter("r", r.id).setParameter("k", s.kind()).setParameter("s", s.id()).setParameter("d", day)
                .getResultList();
        if (!last.isEmpty() && last.get(0) != null && !last.get(0).plusDays(1).isBefore(since)) {
            since = last.get(0).plusDays(1);
        }
        // nothing for 24 months: the missed window stays the one holding the day, overdue, until evidence starts the next
        return Period.rolling24m(since);
    }

    private Obligation obligation(Subject s, RequirementRule r, Period p) {
        Obligation o = em.createQuery("""
                        from Obligation o where o.ruleId = :r and o.subjectKind = :k and o.subjectId = :s and o.periodKey = :p""",
                        Obligation.class)
                .setParameter("r", r.id).setParameter("k", s.kind()).setParameter("s", s.id()).setParameter("p", p.key())
                .getResultStream().findFirst().orElse(null);
        if (o == null) {
            o = newObligation(s, p);
            o.ruleId = r.id;
            o.required = r.minCount;
            recompute(o);
            em.persist(o);
            return o;
        }
        return recompute(o);
    }

    private Obligation newObligation(Subject s, Period p) {
        Obligation o = new Obligation();
        o.id = UUID.randomUUID();
        o.subjectKind = s.kind();
        o.subjectId = s.id();
        o.orgId = s.org().id;
        o.periodKey = p.key();
        o.periodFirst = p.first();
        o.periodLast = p.last();
        return o;
    }

    private Optional<Evidence> evidence(Subject s, Basis b, String sourceKind, String sourceId) {
        return em.createQuery("from Evidence e where e." + b.field() + """
                         = :b and e.subjectKind = :k and e.subjectId = :s
                        and e.sourceKind = :sk and e.sourceId = :si""", Evidence.class)
                .setParameter("b", b.value()).setParameter("k", s.kind()).setParameter("s", s.id())
                .setParameter("sk", sourceKind).setParameter("si", sourceId).getResultStream().findFirst();
    }

    /** Grace and at-risk days: a rule's, or the duty item's carried on its obligation. */
    private Terms terms(Obligation o) {
        if (o.ruleId == null) {
            return new Terms(o.graceDays, o.atRiskDays);
        }
        RequirementRule r = em.find(RequirementRule.class, o.ruleId);
        return new Terms(r.graceDays, r.atRiskDays);
    }

    private record Terms(int graceDays, int atRiskDays) {
    }

    /** What an obligation or a piece of evidence is owed under: a rule or a duty item (exactly one). */
    private record Basis(UUID ruleId, UUID itemKey) {

        static Basis rule(UUID ruleId) {
            return new Basis(ruleId, null);
        }

        static Basis item(UUID itemKey) {
            return new Basis(null, itemKey);
        }

        static Basis of(Obligation o) {
            return new Basis(o.ruleId, o.dutyItemKey);
        }

        String field() {
            return ruleId != null ? "ruleId" : "dutyItemKey";
        }

        UUID value() {
            return ruleId != null ? ruleId : itemKey;
        }
    }

    private String regionPath(RequirementRule r) {
        if (r.appliesTo.regionId() == null) {
            return null;
        }
        Org o = em.find(Org.class, r.appliesTo.regionId());
        return o == null ? null : o.path;
    }

    private OffsetDateTime now() {
        return Times.now(clock);
    }
}
