package cn.redline.drill;

import cn.redline.org.Org;
import cn.redline.platform.Labels;
import cn.redline.platform.Pdf;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Times;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The drill summary report (演练总结报告, D19, §3.6 item 5) as PDF: 演练目的, 时间地点, 参演单位与人员, 方案概要 (with the
 * drill's course from its timeline), 问题与原因, 经验教训, 改进建议 (with the plan revisions and re-drills owed). Written
 * with {@link DrillPdf} as the evaluation report is, in words only. A drill is summed up once it was held.
 */
@ApplicationScoped
public class SummaryReport {

    /** The states of a drill that was held (or stopped while held). */
    static final Set<DrillStatus> HELD = EnumSet.of(DrillStatus.CONDUCTED, DrillStatus.TERMINATED, DrillStatus.EVALUATED,
            DrillStatus.CLOSED);
    static final int TIMELINE_MAX = 500;

    @Inject
    Drills drills;

    @Inject
    DrillEvaluations evaluations;

    @Inject
    DrillFindings findings;

    @Inject
    DrillFollowUps followUps;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Pdf pdf;

    public byte[] render(UUID drillId, Labels l) {
        Drill d = drills.visible(drillId);
        if (!HELD.contains(d.status)) {
            throw ProblemException.conflict("A drill is summed up once it was held; this one is " + d.status);
        }
        DrillEvaluation e = evaluations.of(d.id).orElse(null);
        Org org = em.find(Org.class, d.orgId);
        List<DrillFinding> found = findings.ofDrill(d.id);
        List<DrillTimelineEntry> course = em.createQuery("from DrillTimelineEntry where drillId = :d order by occurredAt, id",
                DrillTimelineEntry.class).setParameter("d", d.id).setMaxResults(TIMELINE_MAX).getResultList();
        String none = l.text("drillEvaluationReport.none");
        return cn.redline.platform.PdfReports.render(pdf.font(), l.text("drillSummaryReport.title"), (doc, f) -> {
            DrillPdf.cover(doc, f, d.title, l.text("drillSummaryReport.title"), List.of(
                    l.text("drillEvaluationReport.organiser") + "：" + org.name,
                    l.text("drillEvaluationReport.heldOn") + "：" + (d.conductedOn == null ? "—" : d.conductedOn),
                    l.text("drillSummaryReport.written") + "：" + Times.today(clock)));
            doc.newPage();

            Pdf.section(doc, l.text("drillSummaryReport.purpose"), f.heading());
            doc.add(new Paragraph(d.purpose == null ? DrillPdf.classes(d, l)
                    : l.text("drillSummaryReport.purposeText", Map.of("purpose", l.of(d.purpose))), f.body()));
            if (d.objectives.isEmpty()) {
                doc.add(new Paragraph(l.text("drillSummaryReport.noObjectives"), f.body()));
            } else {
                PdfPTable goals = Pdf.grid(f.bold(), new float[] {0.7f, 2f, 4f, 3f, 3f}, List.of(l.text("drillEvaluationReport.no"),
                        l.text("drillSummaryReport.who"), l.text("drillSummaryReport.task"), l.text("drillSummaryReport.standard"),
                        l.text("drillSummaryReport.effect")));
                int n = 0;
                for (DrillObjective o : d.objectives) {
                    Pdf.row(goals, f.body(), String.valueOf(++n), o.who(), o.task(), o.standard(), o.effect());
                }
                doc.add(goals);
            }

            Pdf.section(doc, l.text("drillSummaryReport.timePlace"), f.heading());
            doc.add(Pdf.table(f.body(),
                    l.text("drillEvaluationReport.heldOn"), d.conductedOn == null ? null : d.conductedOn.toString(),
                    l.text("drillEvaluationReport.time"), DrillPdf.span(d.actualStart, d.actualEnd),
                    l.text("drillSummaryReport.place"), d.scenario == null ? null : d.scenario.place(),
                    l.text("drillEvaluationReport.status"), DrillPdf.status(d, l)));

            Pdf.section(doc, l.text("drillSummaryReport.participants"), f.heading());
            DrillPeople people = d.roles == null ? DrillPeople.none() : d.roles;
            doc.add(Pdf.table(f.body(),
                    l.text("drillEvaluationReport.organiser"), org.name,
                    l.text("drillSummaryReport.commander"), people.commander() == null ? null : people.commander().name(),
                    l.text("drillSummaryReport.planner"), people.planner() == null ? null : people.planner().name(),
                    l.text("drillSummaryReport.evaluators"), DrillPdf.joined(people.evaluators().stream(), DrillPeople.Person::name),
                    l.text("drillSummaryReport.plannedHeadcount"), d.plannedHeadcount == null ? null : String.valueOf(d.plannedHeadcount),
                    l.text("drillEvaluationReport.headcount"), d.actualHeadcount == null ? null : String.valueOf(d.actualHeadcount)));
            if (e != null && !e.team.isEmpty()) {
                Pdf.section(doc, l.text("drillSummaryReport.evaluationTeam"), f.bold());
                doc.add(EvaluationReport.team(e, l, f));
            }

            Pdf.section(doc, l.text("drillSummaryReport.outline"), f.heading());
            DrillScenario s = d.scenario;
            doc.add(Pdf.table(f.body(),
                    l.text("drillEvaluationReport.drill"), d.title,
                    l.text("drillEvaluationReport.form"), DrillPdf.classes(d, l),
                    l.text("drillEvaluationReport.plans"), DrillPdf.joined(d.plans.stream(), p -> p.title + "（" + l.of(p.kind) + "）"),
                    l.text("drillSummaryReport.eventType"), s == null ? null : s.eventType(),
                    l.text("drillSummaryReport.development"), s == null ? null : s.development(),
                    l.text("drillSummaryReport.affectedArea"), s == null ? null : s.affectedArea(),
                    l.text("drillSummaryReport.peopleAndMaterials"), s == null ? null : s.peopleAndMaterials(),
                    l.text("drillSummaryReport.weather"), s == null ? null : s.weather()));
            Pdf.section(doc, l.text("drillSummaryReport.course"), f.bold());
            if (course.isEmpty()) {
                doc.add(new Paragraph(none, f.body()));
            } else {
                PdfPTable log = Pdf.grid(f.bold(), new float[] {2f, 1.4f, 6f, 1.6f}, List.of(l.text("drillSummaryReport.at"),
                        l.text("drillSummaryReport.kind"), l.text("drillSummaryReport.text"), l.text("drillSummaryReport.author")));
                course.forEach(t -> Pdf.row(log, f.body(), DrillPdf.time(t.occurredAt), l.of(t.kind), t.text, t.authorName));
                doc.add(log);
            }

            Pdf.section(doc, l.text("drillSummaryReport.problems"), f.heading());
            DrillPdf.problems(doc, f, l, found);

            Pdf.section(doc, l.text("drillSummaryReport.lessons"), f.heading());
            if (e == null) {
                doc.add(new Paragraph(l.text("drillSummaryReport.notEvaluated"), f.body()));
            } else {
                doc.add(Pdf.table(f.body(),
                        l.text("drillEvaluationReport.conclusion"), e.conclusion == null ? null : l.of(e.conclusion),
                        l.text("drillEvaluationReport.strengths"), e.strengths));
                EvaluationReport.debrief(doc, e, l, f);
            }

            Pdf.section(doc, l.text("drillSummaryReport.recommendations"), f.heading());
            DrillPdf.recommendations(doc, f, l, found, em);
            List<String> owed = new ArrayList<>();
            followUps.ofDrill(d.id).forEach(u -> owed.add(u.reason(l)));
            if (!owed.isEmpty()) {
                Pdf.section(doc, l.text("drillSummaryReport.followUps"), f.bold());
                for (String line : owed) {
                    doc.add(new Paragraph("• " + line, f.body()));
                }
            }
        });
    }
}
