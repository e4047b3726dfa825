package cn.redline.assessment;

import cn.redline.accountability.AccountabilityType;
import cn.redline.accountability.ActionParts;
import cn.redline.accountability.ConsequenceRules;
import cn.redline.org.Org;
import cn.redline.org.OrgRepository;
import cn.redline.platform.Labels;
import cn.redline.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The scheme's consequence rules run when its results are published (§4.4 step 9), each proposing its accountability
 * action once per rule and assessment, with the assessment (and the records behind it) as the facts:
 * <ul>
 * <li>GRADE: e.g. 不合格 → 整改方案 within a month of the 通报 (A15);</li>
 * <li>CONSECUTIVE_GRADE: e.g. two consecutive 一般 → 约谈 of the principal leader (A7);</li>
 * <li>CONSECUTIVE_LAST_RANK: last of its group n times running → 说明情况 (A8); ties share the rank, so every target
 * tied at the bottom is last; a group where nobody ranks below anybody (one target, or all tied) has no last place;</li>
 * <li>VETO: the vetoed target's principal leader and safety deputy are held accountable, and each is barred from
 * awards and promotion from the publication for the rule's days (one year by default, the 影响期; A5, A6);</li>
 * <li>HAZARD_SUPERVISION_OVERDUE: major hazards listed for supervision (挂牌督办) in the target's scope still open more
 * than the rule's days past their deadline on publication → 约谈告诫 (A10).</li>
 * </ul>
 * "Consecutive" counts the published assessments of the same target in schemes of the same series, half-years and
 * years alike, ordered by their period's end. ACCIDENT (A9) is not run here: the register summons the township head
 * when the accident is recorded ({@link ConsequenceRules}), not months later.
 */
@ApplicationScoped
public class AssessmentConsequences {

    @Inject
    EntityManager em;

    @Inject
    ConsequenceRules rules;

    @Inject
    OrgRepository orgs;

    @Inject
    OverdueMajors overdueMajors;

    @Inject
    Clock clock;

    /** A published assessment of the target: its scheme's period, its grade, and whether it was last of its group. */
    record Past(UUID schemeId, int year, AssessmentPeriod period, String grade, String group, Integer rank, Integer groupSize,
                boolean last) {
        LocalDate end() {
            return period.end(year);
        }

        String name() {
            return year + periodName(period);
        }
    }

