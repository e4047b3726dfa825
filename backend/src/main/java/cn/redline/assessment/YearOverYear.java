package cn.redline.assessment;

import cn.redline.platform.Labels;
import cn.redline.platform.Xlsx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.StreamingOutput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The year-over-year view of a scheme's series (§4.5 item 6): for each target of the scheme the caller may see, its
 * total, grade and rank in every assessment of the series its issuer published up to this one (years and half-years
 * alike, by the period's end), with the runs the consequence rules watch — the same grade running (two consecutive
 * 一般, A7) and last place running (A8; ties at the bottom all last, a group nobody ranks below has no last place) —
 * flagged once a rule of the scheme is reached (last place twice when the scheme has no such rule). As JSON, and as an
 * Excel table in words.
 */
@ApplicationScoped
public class YearOverYear {

    @Schema(name = "AssessmentYearOverYear")
    public record View(
            @Schema(maxItems = 50, description = "The series' assessed periods, earliest first, this scheme's last") List<Period> periods,
            @Schema(maxItems = 2000) List<Target> targets) {
    }

    @Schema(name = "AssessmentYearOverYearPeriod")
    public record Period(UUID schemeId, @Schema(maxLength = 200) String title, @Schema(minimum = "2000", maximum = "2100") int year,
                         AssessmentPeriod period, @Schema(maxLength = 40, description = "The period in words: 2025年上半年") String label) {
    }

    @Schema(name = "AssessmentYearOverYearTarget")
    public record Target(
            UUID orgId,
            @Schema(maxLength = 100) String name,
            @Schema(maxLength = 40) String group,
            @Schema(maxLength = 150) String groupName,
            @Schema(maxItems = 50, description = "One per period, in the order of periods") List<Cell> cells,
            @Schema(minimum = "0", maximum = "50", description = "Latest periods running with this scheme's grade") int gradeRun,
            @Schema(description = "A CONSECUTIVE_GRADE rule of the scheme is reached (e.g. two consecutive 一般)") boolean gradeRunFlag,
            @Schema(minimum = "0", maximum = "50", description = "Latest periods running at the group's last place") int lastRun,
            @Schema(description = "A CONSECUTIVE_LAST_RANK rule is reached (last place twice without one)") boolean lastRunFlag) {
    }

    @Schema(name = "AssessmentYearOverYearCell")
    public record Cell(
            @Schema(description = "Assessed in this period") boolean assessed,
            @Schema(nullable = true, minimum = "0", maximum = "100000") BigDecimal total,
            @Schema(nullable = true, maxLength = 40) String grade,
            @Schema(nullable = true, maxLength = 40) String gradeLabel,
            @Schema(nullable = true, minimum = "1", maximum = "100000") Integer rank,
            @Schema(minimum = "0", maximum = "100000") int groupSize,
            @Schema(description = "At the group's last place (ties at the bottom all last)") boolean last,
            @Schema(description = "A veto applied") boolean vetoed) {
    }

    @Inject
    Schemes schemes;

    @Inject
    Assessments assessments;

    @Inject
    EntityManager em;

