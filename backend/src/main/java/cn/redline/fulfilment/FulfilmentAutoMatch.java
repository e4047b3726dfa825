package cn.redline.fulfilment;

import cn.redline.drill.DrillEvaluated;
import cn.redline.duty.Period;
import cn.redline.duty.list.DutyItem;
import cn.redline.duty.list.ResponsibilityList;
import cn.redline.fulfilment.FulfilmentEnums.FulfilmentSource;
import cn.redline.fulfilment.FulfilmentEnums.FulfilmentState;
import cn.redline.platform.Times;
import cn.redline.platform.workflow.HistoryActor;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Automatic matches (§2.4): fulfilment found in other records, created SUBMITTED with source AUTO and never accepted
 * without a reviewer. (a) An INSPECTION item of a post is met by the hazard tickets its holder reported on an
 * inspection (source INSPECTION) on one day: one record per item and day, and only when the holder on that day
 * reported them in person (L24: 不得代替检查; a ticket entered by someone else, or by the holder after a handover,
 * matches nothing). (b) A HAZARD item of an org is met by each major hazard that org listed for supervision (挂牌督办).
 * (c) The yearly comprehensive drill item of a township's or district's list (an EMERGENCY item whose qualifier says
 * {@code scope=COMPREHENSIVE}, as the list templates seed it; "编制预案" and other emergency items are not drills) is met
 * by each comprehensive drill that government organised,
 * once the drill is evaluated (§3.5, 001 §11: the yearly comprehensive drill; EVALUATED or CLOSED, on the day it was
 * held; a drill stopped early keeps its terminationReason when evaluated and fulfils nothing); this match also runs
 * in the evaluating transaction, so the record is there as soon as the evaluation is.
 * Each match has a key, so a re-run creates nothing twice. Only items of signed lists in force, verified AUTO or
 * HYBRID, are matched, and only while their period is open for entry; except a drill, which is recorded against the
 * period it was held in however late it is evaluated (a December drill evaluated in January), flagged late once that
 * period has ended (§1.1, §2.2 {@code late}): its list may have closed meanwhile. Whether a late record still counts is
 * the obligation's business (entered after the grace days, it does not).
 */
@ApplicationScoped
public class FulfilmentAutoMatch {

    /** Advisory lock key: "redline fulfilment matching". */
    static final long LOCK = 0x7265646c696e6503L;

    static final HistoryActor JOB = HistoryActor.system("system:fulfilment-auto-match", "自动匹配");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FulfilmentHistory history;

    /** One match: the item, its key, the day, who performed it and the hazards it links. */
    private record Match(UUID itemId, String key, LocalDate day, UUID postId, String personName, String personRef,
                         List<UUID> hazardIds, List<UUID> drillIds, String summary) {
    }

    @Scheduled(cron = "{redline.fulfilment.auto-match-cron:0 */10 * * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void scheduled() {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, LOCK)
                .getSingleResult();
        if (Boolean.TRUE.equals(locked)) {
            run();
        }
    }

    /** Finds every match not yet recorded and records it; the number of records created. */
    @Transactional
    public int run() {
        int created = 0;
        for (Match m : inspections()) {
            created += record(m) ? 1 : 0;
        }
        for (Match m : supervisions()) {
            created += record(m) ? 1 : 0;
        }
        for (Match m : drills(null)) {
            created += record(m) ? 1 : 0;
        }
        return created;
    }

    /** (c) for one drill, as its evaluation is sealed. */
    void drillEvaluated(@Observes DrillEvaluated e) {
        for (Match m : drills(e.drillId())) {
            record(m);
        }
    }

