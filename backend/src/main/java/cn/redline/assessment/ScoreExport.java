package cn.redline.assessment;

import cn.redline.platform.Labels;
import cn.redline.platform.Xlsx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Every score of a scheme with its trail as an Excel workbook (§4.5 item 8), for the assessments the caller may see
 * (the issuing side all, a target its own, a scoring department those it scores): 评分明细, one row per assessment and
 * leaf indicator with the self score, the metric value and its points, the department's and the review's points, the
 * final points, who set them, when, why and on how many documents, with the target's total, grade and rank; 汇总, one
 * row per target; 评分记录, every value ever set, the superseded ones too.
 */
@ApplicationScoped
public class ScoreExport {

    @Inject
    Schemes schemes;

    @Inject
    Assessments assessments;

    public StreamingOutput workbook(UUID schemeId, Labels l) {
        AssessmentScheme s = schemes.visible(schemeId);
        ScoreLines words = new ScoreLines(s, l);
        List<AssessmentView.Explained> all = assessments.ofScheme(s.id).stream().map(v -> assessments.explain(v.id())).toList();
        List<List<Object>> detail = new ArrayList<>();
        List<List<Object>> summary = new ArrayList<>();
        List<List<Object>> trail = new ArrayList<>();
        for (AssessmentView.Explained e : all) {
            AssessmentView a = e.assessment();
            String target = a.targetOrgName();
            String group = words.group(a.group());
            Long rank = a.rank() == null ? null : (long) a.rank();
            for (ScoreLines.Line x : words.lines(e)) {
                detail.add(row(target, group, x.indicator().code(), words.indicatorPath(x.indicator()), x.maxPoints(),
                        words.method(x.indicator().method()), x.self(), x.selfDetail(), words.metric(x.metric()), x.metricValue(),
                        x.auto(), x.department(), x.departmentBy(), x.review(), x.reviewReason(), x.points(), x.setBy(), x.setAt(),
                        x.evidence(), e.score().total(), words.grade(e.score().grade()), rank));
            }
            summary.add(row(group, rank, target, l.of(a.status()), e.score().base(), e.score().scaled(), e.score().bonus(),
                    e.score().deductions(), words.adjustments(e), words.vetoes(e.score()), e.score().total(), words.grade(e.score().grade()),
                    l.text(e.score().awardBar() ? "assessmentReport.yes" : "assessmentReport.no"), a.signedBy(), a.selfSubmittedAt()));
            for (AssessmentView.ValueEntry v : e.values()) {
                trail.add(row(target, l.enumValue("AssessmentValueKind", v.kind().name()), words.subject(v), words.content(v), v.reason(),
                        (long) (v.evidence() == null ? 0 : v.evidence().size()), v.setBy(), v.setAt()));
            }
        }
        String p = "assessmentReport.scores.";
        List<Xlsx.Sheet> sheets = List.of(
                new Xlsx.Sheet(l.text(p + "sheet"), header(l, p, "target", "group", "indicatorNo", "indicator", "maxPoints", "method",
                        "self", "selfDetail", "metric", "metricValue", "auto", "department", "departmentBy", "review", "reviewReason",
                        "final", "setBy", "setAt", "evidence", "total", "grade", "rank"), detail),
                new Xlsx.Sheet(l.text(p + "summarySheet"), header(l, p, "group", "rank", "target", "status", "base", "scaled", "bonus",
                        "deductions", "adjustments", "vetoes", "total", "grade", "awardBar", "signedBy", "selfSubmittedAt"), summary),
                new Xlsx.Sheet(l.text(p + "trailSheet"), header(l, p, "target", "kind", "subject", "content", "reason", "evidence",
                        "setBy", "setAt"), trail));
        return out -> Xlsx.write(out, sheets);
    }

    private static List<String> header(Labels l, String prefix, String... keys) {
        return java.util.Arrays.stream(keys).map(k -> l.text(prefix + k)).toList();
    }

    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }
}