    public View of(UUID schemeId, Labels l) {
        AssessmentScheme s = schemes.visible(schemeId);
        List<AssessmentScheme> series = em.createQuery("from AssessmentScheme where issuerOrgId = :issuer and series = :series "
                        + "and (id = :self or status in :published)", AssessmentScheme.class)
                .setParameter("issuer", s.issuerOrgId).setParameter("series", s.series).setParameter("self", s.id)
                .setParameter("published", List.of(SchemeStatus.RESULTS_PUBLISHED, SchemeStatus.CLOSED)).getResultList().stream()
                .filter(x -> !x.period.end(x.year).isAfter(s.period.end(s.year)))
                .sorted(Comparator.comparing((AssessmentScheme x) -> x.period.end(x.year)).thenComparing(x -> x.period == AssessmentPeriod.YEAR)
                        .thenComparing(x -> x.id.equals(s.id)))
                .toList();
        if (series.size() > 50) {
            series = series.subList(series.size() - 50, series.size());
        }
        List<UUID> ids = series.stream().map(x -> x.id).toList();
        List<AssessmentView> mine = assessments.ofScheme(s.id);
        List<UUID> targets = mine.stream().map(AssessmentView::targetOrgId).toList();
        Map<String, Assessment> byKey = new HashMap<>();
        if (!targets.isEmpty()) {
            em.createQuery("from Assessment where schemeId in :ids and targetOrgId in :targets", Assessment.class)
                    .setParameter("ids", ids).setParameter("targets", targets).getResultList()
                    .forEach(a -> byKey.put(a.schemeId + "/" + a.targetOrgId, a));
        }
        Map<String, long[]> groups = new HashMap<>();
        for (Object[] r : em.createQuery("select a.schemeId, a.groupCode, max(a.rankInGroup), count(a) from Assessment a "
                + "where a.schemeId in :ids group by a.schemeId, a.groupCode", Object[].class).setParameter("ids", ids).getResultList()) {
            groups.put(r[0] + "/" + r[1], new long[] {r[2] == null ? 0 : ((Number) r[2]).longValue(), ((Number) r[3]).longValue()});
        }
        List<Period> periods = series.stream().map(x -> new Period(x.id, x.title, x.year, x.period,
                l.text("assessmentReport.period", Map.of("year", x.year, "period", l.of(x.period))))).toList();
        ScoreLines words = new ScoreLines(s, l);
        List<Target> out = new ArrayList<>();
        for (AssessmentView a : mine) {
            List<Cell> cells = new ArrayList<>();
            for (AssessmentScheme x : series) {
                Assessment past = byKey.get(x.id + "/" + a.targetOrgId());
                if (past == null) {
                    cells.add(new Cell(false, null, null, null, null, 0, false, false));
                    continue;
                }
                long[] g = groups.getOrDefault(x.id + "/" + past.groupCode, new long[] {0, 0});
                boolean last = past.rankInGroup != null && past.rankInGroup == g[0] && g[0] > 1;
                String label = x.definition.gradeBands().stream().filter(b -> b.code().equals(past.grade))
                        .map(SchemeDefinition.GradeBand::label).findFirst().orElse(null);
                cells.add(new Cell(true, past.total, past.grade, label, past.rankInGroup, (int) g[1], last, past.awardBar));
            }
            Cell now = cells.get(cells.size() - 1);
            int gradeRun = run(cells, c -> c.assessed() && now.grade() != null && now.grade().equals(c.grade()));
            int lastRun = run(cells, Cell::last);
            boolean gradeFlag = s.definition.consequenceRules().stream().anyMatch(r -> r.trigger() == SchemeDefinition.ConsequenceTrigger.CONSECUTIVE_GRADE
                    && r.grade() != null && r.grade().equals(now.grade()) && gradeRun >= Math.max(r.count(), 1));
            List<SchemeDefinition.ConsequenceRule> lastRules = s.definition.consequenceRules().stream()
                    .filter(r -> r.trigger() == SchemeDefinition.ConsequenceTrigger.CONSECUTIVE_LAST_RANK).toList();
            boolean lastFlag = lastRules.isEmpty() ? lastRun >= 2 : lastRules.stream().anyMatch(r -> lastRun >= Math.max(r.count(), 1));
            out.add(new Target(a.targetOrgId(), a.targetOrgName(), a.group(), words.group(a.group()), cells, gradeRun, gradeFlag, lastRun,
                    lastFlag));
        }
        return new View(periods, out);
    }

    /** How many of the latest cells running hold {@code holds}. */
    private static int run(List<Cell> cells, java.util.function.Predicate<Cell> holds) {
        int n = 0;
        for (int i = cells.size() - 1; i >= 0 && holds.test(cells.get(i)); i--) {
            n++;
        }
        return n;
    }

    /** The view as a workbook: a row per target, per period its grade, total and rank, then the runs and the flags in words. */
    public StreamingOutput workbook(UUID schemeId, Labels l) {
        View v = of(schemeId, l);
        String p = "assessmentReport.yearOverYear.";
        List<String> header = new ArrayList<>(List.of(l.text(p + "target"), l.text(p + "group")));
        for (Period period : v.periods()) {
            header.add(l.text(p + "grade", Map.of("period", period.label())));
            header.add(l.text(p + "total", Map.of("period", period.label())));
            header.add(l.text(p + "rank", Map.of("period", period.label())));
        }
        header.addAll(List.of(l.text(p + "gradeRun"), l.text(p + "lastRun"), l.text(p + "flags")));
        List<List<Object>> rows = new ArrayList<>();
        for (Target t : v.targets()) {
            List<Object> row = new ArrayList<>(List.of(t.name(), t.groupName()));
            for (Cell c : t.cells()) {
                row.add(!c.assessed() ? l.text(p + "notAssessed") : c.gradeLabel() + (c.vetoed() ? l.text(p + "vetoed") : ""));
                row.add(c.total());
                row.add(c.rank() == null ? null : l.text(p + "rankOf", Map.of("rank", c.rank(), "size", c.groupSize()))
                        + (c.last() ? l.text(p + "last") : ""));
            }
            row.add((long) t.gradeRun());
            row.add((long) t.lastRun());
            List<String> flags = new ArrayList<>();
            Cell now = t.cells().get(t.cells().size() - 1);
            if (t.gradeRunFlag()) {
                flags.add(l.text(p + "gradeRunFlag", Map.of("count", t.gradeRun(), "grade", now.gradeLabel())));
            }
            if (t.lastRunFlag()) {
                flags.add(l.text(p + "lastRunFlag", Map.of("count", t.lastRun())));
            }
            row.add(String.join("；", flags));
            rows.add(row);
        }
        String sheet = l.text(p + "sheet");
        return out -> Xlsx.write(out, sheet, header, rows);
    }
}