    /** (c) Per item and drill: the evaluated comprehensive drills the holder government organised ({@code only} or all). */
    private List<Match> drills(UUID only) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select i.id, d.conducted_on, l.holder_post_id, d.id as drill_id, a.person_name, a.person_ref, d.title
                from duty_item i
                join responsibility_list l on l.id = i.list_id and l.status in ('SIGNED', 'ACTIVE', 'CLOSED')
                join org o on o.id = l.holder_org_id and o.kind = 'REGION'
                join drill d on d.org_id = l.holder_org_id and d.scope = 'COMPREHENSIVE' and d.status in ('EVALUATED', 'CLOSED')
                  and d.termination_reason is null
                  and d.conducted_on between l.effective_from and l.effective_to
                left join post_assignment a on a.post_id = l.holder_post_id
                  and d.conducted_on between a.from_date and coalesce(a.to_date, date '9999-12-31')
                where i.category = 'EMERGENCY' and i.verification in ('AUTO', 'HYBRID')
                  and 'scope=COMPREHENSIVE' = any(string_to_array(replace(coalesce(i.qualifier, ''), ' ', ''), ';'))
                  and (cast(:only as uuid) is null or d.id = cast(:only as uuid))
                order by i.id, d.conducted_on, d.id""").setParameter("only", only == null ? null : only.toString())
                .getResultList();
        List<Match> out = new ArrayList<>();
        for (Object[] r : rows) {
            UUID drill = (UUID) r[3];
            out.add(new Match((UUID) r[0], "DRILL:" + drill, (LocalDate) r[1], (UUID) r[2], (String) r[4], (String) r[5],
                    List.of(), List.of(drill), "综合应急演练：" + r[6] + "（评估完成，自动匹配）"));
        }
        return out;
    }

    /** (a) Per item and day: the hazards the post's holder on that day reported on an inspection. */
    private List<Match> inspections() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select i.id, cast(h.discovered_at at time zone 'Asia/Shanghai' as date) as day, l.holder_post_id,
                       a.person_name, a.person_ref, h.id as hazard_id
                from duty_item i
                join responsibility_list l on l.id = i.list_id and l.status in ('SIGNED', 'ACTIVE')
                join post_assignment a on a.post_id = l.holder_post_id
                join hazard h on h.source = 'INSPECTION' and h.discovered_by_ref = a.person_ref
                where i.category = 'INSPECTION' and i.verification in ('AUTO', 'HYBRID')
                  and cast(h.discovered_at at time zone 'Asia/Shanghai' as date) between a.from_date and coalesce(a.to_date, date '9999-12-31')
                  and cast(h.discovered_at at time zone 'Asia/Shanghai' as date) between l.effective_from and l.effective_to
                order by i.id, day, h.discovered_at, h.id""").getResultList();
        Map<String, Match> byKey = new LinkedHashMap<>();
        for (Object[] r : rows) {
            UUID item = (UUID) r[0];
            LocalDate day = (LocalDate) r[1];
            String ref = (String) r[4];
            String key = "INSPECTION:" + day + ":" + ref;
            byKey.computeIfAbsent(item + key, k -> new Match(item, key, day, (UUID) r[2], (String) r[3], ref, new ArrayList<>(), List.of(),
                    "带队检查：发现隐患（自动匹配）")).hazardIds().add((UUID) r[5]);
        }
        return List.copyOf(byKey.values());
    }

    /** (b) Per item and hazard: each major hazard the holder org listed for supervision. */
    private List<Match> supervisions() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select i.id, cast(h.supervision_listed_at at time zone 'Asia/Shanghai' as date) as day, l.holder_post_id, h.id,
                       a.person_name, a.person_ref
                from duty_item i
                join responsibility_list l on l.id = i.list_id and l.status in ('SIGNED', 'ACTIVE')
                join hazard h on h.supervision_org_id = l.holder_org_id and h.supervision_listed_at is not null
                left join post_assignment a on a.post_id = l.holder_post_id
                  and cast(h.supervision_listed_at at time zone 'Asia/Shanghai' as date) between a.from_date and coalesce(a.to_date, date '9999-12-31')
                where i.category = 'HAZARD' and i.verification in ('AUTO', 'HYBRID')
                  and cast(h.supervision_listed_at at time zone 'Asia/Shanghai' as date) between l.effective_from and l.effective_to
                order by i.id, day, h.id""").getResultList();
        List<Match> out = new ArrayList<>();
        for (Object[] r : rows) {
            UUID hazard = (UUID) r[3];
            out.add(new Match((UUID) r[0], "SUPERVISION:" + hazard, (LocalDate) r[1], (UUID) r[2],
                    (String) r[4], (String) r[5], List.of(hazard), List.of(), "重大隐患挂牌督办（自动匹配）"));
        }
        return out;
    }

    /** Records a match unless recorded before (for any version of the item) or its period is closed for entry. */
    private boolean record(Match m) {
        DutyItem item = em.find(DutyItem.class, m.itemId());
        Long seen = (Long) em.createNativeQuery("""
                select count(*) from fulfilment_record r join duty_item i on i.id = r.duty_item_id
                where i.item_key = :key and r.auto_key = :auto""").setParameter("key", item.itemKey)
                .setParameter("auto", m.key()).getSingleResult();
        if (seen > 0) {
            return false;
        }
        Period period = Period.containing(item.periodType != null ? item.periodType : cn.redline.duty.PeriodType.YEAR, m.day());
        if (m.drillIds().isEmpty() && !clock.instant().isBefore(period.graceEnd(item.graceDays))) {
            return false;
        }
        ResponsibilityList list = em.find(ResponsibilityList.class, item.listId);
        OffsetDateTime now = Times.now(clock);
        FulfilmentRecord r = new FulfilmentRecord();
        r.id = UUID.randomUUID();
        r.dutyItemId = item.id;
        r.listId = list.id;
        r.periodKey = period.key();
        r.holderPostId = list.holderPostId;
        r.orgId = list.holderOrgId;
        r.issuingOrgId = list.issuingOrgId;
        r.date = m.day();
        r.summary = m.summary();
        r.performers = List.of(new FulfilmentParts.Performer(m.postId(), m.personName(), m.personRef()));
        r.participants = List.of();
        r.hazardIds = m.hazardIds();
        r.drillIds = new ArrayList<>(m.drillIds());
        r.source = FulfilmentSource.AUTO;
        r.autoKey = m.key();
        r.state = FulfilmentState.SUBMITTED;
        r.submittedAt = now;
        r.late = !now.toInstant().isBefore(period.end());
        r.enteredBySubject = JOB.subject();
        r.enteredByName = JOB.name();
        r.createdAt = now;
        r.updatedAt = now;
        em.persist(r);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("source", FulfilmentSource.AUTO.name());
        data.put("match", m.key());
        data.put("hazards", m.hazardIds().stream().map(UUID::toString).toList());
        data.put("drills", m.drillIds().stream().map(UUID::toString).toList());
        history.bySystem(r, "SUBMIT", null, data, JOB);
        return true;
    }
}
