package cn.redline.assessment;

import cn.redline.accountability.AccountabilityType;
import cn.redline.assessment.SchemeDefinition.Indicator;
import cn.redline.org.Org;
import cn.redline.org.OrgRepository;
import cn.redline.platform.Labels;
import cn.redline.platform.Pdf;
import cn.redline.platform.PdfReports;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The scheme as the document its issuer publishes (考核办法 / 实施方案, §4.5 item 1): title, 文号, the period and its
 * deadlines, the target groups, the indicator tree with points, 考核方式, 评分标准 and 数据来源, the grade bands, the
 * vetoes, the bonuses and deductions with the bonus cap, and the consequences, in sentences an official reads; a draft
 * says so. For whoever may read the scheme. Words only: names from the scheme and labels, never codes or ids.
 */
@ApplicationScoped
public class SchemeDocument {

    private static final String D = "schemeDocument.";
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    @Inject
    Schemes schemes;

    @Inject
    OrgRepository orgs;

    @Inject
    Pdf pdf;

    /** The file name: the scheme's title. */
    String fileName(UUID schemeId) {
        return schemes.visible(schemeId).title + ".pdf";
    }

    public byte[] render(UUID schemeId, Labels l) {
        AssessmentScheme s = schemes.visible(schemeId);
        SchemeDefinition d = s.definition;
        ScoreLines words = new ScoreLines(s, l);
        Org issuer = orgs.findById(s.issuerOrgId);
        return PdfReports.render(pdf.font(), s.title, (doc, f) -> {
            Paragraph from = new Paragraph(issuer.name, f.heading());
            from.setAlignment(Element.ALIGN_CENTER);
            doc.add(from);
            Paragraph head = new Paragraph(s.title, f.title());
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingBefore(6);
            doc.add(head);
            Paragraph number = new Paragraph(s.status == SchemeStatus.DRAFT ? l.text(D + "draft")
                    : s.docNumber == null ? "" : s.docNumber, f.heading());
            number.setAlignment(Element.ALIGN_CENTER);
            number.setSpacingAfter(12);
            doc.add(number);
            text(doc, f.body(), l.text(D + "intro", Map.of("issuer", issuer.name, "period", words.period())));

            int n = 0;
            Pdf.section(doc, chapter(l, n++, "targets"), f.heading());
            PdfPTable groups = Pdf.grid(f.bold(), new float[] {2.2f, 1.2f, 6f}, List.of(l.text(D + "group"), l.text(D + "tier"),
                    l.text(D + "targetsOfGroup")));
            for (SchemeDefinition.TargetGroup g : d.targetGroups()) {
                Pdf.row(groups, f.body(), g.name(), g.tier(), targets(g, issuer, l));
            }
            doc.add(groups);

            Pdf.section(doc, chapter(l, n++, "schedule"), f.heading());
            SchemeDefinition.Deadlines dl = d.deadlines();
            doc.add(Pdf.table(f.body(),
                    l.text(D + "period"), l.text(D + "periodSpan", Map.of("period", words.period(), "from", l.date(MetricSnapshots.from(s)),
                            "to", l.date(s.period.end(s.year)))),
                    l.text(D + "cutoff"), l.date(s.cutoff()),
                    l.text(D + "selfDue"), day(l, dl == null ? null : dl.selfAssessmentDue()),
                    l.text(D + "reviewDue"), day(l, dl == null ? null : dl.reviewDue()),
                    l.text(D + "objections"), dl == null || dl.objectionDays() == 0 ? l.text(D + "noObjectionWindow")
                            : l.text(D + "objectionDays", Map.of("days", dl.objectionDays())),
                    l.text(D + "publishBy"), day(l, dl == null ? null : dl.publishBy())));

            Pdf.section(doc, chapter(l, n++, "indicators"), f.heading());
            text(doc, f.body(), points(d, l));
            PdfPTable tree = Pdf.grid(f.bold(), new float[] {0.8f, 2.8f, 0.8f, 1.5f, 4.4f, 3f}, List.of(l.text(D + "no"),
                    l.text(D + "content"), l.text(D + "maxPoints"), l.text(D + "method"), l.text(D + "criteria"), l.text(D + "source")));
            for (Map.Entry<Indicator, Integer> e : words.tree(null)) {
                Indicator i = e.getKey();
                String name = "　".repeat(e.getValue()) + i.name();
                boolean leaf = d.indicators().stream().noneMatch(c -> i.code().equals(c.parent()));
                if (!leaf) {
                    Pdf.row(tree, f.bold(), i.code(), name, ScoreLines.number(i.maxPoints()), null, null, i.citation());
                    continue;
                }
                Pdf.row(tree, f.body(), i.code(), name, ScoreLines.number(i.maxPoints()),
                        i.type() == null ? words.method(i.method()) : l.text(D + "methodAndType", Map.of("method", dash(words.method(i.method())),
                                "type", l.enumValue("AssessmentIndicatorType", i.type().name()))),
                        ScoreLines.joined(criteria(i, words, l), applies(i, words, l)), source(i, words, l));
            }
            doc.add(tree);

            Pdf.section(doc, chapter(l, n++, "grades"), f.heading());
            text(doc, f.body(), grades(d, l));

            Pdf.section(doc, chapter(l, n++, "vetoes"), f.heading());
            if (d.vetoRules().isEmpty()) {
                text(doc, f.body(), l.text(D + "noVeto"));
            }
            int k = 0;
            for (SchemeDefinition.VetoRule v : d.vetoRules()) {
                text(doc, f.body(), item(k++) + l.text(D + "vetoRule", Map.of("name", v.name(), "condition", condition(v, words, l),
                        "effect", l.enumValue("AssessmentVetoEffect", v.effect().name()))) + cite(v.citation(), l));
            }

            Pdf.section(doc, chapter(l, n++, "adjustments"), f.heading());
            k = 0;
            for (SchemeDefinition.AdjustmentRule a : d.adjustmentRules()) {
                text(doc, f.body(), item(k++) + adjustment(a, words, l) + cite(a.citation(), l));
            }
            text(doc, f.body(), d.bonusCap().signum() == 0 ? l.text(D + "noBonus")
                    : l.text(D + "bonusCap", Map.of("cap", ScoreLines.number(d.bonusCap()))));

            Pdf.section(doc, chapter(l, n++, "consequences"), f.heading());
            if (d.consequenceRules().isEmpty()) {
                text(doc, f.body(), l.text(D + "noConsequence"));
            }
            k = 0;
            for (SchemeDefinition.ConsequenceRule r : d.consequenceRules()) {
                text(doc, f.body(), item(k++) + consequence(r, words, l) + cite(r.citation(), l));
            }

            PdfReports.signature(doc, f, issuer.name, s.publishedAt == null ? null
                    : l.date(s.publishedAt.atZoneSameInstant(cn.redline.platform.Times.ZONE).toLocalDate()));
        });
    }

