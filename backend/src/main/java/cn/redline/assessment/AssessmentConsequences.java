package cn.redline.assessment;

import cn.redline.accountability.AccountabilityType;
import cn.redline.accountability.ConsequenceRules;
import cn.redline.org.OrgRepository;
import cn.redline.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The scheme's consequence rules run when its results are published (§4.4 step 9): GRADE (e.g. 不合格 → 整改方案 within
 * a month of the 通报, A15) and CONSECUTIVE_GRADE (e.g. two consecutive 一般 → 约谈 of the principal leader, A7), the
 * latter counted over the published assessments of the same target in schemes of the same series, half-years and
 * years alike, ordered by their period's end. Each proposes its accountability action once per rule and assessment.
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
    Clock clock;

    /** A published assessment of the target: its scheme's period and its grade. */
    record Past(UUID schemeId, int year, AssessmentPeriod period, String grade) {
        LocalDate end() {
            return period.end(year);
        }
    }

    void run(AssessmentScheme s, List<Assessment> all) {
        LocalDate published = Times.today(clock);
        for (SchemeDefinition.ConsequenceRule r : s.definition.consequenceRules()) {
            AccountabilityType type = type(r.action());
            if (type == null) {
                continue; // an action the register does not know: nothing to propose automatically
            }
            for (Assessment a : all) {
                if (a.grade == null || !a.grade.equals(r.grade())) {
                    continue;
                }
                String label = label(s, a.grade);
                String target = orgs.findById(a.targetOrgId).name;
                switch (r.trigger()) {
                    case GRADE -> propose(s, a, r, type, published, target + s.title + "为" + label,
                            s.title + "（" + s.resultsDocNumber + "）评定" + target + "为" + label + "。");
                    case CONSECUTIVE_GRADE -> {
                        List<Past> history = history(s, a);
                        int run = 0;
                        for (Past p : history) {
                            if (!r.grade().equals(p.grade())) {
                                break;
                            }
                            run++;
                        }
                        if (run >= r.count()) {
                            List<String> names = new java.util.ArrayList<>(history.subList(0, run).stream()
                                    .map(p -> p.year() + periodName(p.period())).toList());
                            java.util.Collections.reverse(names);
                            String periods = String.join("、", names);
                            propose(s, a, r, type, published, target + "连续" + run + "次考核为" + label,
                                    periods + "考核连续" + run + "次评定为" + label + "（" + s.resultsDocNumber + "）。");
                        }
                    }
                    default -> {
                    }
                }
            }
        }
    }

    private void propose(AssessmentScheme s, Assessment a, SchemeDefinition.ConsequenceRule r, AccountabilityType type,
                         LocalDate published, String title, String reason) {
        // A15: rectification within one month of the 通报 unless the rule sets its own days
        LocalDate due = r.dueOffsetDays() > 0 ? published.plusDays(r.dueOffsetDays())
                : type == AccountabilityType.RECTIFICATION_PLAN ? published.plusMonths(1) : published.plusDays(15);
        rules.assessmentPublished(a.id, r.code(), type, a.targetOrgId, s.issuerOrgId, title,
                reason + (r.citation() == null ? "" : r.citation()), s.title + "：" + label(s, a.grade), due);
    }

    /** This assessment and the target's earlier published ones in the scheme's series, latest period first. */
    private List<Past> history(AssessmentScheme s, Assessment a) {
        List<Object[]> rows = em.createQuery("""
                        select x.id, x.year, x.period, y.grade from AssessmentScheme x, Assessment y
                        where y.schemeId = x.id and y.targetOrgId = :target and x.series = :series
                          and (x.id = :self or x.status in (:published))""", Object[].class)
                .setParameter("target", a.targetOrgId).setParameter("series", s.series).setParameter("self", s.id)
                .setParameter("published", List.of(SchemeStatus.RESULTS_PUBLISHED, SchemeStatus.CLOSED)).getResultList();
        return rows.stream().map(r -> new Past((UUID) r[0], (Integer) r[1], (AssessmentPeriod) r[2], (String) r[3]))
                .filter(p -> !p.end().isAfter(s.period.end(s.year)))
                .sorted(Comparator.comparing(Past::end).thenComparing(p -> p.period() == AssessmentPeriod.YEAR).reversed())
                .toList();
    }

    private static AccountabilityType type(String action) {
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

    private static String periodName(AssessmentPeriod p) {
        return switch (p) {
            case YEAR -> "年度";
            case FIRST_HALF -> "上半年";
            case SECOND_HALF -> "下半年";
        };
    }
}
