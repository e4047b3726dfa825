package cn.redline.accountability;

import cn.redline.accident.AccidentRecorded;
import cn.redline.org.Org;
import cn.redline.org.OrgRepository;
import cn.redline.org.RegionLevel;
import cn.redline.platform.Labels;
import cn.redline.platform.Times;
import cn.redline.platform.workflow.HistoryActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Consequence rules that propose accountability actions from the facts other features record (§4.2 ConsequenceRule,
 * A9): each creates its action once per fact, PROPOSED, for the issuing office to issue or withdraw — a rule never
 * issues on its own. Rules of the assessments (two consecutive 一般, last place twice, failing, vetoes) join here when
 * assessment results are published.
 */
@ApplicationScoped
public class ConsequenceRules {

    /** A9: an accident of 一般 or above in a township: the township head is summoned (约谈). */
    static final String ACCIDENT_TOWNSHIP_HEAD = "ACCIDENT_TOWNSHIP_HEAD";
    static final String A9_CITATION = "发生一般以上生产安全事故的，由区安全生产委员会会同有关部门对镇政府、街道办事处主要负责人进行约谈"
            + "（安全生产领域改革发展实施方案（七））";
    /** Days the summoned head has to answer, from the day the rule proposed it. */
    static final int ACCIDENT_DUE_DAYS = 15;

    /** D3: a key unit left its drill correction order uncorrected past the deadline. */
    static final String SPOT_CHECK_UNCORRECTED = "SPOT_CHECK_UNCORRECTED";
    /** Days the addressee of an escalated spot check has to answer. */
    static final int SPOT_CHECK_DUE_DAYS = 15;

    static final HistoryActor RULES = HistoryActor.system("system:consequence-rules", "后果规则");

    @Inject
    Accountability register;

    @Inject
    OrgRepository orgs;

    @Inject
    PersonFlags flags;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    void accidentRecorded(@Observes AccidentRecorded e) {
        Org territory = e.territoryId() == null ? null : orgs.findById(e.territoryId());
        if (territory == null || territory.regionLevel != RegionLevel.TOWNSHIP || territory.parentId == null) {
            return; // A9 addresses townships and streets; an accident of a district's own territory summons nobody here
        }
        String level = Labels.of(Labels.ZH).of(e.level());
        register.proposeOnce("ACCIDENT:" + e.accidentId(), ACCIDENT_TOWNSHIP_HEAD, AccountabilityType.INTERVIEW, territory.id,
                heads(territory.id, e.occurredOn()), territory.parentId, "约谈" + territory.name + "主要负责人",
                e.occurredOn() + "辖区内发生" + level + "：" + e.title() + (e.deaths() > 0 ? "（死亡" + e.deaths() + "人）" : "")
                        + "。" + A9_CITATION,
                List.of(new ActionParts.Fact(ActionParts.AccountabilityFactKind.ACCIDENT, e.accidentId(), e.title())),
                Times.today(clock).plusDays(ACCIDENT_DUE_DAYS), RULES);
    }

    /**
     * D3 escalation: the regulator that ordered a key unit to correct its drills escalates the order left uncorrected past
     * its deadline; the action is proposed (by the escalating caller, named in its history) for the regulator's office to
     * issue, once per spot check, with the spot check as its fact. The new action's id.
     */
    public UUID spotCheckEscalated(UUID spotCheckId, String spotCheckCode, AccountabilityType type, UUID targetOrgId,
                                   UUID regulatorOrgId, String reason) {
        Org target = orgs.findById(targetOrgId);
        String key = "DRILL_SPOT_CHECK:" + spotCheckId;
        Labels zh = Labels.of(Labels.ZH);
        AccountabilityAction a = register.proposeOnce(key, SPOT_CHECK_UNCORRECTED, type, targetOrgId, List.of(), regulatorOrgId,
                zh.of(type) + "：" + target.name + "（演练抽查" + spotCheckCode + "逾期未整改）", reason,
                List.of(new ActionParts.Fact(ActionParts.AccountabilityFactKind.DRILL_SPOT_CHECK, spotCheckId, "演练抽查" + spotCheckCode)),
                Times.today(clock).plusDays(SPOT_CHECK_DUE_DAYS), null);
        if (a != null) {
            return a.id;
        }
        return em.createQuery("select a.id from AccountabilityAction a where a.ruleKey = :k", UUID.class).setParameter("k", key)
                .getSingleResult();
    }

    /**
     * A consequence rule of a published assessment (A7 two consecutive 一般, A8 last place twice, A10 overdue majors under
     * supervision, A15 failing → rectification plan): proposes the action once per rule and assessment, addressed to the
     * target (its principal leader by name), due {@code dueOn}, with the assessment and {@code moreFacts} as its lineage.
     * The new action's id, or null when the rule already proposed it.
     */
    public UUID assessmentPublished(UUID assessmentId, String ruleCode, AccountabilityType type, UUID targetOrgId, UUID issuerOrgId,
                                    String title, String reason, String factSummary, List<ActionParts.Fact> moreFacts,
                                    java.time.LocalDate dueOn) {
        AccountabilityAction a = register.proposeOnce(assessmentKey(ruleCode, assessmentId), ruleCode, type, targetOrgId,
                heads(targetOrgId, Times.today(clock)), issuerOrgId, title, reason, facts(assessmentId, factSummary, moreFacts), dueOn, RULES);
        return a == null ? null : a.id;
    }