    private static void text(Document doc, Font font, String text) throws DocumentException {
        Paragraph p = new Paragraph(text, font);
        p.setFirstLineIndent(18);
        p.setSpacingAfter(3);
        doc.add(p);
    }

    /** 一、考核对象 (Chinese numerals), 1. Targets in English. */
    private static String chapter(Labels l, int n, String key) {
        String no = Labels.ZH.equals(l.language()) ? NUMERALS[Math.min(n, NUMERALS.length - 1)] + "、" : (n + 1) + ". ";
        return no + l.text(D + "chapter." + key);
    }

    /** （一）（二）… as items of a chapter. */
    private static String item(int k) {
        return "（" + NUMERALS[Math.min(k, NUMERALS.length - 1)] + "）";
    }

    private static String day(Labels l, LocalDate d) {
        return l.date(d);
    }

    private static String cite(String citation, Labels l) {
        return citation == null || citation.isBlank() ? "" : l.text(D + "citation", Map.of("citation", citation));
    }

    /** Who a group assesses: the issuer's direct subordinates of a kind, and the units named one by one. */
    private String targets(SchemeDefinition.TargetGroup g, Org issuer, Labels l) {
        List<String> parts = new ArrayList<>();
        if (g.orgKind() != null) {
            parts.add(l.text(D + "byKind", Map.of("issuer", issuer.name, "kind", l.of(g.orgKind()))));
        }
        if (g.orgIds() != null && !g.orgIds().isEmpty()) {
            parts.add(g.orgIds().stream().map(this::name).collect(Collectors.joining("、")));
        }
        return String.join("；", parts);
    }

    private String name(UUID org) {
        Org o = orgs.findById(org);
        return o == null ? "—" : o.name;
    }

    /** 满分100分，其中过程考核60分、结果考核40分；单独赋分…；扣完为止；保留2位小数。 */
    private static String points(SchemeDefinition d, Labels l) {
        List<String> parts = new ArrayList<>();
        parts.add(l.text(D + "baseTotal", Map.of("points", ScoreLines.number(d.baseTotal()))));
        if (d.processWeight() != null && d.resultWeight() != null) {
            parts.add(l.text(D + "weights", Map.of("process", ScoreLines.number(d.processWeight()), "result", ScoreLines.number(d.resultWeight()))));
        }
        if (d.rescale()) {
            parts.add(l.text(D + "rescale", Map.of("points", ScoreLines.number(d.baseTotal()))));
        }
        parts.add(l.text(D + "floor"));
        parts.add(l.text(D + "rounding", Map.of("decimals", d.scale())));
        return String.join("", parts);
    }