    void run(AssessmentScheme s, List<Assessment> all, Function<Assessment, ScoreResult> score) {
        LocalDate published = Times.today(clock);
        for (SchemeDefinition.ConsequenceRule r : s.definition.consequenceRules()) {
            AccountabilityType type = type(r.action());
            if (type == null) {
                continue; // an action the register does not know: nothing to propose automatically
            }
            for (Assessment a : all) {
                String target = orgs.findById(a.targetOrgId).name;
                switch (r.trigger()) {
                    case GRADE -> {
                        if (r.grade().equals(a.grade)) {
                            String label = label(s, a.grade);
                            propose(s, a, r, type, published, target + s.title + "为" + label,
                                    s.title + "（" + s.resultsDocNumber + "）评定" + target + "为" + label + "。", List.of());
                        }
                    }
                    case CONSECUTIVE_GRADE -> {
                        List<Past> run = run(history(s, a), p -> r.grade().equals(p.grade()));
                        if (r.grade().equals(a.grade) && run.size() >= r.count()) {
                            String label = label(s, a.grade);
                            propose(s, a, r, type, published, target + "连续" + run.size() + "次考核为" + label,
                                    periods(run) + "考核连续" + run.size() + "次评定为" + label + "（" + s.resultsDocNumber + "）。", List.of());
                        }
                    }
                    case CONSECUTIVE_LAST_RANK -> {
                        List<Past> run = run(history(s, a), p -> p.last() && a.groupCode.equals(p.group()));
                        if (run.size() >= r.count()) {
                            Past now = run.get(0);
                            propose(s, a, r, type, published, target + "连续" + run.size() + "次考核排名末位",
                                    periods(run) + "考核" + target + "连续" + run.size() + "次在" + groupName(s, a.groupCode) + "中排名末位（本次第"
                                            + now.rank() + "名，共" + now.groupSize() + "个）（" + s.resultsDocNumber + "）。", List.of());
                        }
                    }
                    case VETO -> {
                        ScoreResult scored = a.awardBar ? score.apply(a) : null;
                        if (scored != null && !scored.vetoes().isEmpty()) {
                            veto(s, a, r, type, published, target, scored);
                        }
                    }
                    case HAZARD_SUPERVISION_OVERDUE -> {
                        Org org = orgs.findById(a.targetOrgId);
                        List<OverdueMajors.Overdue> late = overdueMajors.of(org, published, r.days(), true);
                        if (!late.isEmpty()) {
                            List<ActionParts.Fact> facts = late.stream().limit(19).map(h -> new ActionParts.Fact(
                                    ActionParts.AccountabilityFactKind.HAZARD, h.id(), h.code() + " " + h.title() + "（整改期限" + h.deadline()
                                            + "，逾期" + h.daysOverdue() + "天）")).toList();
                            propose(s, a, r, type, published, target + "挂牌督办重大事故隐患逾期未整改",
                                    "截至" + Labels.chinese(published) + "，" + target + "辖区（行业）内" + late.size() + "项挂牌督办的重大事故隐患逾期"
                                            + (r.days() > 0 ? "超过" + r.days() + "天" : "") + "未整改。", facts);
                        }
                    }
                    default -> {
                    }
                }
            }
        }
    }

    /** The 整改方案 action tracking a failing target's rectification (A15), the rule's or one proposed now. */
    UUID rectificationPlan(AssessmentScheme s, Assessment a) {
        LocalDate published = Times.today(clock);
        String target = orgs.findById(a.targetOrgId).name;
        String label = label(s, a.grade);
        return rules.rectificationPlan(a.id, a.targetOrgId, s.issuerOrgId, target + s.title + "为" + label + "：限期整改",
                s.title + "（" + s.resultsDocNumber + "）评定" + target + "为" + label + "，应自通报之日起一个月内提出整改措施并书面报告整改情况"
                        + "（GB64）。",
                s.title + "：" + label + (a.rankInGroup == null ? "" : "，第" + a.rankInGroup + "名"), published.plusMonths(1));
    }

    private void veto(AssessmentScheme s, Assessment a, SchemeDefinition.ConsequenceRule r, AccountabilityType type, LocalDate published,
                      String target, ScoreResult scored) {
        List<String> names = scored.vetoes().stream().map(v -> s.definition.vetoRules().stream().filter(x -> x.code().equals(v.rule()))
                .map(SchemeDefinition.VetoRule::name).findFirst().orElse(v.rule())).toList();
        // the 影响期: the rule's days from the publication, one year when it sets none
        LocalDate barTo = r.days() > 0 ? published.plusDays(r.days() - 1L) : published.plusYears(1).minusDays(1);
        rules.vetoed(a.id, r.code(), type, a.targetOrgId, s.issuerOrgId, target + s.title + "被一票否决",
                s.title + "（" + s.resultsDocNumber + "）对" + target + "一票否决：" + String.join("；", names) + "。主要负责人、分管负责人"
                        + Labels.chinese(published) + "至" + Labels.chinese(barTo) + "不得评先评优、提拔任用。" + citation(r),
                s.title + "：一票否决", due(r, type, published), published, barTo);
    }

    private void propose(AssessmentScheme s, Assessment a, SchemeDefinition.ConsequenceRule r, AccountabilityType type,
                         LocalDate published, String title, String reason, List<ActionParts.Fact> moreFacts) {
        rules.assessmentPublished(a.id, r.code(), type, a.targetOrgId, s.issuerOrgId, title, reason + citation(r),
                s.title + "：" + (a.grade == null ? "" : label(s, a.grade)) + (a.rankInGroup == null ? "" : "，第" + a.rankInGroup + "名"),
                moreFacts, due(r, type, published));
    }

