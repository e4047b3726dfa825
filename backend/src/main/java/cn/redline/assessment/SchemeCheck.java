package cn.redline.assessment;

import cn.redline.assessment.SchemeDefinition.AdjustmentKind;
import cn.redline.assessment.SchemeDefinition.GradeBand;
import cn.redline.assessment.SchemeDefinition.Indicator;
import cn.redline.assessment.SchemeDefinition.IndicatorType;
import cn.redline.assessment.SchemeDefinition.TargetGroup;
import cn.redline.platform.Problem;
import cn.redline.platform.ProblemException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is wrong with a scheme's definition. {@link #structure} (checked on every save): references that do not resolve,
 * duplicate codes, a leaf without what its method needs. {@link #publication} (the §4.3 publish guard): the points
 * must add up to baseTotal in every group (and the PROCESS/RESULT parts to their weights), parents must equal their
 * children, and the grade bands must run from the highest down to a lowest band at 0.
 */
public final class SchemeCheck {

    private SchemeCheck() {
    }

    /** The leaves (indicators no other names as parent), in the definition's order. */
    public static List<Indicator> leaves(SchemeDefinition d) {
        Set<String> parents = new HashSet<>();
        d.indicators().forEach(i -> {
            if (i.parent() != null) {
                parents.add(i.parent());
            }
        });
        return d.indicators().stream().filter(i -> !parents.contains(i.code())).toList();
    }

    /** The bands from the highest lower bound down. */
    public static List<GradeBand> bandsDescending(SchemeDefinition d) {
        return d.gradeBands().stream().sorted(Comparator.comparing(GradeBand::lowerBound).reversed()).toList();
    }

    /** Structural errors, each naming its field; empty when the definition can be stored as a draft. */
    public static List<Problem.FieldError> structure(SchemeDefinition d) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> groups = unique(d.targetGroups().stream().map(TargetGroup::code).toList(), "targetGroups", errors);
        for (int i = 0; i < d.targetGroups().size(); i++) {
            TargetGroup g = d.targetGroups().get(i);
            if (g.orgKind() == null && (g.orgIds() == null || g.orgIds().isEmpty())) {
                errors.add(err("targetGroups[" + i + "]", "names an orgKind or orgIds"));
            }
        }
        Set<String> codes = unique(d.indicators().stream().map(Indicator::code).toList(), "indicators", errors);
        Map<String, String> parentOf = new LinkedHashMap<>();
        d.indicators().forEach(i -> parentOf.put(i.code(), i.parent()));
        List<Indicator> leaves = leaves(d);
        for (int n = 0; n < d.indicators().size(); n++) {
            Indicator ind = d.indicators().get(n);
            String f = "indicators[" + n + "]";
            if (ind.parent() != null && !codes.contains(ind.parent())) {
                errors.add(err(f + ".parent", "names no indicator of the scheme: " + ind.parent()));
            } else if (cyclic(ind.code(), parentOf)) {
                errors.add(err(f + ".parent", "makes a cycle"));
            }
            if (ind.appliesToGroups() != null) {
                ind.appliesToGroups().stream().filter(g -> !groups.contains(g))
                        .forEach(g -> errors.add(err(f + ".appliesToGroups", "names no target group: " + g)));
            }
            if (leaves.contains(ind)) {
                leafStructure(ind, f, errors);
            }
        }
        Set<String> bands = unique(d.gradeBands().stream().map(GradeBand::code).toList(), "gradeBands", errors);
        unique(d.vetoRules().stream().map(SchemeDefinition.VetoRule::code).toList(), "vetoRules", errors);
        for (int n = 0; n < d.vetoRules().size(); n++) {
            SchemeDefinition.VetoRule v = d.vetoRules().get(n);
            String f = "vetoRules[" + n + "]";
            if (v.manual() && v.metric() != null) {
                errors.add(err(f + ".metric", "a manual veto has no metric condition"));
            }
            if (!v.manual() && (v.metric() == null || v.comparison() == null
                    || (v.threshold() == null) == (v.thresholdMetric() == null))) {
                errors.add(err(f, "a metric veto needs metric, comparison and either threshold or thresholdMetric"));
            }
        }
        unique(d.adjustmentRules().stream().map(SchemeDefinition.AdjustmentRule::code).toList(), "adjustmentRules", errors);
        for (int n = 0; n < d.adjustmentRules().size(); n++) {
            SchemeDefinition.AdjustmentRule a = d.adjustmentRules().get(n);
            String f = "adjustmentRules[" + n + "]";
            if (a.kind() == AdjustmentKind.FALSIFICATION_DOWNGRADE ? a.steps() < 1 : a.points() == null) {
                errors.add(err(f, a.kind() == AdjustmentKind.FALSIFICATION_DOWNGRADE ? "a downgrade lowers by at least 1 step"
                        : "a bonus or deduction needs points"));
            }
        }
        unique(d.consequenceRules().stream().map(SchemeDefinition.ConsequenceRule::code).toList(), "consequenceRules", errors);
        for (int n = 0; n < d.consequenceRules().size(); n++) {
            SchemeDefinition.ConsequenceRule c = d.consequenceRules().get(n);
            String f = "consequenceRules[" + n + "]";
            switch (c.trigger()) {
                case CONSECUTIVE_GRADE, GRADE -> {
                    if (c.grade() == null || !bands.contains(c.grade())) {
                        errors.add(err(f + ".grade", "names no grade band of the scheme"));
                    }
                }
                case ACCIDENT -> {
                    if (c.accidentLevel() == null) {
                        errors.add(err(f + ".accidentLevel", "is required for an ACCIDENT trigger"));
                    }
                }
                default -> {
                }
            }
            if ((c.trigger() == SchemeDefinition.ConsequenceTrigger.CONSECUTIVE_GRADE
                    || c.trigger() == SchemeDefinition.ConsequenceTrigger.CONSECUTIVE_LAST_RANK) && c.count() < 2) {
                errors.add(err(f + ".count", "a consecutive rule counts at least 2 assessments"));
            }
        }
        if ((d.processWeight() == null) != (d.resultWeight() == null)) {
            errors.add(err("processWeight", "process and result weights are set together"));
        }
        return errors;
    }

    private static void leafStructure(Indicator ind, String f, List<Problem.FieldError> errors) {
        if (ind.maxPoints() == null) {
            errors.add(err(f + ".maxPoints", "a leaf indicator needs its points"));
        }
        if (ind.method() == null) {
            errors.add(err(f + ".method", "a leaf indicator needs its method"));
            return;
        }
        switch (ind.method()) {
            case MANUAL_DEDUCT -> unique(ind.deductionRulesOrEmpty().stream().map(SchemeDefinition.DeductionRule::code).toList(),
                    f + ".deductionRules", errors);
            case AUTO_METRIC -> {
                if (ind.metricCode() == null) {
                    errors.add(err(f + ".metricCode", "an AUTO_METRIC indicator reads a metric of the catalogue"));
                }
                if (ind.mapping() == null) {
                    errors.add(err(f + ".mapping", "an AUTO_METRIC indicator maps its metric to points"));
                } else {
                    var m = ind.mapping();
                    boolean ok = switch (m.kind()) {
                        case STEPS -> !m.stepsOrEmpty().isEmpty();
                        case LINEAR -> m.zeroAt() != null && m.fullAt() != null && m.zeroAt().compareTo(m.fullAt()) != 0;
                        case DEDUCT_PER_UNIT -> m.perUnit() != null;
                    };
                    if (!ok) {
                        errors.add(err(f + ".mapping", switch (m.kind()) {
                            case STEPS -> "STEPS needs steps";
                            case LINEAR -> "LINEAR needs zeroAt and fullAt, different";
                            case DEDUCT_PER_UNIT -> "DEDUCT_PER_UNIT needs perUnit";
                        }));
                    }
                }
            }
            case CHECKLIST -> {
                if (ind.checklistOrEmpty().isEmpty()) {
                    errors.add(err(f + ".checklist", "a CHECKLIST indicator lists its items"));
                }
                unique(ind.checklistOrEmpty().stream().map(SchemeDefinition.ChecklistItem::code).toList(), f + ".checklist", errors);
            }
            case DEPARTMENT_SCORED -> {
            }
        }
    }

    /**
     * Why the scheme cannot be published: 422 {@code scheme-points-mismatch} naming the group or part whose points do
     * not add up (with every mismatch as a field error), else 422 {@code unprocessable} with the other field errors.
     */
    public static void requirePublishable(SchemeDefinition d) {
        List<Problem.FieldError> structural = structure(d);
        if (!structural.isEmpty()) {
            throw ProblemException.invalid(structural);
        }
        List<Mismatch> mismatches = mismatches(d);
        if (!mismatches.isEmpty()) {
            Mismatch first = mismatches.get(0);
            Problem p = Problem.of(422, "scheme-points-mismatch", "Points do not add up",
                    first.what() + ": leaf points add up to " + Scoring.plain(first.sum()) + ", not "
                            + Scoring.plain(first.expected()));
            throw new ProblemException(new Problem(p.type(), p.title(), 422, p.detail(), null, p.code(),
                    mismatches.stream().map(m -> new Problem.FieldError(m.field(), "points_mismatch",
                            m.what() + ": " + Scoring.plain(m.sum()) + " ≠ " + Scoring.plain(m.expected()))).toList(),
                    null, Map.of("what", first.what(), "sum", Scoring.plain(first.sum()),
                            "expected", Scoring.plain(first.expected()))));
        }
        List<Problem.FieldError> other = incomplete(d);
        if (!other.isEmpty()) {
            Problem p = Problem.of(422, "unprocessable", "Unprocessable request", "The scheme is not complete: "
                    + other.get(0).field() + " " + other.get(0).message());
            throw new ProblemException(new Problem(p.type(), p.title(), 422, p.detail(), null, other, null));
        }
    }

    /** A sum that should equal an expected total. */
    public record Mismatch(String field, String what, BigDecimal sum, BigDecimal expected) {
    }

    /** Every group (and weighted part) whose leaf points differ from what they must add up to; parents vs children. */
    public static List<Mismatch> mismatches(SchemeDefinition d) {
        List<Mismatch> out = new ArrayList<>();
        List<Indicator> leaves = leaves(d);
        boolean weighted = d.processWeight() != null && d.resultWeight() != null;
        if (weighted && d.processWeight().add(d.resultWeight()).compareTo(d.baseTotal()) != 0) {
            out.add(new Mismatch("resultWeight", "processWeight + resultWeight", d.processWeight().add(d.resultWeight()),
                    d.baseTotal()));
        }
        for (TargetGroup g : d.targetGroups()) {
            List<Indicator> mine = leaves.stream().filter(i -> i.appliesTo(g.code()) && i.maxPoints() != null).toList();
            BigDecimal sum = sum(mine);
            if (d.rescale()) {
                if (sum.signum() <= 0) {
                    out.add(new Mismatch("indicators", "group " + g.code(), sum, d.baseTotal()));
                }
                continue;
            }
            if (sum.compareTo(d.baseTotal()) != 0) {
                out.add(new Mismatch("indicators", "group " + g.code(), sum, d.baseTotal()));
            } else if (weighted) {
                BigDecimal process = sum(mine.stream().filter(i -> i.type() != IndicatorType.RESULT).toList());
                BigDecimal result = sum(mine.stream().filter(i -> i.type() == IndicatorType.RESULT).toList());
                if (process.compareTo(d.processWeight()) != 0) {
                    out.add(new Mismatch("processWeight", "PROCESS leaves of group " + g.code(), process, d.processWeight()));
                }
                if (result.compareTo(d.resultWeight()) != 0) {
                    out.add(new Mismatch("resultWeight", "RESULT leaves of group " + g.code(), result, d.resultWeight()));
                }
            }
        }
        for (int n = 0; n < d.indicators().size(); n++) {
            Indicator parent = d.indicators().get(n);
            List<Indicator> children = d.indicators().stream().filter(i -> parent.code().equals(i.parent())).toList();
            if (!children.isEmpty() && parent.maxPoints() != null && children.stream().allMatch(c -> c.maxPoints() != null)) {
                BigDecimal sum = sum(children);
                if (sum.compareTo(parent.maxPoints()) != 0) {
                    out.add(new Mismatch("indicators[" + n + "].maxPoints", "children of " + parent.code(), sum,
                            parent.maxPoints()));
                }
            }
        }
        return out;
    }

    /** Besides the points: groups, leaves and bands present, bands from the top down to 0, mapping steps within points. */
    static List<Problem.FieldError> incomplete(SchemeDefinition d) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (d.targetGroups().isEmpty()) {
            errors.add(err("targetGroups", "a scheme targets at least one group"));
        }
        if (leaves(d).isEmpty()) {
            errors.add(err("indicators", "a scheme has at least one indicator"));
        }
        List<GradeBand> bands = d.gradeBands();
        if (bands.isEmpty()) {
            errors.add(err("gradeBands", "a scheme has at least one grade band"));
        } else {
            for (int i = 1; i < bands.size(); i++) {
                if (bands.get(i).lowerBound().compareTo(bands.get(i - 1).lowerBound()) >= 0) {
                    errors.add(err("gradeBands[" + i + "].lowerBound", "bands run from the highest lower bound down, each lower"));
                }
            }
            if (bands.get(bands.size() - 1).lowerBound().signum() != 0) {
                errors.add(err("gradeBands[" + (bands.size() - 1) + "].lowerBound", "the lowest band starts at 0"));
            }
            if (bands.get(0).lowerBound().compareTo(d.baseTotal().add(d.bonusCap())) > 0) {
                errors.add(err("gradeBands[0].lowerBound", "no total can reach it"));
            }
        }
        for (int n = 0; n < d.indicators().size(); n++) {
            Indicator i = d.indicators().get(n);
            if (i.mapping() != null && i.maxPoints() != null && i.mapping().stepsOrEmpty().stream()
                    .anyMatch(s -> s.points().compareTo(i.maxPoints()) > 0)) {
                errors.add(err("indicators[" + n + "].mapping.steps", "a step gives more than the indicator's points"));
            }
            if (i.method() == SchemeDefinition.IndicatorMethod.DEPARTMENT_SCORED
                    && (i.scoringOrgIds() == null || i.scoringOrgIds().isEmpty())) {
                errors.add(err("indicators[" + n + "].scoringOrgIds", "a DEPARTMENT_SCORED indicator names its departments"));
            }
        }
        return errors;
    }

    private static BigDecimal sum(List<Indicator> indicators) {
        return indicators.stream().map(Indicator::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean cyclic(String code, Map<String, String> parentOf) {
        Set<String> seen = new HashSet<>();
        String at = code;
        while (at != null) {
            if (!seen.add(at)) {
                return true;
            }
            at = parentOf.get(at);
        }
        return false;
    }

    private static Set<String> unique(List<String> codes, String field, List<Problem.FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (String c : codes) {
            if (!seen.add(c)) {
                errors.add(err(field, "code " + c + " is used twice"));
            }
        }
        return seen;
    }

    private static Problem.FieldError err(String field, String message) {
        return new Problem.FieldError(field, message);
    }
}