    /** 评分标准 in words: the deduction rules, the checklist, the metric's mapping, or who scores it. */
    private String criteria(Indicator i, ScoreLines words, Labels l) {
        if (i.method() == null) {
            return null;
        }
        return switch (i.method()) {
            case MANUAL_DEDUCT -> {
                List<String> rules = i.deductionRulesOrEmpty().stream().map(r -> r.when() + l.text(D + (r.perOccurrence() ? "perOccurrence" : "once"),
                        Map.of("points", ScoreLines.number(r.points())))).toList();
                yield (rules.isEmpty() ? "" : String.join("；", rules) + "；") + l.text(D + "untilZero");
            }
            case CHECKLIST -> i.checklistOrEmpty().stream().map(c -> l.text(D + "checklistItem", Map.of("text", c.text(),
                    "points", ScoreLines.number(c.points())))).collect(Collectors.joining("；"));
            case AUTO_METRIC -> mapping(i, words, l);
            case DEPARTMENT_SCORED -> l.text(D + "departmentScored", Map.of("departments", departments(i, l)));
        };
    }

    private String departments(Indicator i, Labels l) {
        return i.scoringOrgIds() == null || i.scoringOrgIds().isEmpty() ? l.text(D + "someDepartment")
                : i.scoringOrgIds().stream().map(this::name).collect(Collectors.joining("、"));
    }

    /** How the metric becomes points: the steps, the straight line, or the deduction per unit. */
    private static String mapping(Indicator i, ScoreLines words, Labels l) {
        SchemeDefinition.MetricMapping m = i.mapping();
        String metric = words.metric(i.metricCode());
        if (m == null || i.metricCode() == null) {
            return metric;
        }
        return switch (m.kind()) {
            case STEPS -> m.stepsOrEmpty().stream().map(st -> l.text(D + "step", Map.of("metric", metric,
                            "value", words.metricValue(i.metricCode(), st.atLeast()), "points", ScoreLines.number(st.points()))))
                    .collect(Collectors.joining("；")) + "；" + l.text(D + "belowSteps");
            case LINEAR -> l.text(D + "linear", Map.of("metric", metric, "zero", words.metricValue(i.metricCode(), m.zeroAt()),
                    "full", words.metricValue(i.metricCode(), m.fullAt())));
            case DEDUCT_PER_UNIT -> l.text(D + "perUnit", Map.of("metric", metric, "points", ScoreLines.number(m.perUnit())));
        };
    }

    /** 数据来源: the metric and its definition, the self-assessment with or without documents, or the scoring departments. */
    private String source(Indicator i, ScoreLines words, Labels l) {
        if (i.method() == null) {
            return i.citation();
        }
        String from = switch (i.method()) {
            case AUTO_METRIC -> i.metricCode() == null ? null : l.text(D + "fromMetric", Map.of("metric", words.metric(i.metricCode()),
                    "definition", l.text("assessmentMetric." + i.metricCode().name())));
            case MANUAL_DEDUCT, CHECKLIST -> l.text(D + (i.evidenceRequired() ? "selfWithEvidence" : "selfReviewed"));
            case DEPARTMENT_SCORED -> l.text(D + "fromDepartments", Map.of("departments", departments(i, l)));
        };
        return ScoreLines.joined(from, i.citation() == null || i.citation().isBlank() ? null
                : l.text(D + "citation", Map.of("citation", i.citation())));
    }

    private static String applies(Indicator i, ScoreLines words, Labels l) {
        return i.appliesToGroups() == null || i.appliesToGroups().isEmpty() ? null
                : l.text(D + "appliesTo", Map.of("groups", i.appliesToGroups().stream().map(words::group).collect(Collectors.joining("、"))));
    }