    /** A15: rectification within one month of the 通报 unless the rule sets its own days; 15 days for the others. */
    private static LocalDate due(SchemeDefinition.ConsequenceRule r, AccountabilityType type, LocalDate published) {
        return r.dueOffsetDays() > 0 ? published.plusDays(r.dueOffsetDays())
                : type == AccountabilityType.RECTIFICATION_PLAN ? published.plusMonths(1) : published.plusDays(15);
    }

    private static String citation(SchemeDefinition.ConsequenceRule r) {
        return r.citation() == null ? "" : r.citation();
    }

    /** The leading run of {@code history} (latest first) that {@code holds}. */
    private static List<Past> run(List<Past> history, Predicate<Past> holds) {
        int n = 0;
        while (n < history.size() && holds.test(history.get(n))) {
            n++;
        }
        return history.subList(0, n);
    }

    /** The run's periods, earliest first: 2024年度、2025上半年. */
    private static String periods(List<Past> run) {
        List<String> names = new ArrayList<>(run.stream().map(Past::name).toList());
        Collections.reverse(names);
        return String.join("、", names);
    }

    /** This assessment and the target's earlier published ones in the scheme's series, latest period first. */
    private List<Past> history(AssessmentScheme s, Assessment a) {
        List<Object[]> rows = em.createQuery("""
                        select x.id, x.year, x.period, y.grade, y.groupCode, y.rankInGroup,
                               (select max(z.rankInGroup) from Assessment z where z.schemeId = x.id and z.groupCode = y.groupCode),
                               (select count(z) from Assessment z where z.schemeId = x.id and z.groupCode = y.groupCode)
                        from AssessmentScheme x, Assessment y
                        where y.schemeId = x.id and y.targetOrgId = :target and x.series = :series
                          and (x.id = :self or x.status in (:published))""", Object[].class)
                .setParameter("target", a.targetOrgId).setParameter("series", s.series).setParameter("self", s.id)
                .setParameter("published", List.of(SchemeStatus.RESULTS_PUBLISHED, SchemeStatus.CLOSED)).getResultList();
        return rows.stream().map(r -> {
                    Integer rank = (Integer) r[5];
                    Integer worst = (Integer) r[6];
                    // last: the group's worst rank, below somebody (a lone target or an all-tied group has no last place)
                    boolean last = rank != null && rank.equals(worst) && worst > 1;
                    return new Past((UUID) r[0], (Integer) r[1], (AssessmentPeriod) r[2], (String) r[3], (String) r[4], rank,
                            ((Number) r[7]).intValue(), last);
                })
                .filter(p -> !p.end().isAfter(s.period.end(s.year)))
                .sorted(Comparator.comparing(Past::end).thenComparing(p -> p.period() == AssessmentPeriod.YEAR).reversed())
                .toList();
    }

    /** The register's kind of a rule's action; null for one it does not know. */
    static AccountabilityType type(String action) {
        try {
            return AccountabilityType.valueOf(action.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String label(AssessmentScheme s, String grade) {
        return s.definition.gradeBands().stream().filter(b -> b.code().equals(grade)).map(SchemeDefinition.GradeBand::label)
                .findFirst().orElse(grade);
    }

    private static String groupName(AssessmentScheme s, String group) {
        return s.definition.targetGroups().stream().filter(g -> g.code().equals(group)).map(SchemeDefinition.TargetGroup::name)
                .findFirst().orElse(group);
    }

    private static String periodName(AssessmentPeriod p) {
        return switch (p) {
            case YEAR -> "年度";
            case FIRST_HALF -> "上半年";
            case SECOND_HALF -> "下半年";
        };
    }
}