    /**
     * VETO (A5, A6, §5.6): the leaders of a vetoed target — its principal leader and the deputy in charge of safety — are
     * held accountable by one action (once per rule and assessment), and each is barred from awards and from promotion
     * from {@code barFrom} to {@code barTo} (the 影响期), each bar once, with the action and the assessment as its lineage.
     * Withdrawing the action lifts its bars. The action's id, whether proposed now or before.
     */
    public UUID vetoed(UUID assessmentId, String ruleCode, AccountabilityType type, UUID targetOrgId, UUID issuerOrgId, String title,
                       String reason, String factSummary, java.time.LocalDate dueOn, java.time.LocalDate barFrom,
                       java.time.LocalDate barTo) {
        String key = assessmentKey(ruleCode, assessmentId);
        List<ActionParts.Person> leaders = leaders(targetOrgId, barFrom);
        List<ActionParts.Fact> facts = facts(assessmentId, factSummary, List.of());
        AccountabilityAction a = register.proposeOnce(key, ruleCode, type, targetOrgId, leaders, issuerOrgId, title, reason, facts, dueOn,
                RULES);
        UUID actionId = a != null ? a.id : em.createQuery("select a.id from AccountabilityAction a where a.ruleKey = :k", UUID.class)
                .setParameter("k", key).getSingleResult();
        for (ActionParts.Person p : leaders) {
            for (PersonFlagKind kind : PersonFlagKind.values()) {
                flags.setOnce(key + ":" + p.postId() + ":" + kind, kind, p, targetOrgId, barFrom, barTo, ruleCode, facts, actionId);
            }
        }
        return actionId;
    }

    /** A15: the rule that asks a failing target for its rectification plan when its scheme sets no rule of its own. */
    public static final String FAILING_RECTIFICATION = "A15_RECTIFICATION";

    /**
     * The one 整改方案 action that tracks a failing target's rectification (A15): the one a scheme's consequence rule
     * proposed for the assessment, else one proposed now under {@link #FAILING_RECTIFICATION}, due {@code dueOn}.
     */
    public UUID rectificationPlan(UUID assessmentId, UUID targetOrgId, UUID issuerOrgId, String title, String reason,
                                  String factSummary, java.time.LocalDate dueOn) {
        List<UUID> made = em.createQuery("select a.id from AccountabilityAction a where a.type = :t and a.ruleKey like :k "
                        + "and a.status <> :withdrawn order by a.createdAt, a.id", UUID.class)
                .setParameter("t", AccountabilityType.RECTIFICATION_PLAN).setParameter("k", "ASSESSMENT:%:" + assessmentId)
                .setParameter("withdrawn", AccountabilityStatus.WITHDRAWN).setMaxResults(1).getResultList();
        if (!made.isEmpty()) {
            return made.get(0);
        }
        UUID id = assessmentPublished(assessmentId, FAILING_RECTIFICATION, AccountabilityType.RECTIFICATION_PLAN, targetOrgId,
                issuerOrgId, title, reason, factSummary, List.of(), dueOn);
        return id != null ? id : em.createQuery("select a.id from AccountabilityAction a where a.ruleKey = :k", UUID.class)
                .setParameter("k", assessmentKey(FAILING_RECTIFICATION, assessmentId)).getSingleResult();
    }

    private static String assessmentKey(String ruleCode, UUID assessmentId) {
        return "ASSESSMENT:" + ruleCode + ":" + assessmentId;
    }

    private static List<ActionParts.Fact> facts(UUID assessmentId, String summary, List<ActionParts.Fact> more) {
        List<ActionParts.Fact> all = new java.util.ArrayList<>();
        all.add(new ActionParts.Fact(ActionParts.AccountabilityFactKind.ASSESSMENT, assessmentId, summary));
        all.addAll(more);
        return all;
    }

    /** The principal leaders and the deputy in charge of safety of the unit on the day (A5 主要/分管负责人). */
    private List<ActionParts.Person> leaders(UUID orgId, java.time.LocalDate day) {
        return posts(orgId, day, List.of("TOWNSHIP_HEAD", "LEADER_GOV_HEAD", "DEPT_HEAD", "ENTERPRISE_PRINCIPAL", "LEADER_SAFETY_DEPUTY"));
    }

    /**
     * The unit's principal leaders on the day: a township's head (乡镇长、街道办事处主任) and government head, a
     * department's head, an enterprise's principal.
     */
    private List<ActionParts.Person> heads(UUID orgId, java.time.LocalDate day) {
        return posts(orgId, day, List.of("TOWNSHIP_HEAD", "LEADER_GOV_HEAD", "DEPT_HEAD", "ENTERPRISE_PRINCIPAL"));
    }

    /** The persons holding posts of {@code kinds} at the org on the day: principals first, the safety deputy after them. */
    private List<ActionParts.Person> posts(UUID orgId, java.time.LocalDate day, List<String> kinds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.person_name, p.title, p.id from post p join post_assignment a on a.post_id = p.id
                where p.org_id = :org and p.kind in (:kinds)
                  and a.from_date <= :day and (a.to_date is null or a.to_date >= :day)
                order by p.kind = 'LEADER_SAFETY_DEPUTY', p.kind desc, p.title""").setParameter("org", orgId).setParameter("kinds", kinds).setParameter("day", day)
                .getResultList();
        return rows.stream().map(r -> new ActionParts.Person((String) r[0], (String) r[1], (UUID) r[2])).toList();
    }
}