    /** 总分90分及以上为优秀；80分及以上、不足90分为良好；…；不足60分为不合格。 */
    private static String grades(SchemeDefinition d, Labels l) {
        List<SchemeDefinition.GradeBand> bands = SchemeCheck.bandsDescending(d);
        List<String> parts = new ArrayList<>();
        for (int b = 0; b < bands.size(); b++) {
            SchemeDefinition.GradeBand band = bands.get(b);
            String lower = ScoreLines.number(band.lowerBound());
            if (b == 0) {
                parts.add(l.text(D + "gradeTop", Map.of("lower", lower, "grade", band.label())));
            } else if (band.lowerBound().signum() == 0) {
                parts.add(l.text(D + "gradeBottom", Map.of("upper", ScoreLines.number(bands.get(b - 1).lowerBound()), "grade", band.label())));
            } else {
                parts.add(l.text(D + "gradeBand", Map.of("lower", lower, "upper", ScoreLines.number(bands.get(b - 1).lowerBound()),
                        "grade", band.label())));
            }
        }
        return String.join("；", parts) + l.text(D + "gradeNote");
    }

    /** A veto's condition: set by the assessment group, or the metric compared with a number or with another metric. */
    private static String condition(SchemeDefinition.VetoRule v, ScoreLines words, Labels l) {
        if (v.manual() || v.metric() == null || v.comparison() == null) {
            return l.text(D + "manualVeto");
        }
        String against = v.thresholdMetric() != null ? words.metric(v.thresholdMetric())
                : words.metricValue(v.metric(), v.threshold() == null ? BigDecimal.ZERO : v.threshold());
        return l.text(D + "metricVeto", Map.of("metric", words.metric(v.metric()), "comparison", l.enumValue("AssessmentComparison", v.comparison().name()), "against", against));
    }

    private static String adjustment(SchemeDefinition.AdjustmentRule a, ScoreLines words, Labels l) {
        String counted = a.metric() == null ? "" : l.text(D + "countedFrom", Map.of("metric", words.metric(a.metric())));
        return switch (a.kind()) {
            case BONUS, DEDUCTION -> l.text(D + (a.kind() == SchemeDefinition.AdjustmentKind.BONUS ? "bonus" : "deduction"),
                    Map.of("name", a.name(), "points", ScoreLines.number(a.points() == null ? BigDecimal.ZERO : a.points())))
                    + (a.maxTotal() == null ? "" : l.text(D + "maxTotal", Map.of("points", ScoreLines.number(a.maxTotal())))) + counted + "。";
            case FALSIFICATION_DOWNGRADE -> l.text(D + "downgrade", Map.of("name", a.name(), "steps", a.steps())) + counted + "。";
        };
    }

    /** 连续2次评定为一般的，约谈主要负责人，公布结果后30日内完成。 */
    private static String consequence(SchemeDefinition.ConsequenceRule r, ScoreLines words, Labels l) {
        String when = switch (r.trigger()) {
            case GRADE -> l.text(D + "when.GRADE", Map.of("grade", dash(words.grade(r.grade()))));
            case CONSECUTIVE_GRADE -> l.text(D + "when.CONSECUTIVE_GRADE", Map.of("count", Math.max(r.count(), 1),
                    "grade", dash(words.grade(r.grade()))));
            case CONSECUTIVE_LAST_RANK -> l.text(D + "when.CONSECUTIVE_LAST_RANK", Map.of("count", Math.max(r.count(), 1)));
            case VETO -> l.text(D + "when.VETO");
            case ACCIDENT -> l.text(D + "when.ACCIDENT", Map.of("level", r.accidentLevel() == null ? l.of(cn.redline.accident.AccidentLevel.GENERAL)
                    : l.of(r.accidentLevel())));
            case HAZARD_SUPERVISION_OVERDUE -> l.text(D + "when.HAZARD_SUPERVISION_OVERDUE", Map.of("days", r.days()));
        };
        AccountabilityType type = r.action() == null ? null : AssessmentConsequences.type(r.action());
        String addressee = l.find(D + "addressee." + r.addressee());
        Map<String, String> args = Map.of("addressee", addressee == null ? r.addressee() : addressee, "action", String.valueOf(r.action()));
        // an action the register knows in its own words (约谈…, 由…制定整改方案); another as the scheme names it
        String what = l.text(D + (type == null ? "then" : "action." + type.name()), args);
        String due = r.dueOffsetDays() > 0 ? l.text(D + "dueDays", Map.of("days", r.dueOffsetDays()))
                : l.text(D + (type == AccountabilityType.RECTIFICATION_PLAN ? "dueMonth" : "dueDefault"));
        String bars = r.trigger() == SchemeDefinition.ConsequenceTrigger.VETO
                ? (r.days() > 0 ? l.text(D + "barDays", Map.of("days", r.days())) : l.text(D + "barYear")) : "";
        return when + what + bars + due;
    }

    private static String dash(String s) {
        return s == null ? "—" : s;
    }
}
