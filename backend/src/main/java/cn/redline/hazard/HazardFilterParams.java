package cn.redline.hazard;

import cn.redline.hazard.HazardEnums.Level;
import cn.redline.hazard.HazardEnums.Source;
import cn.redline.hazard.HazardEnums.State;
import cn.redline.hazard.HazardEnums.SupervisionLevel;
import cn.redline.platform.ProblemException;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The list filters, shared by the list and its Excel export. */
public class HazardFilterParams {

    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    @Parameter(description = "One or more states")
    @QueryParam("state")
    @Size(max = 6)
    public List<State> state;

    @QueryParam("level")
    public Level level;

    @QueryParam("industry")
    @Size(max = 40)
    public String industry;

    @Parameter(description = "Tickets in this region's subtree")
    @QueryParam("territoryId")
    public UUID territoryId;

    @QueryParam("enterpriseId")
    public UUID enterpriseId;

    @QueryParam("overdue")
    public Boolean overdue;

    @QueryParam("supervisionLevel")
    public SupervisionLevel supervisionLevel;

    @QueryParam("source")
    public Source source;

    @Parameter(description = "Deadline on or after (YYYY-MM-DD)")
    @QueryParam("deadlineFrom")
    @Size(max = 10)
    @Pattern(regexp = DATE)
    public String deadlineFrom;

    @Parameter(description = "Deadline on or before (YYYY-MM-DD)")
    @QueryParam("deadlineTo")
    @Size(max = 10)
    @Pattern(regexp = DATE)
    public String deadlineTo;

    @Parameter(description = "Reported on or after (local date)")
    @QueryParam("reportedFrom")
    @Size(max = 10)
    @Pattern(regexp = DATE)
    public String reportedFrom;

    @Parameter(description = "Reported on or before (local date)")
    @QueryParam("reportedTo")
    @Size(max = 10)
    @Pattern(regexp = DATE)
    public String reportedTo;

    @Parameter(description = "Title contains, or the exact ticket code")
    @QueryParam("q")
    @Size(min = 1, max = 100)
    public String q;

    HazardRepository.Filter toFilter() {
        LocalDate from = date("reportedFrom", reportedFrom);
        LocalDate to = date("reportedTo", reportedTo);
        return new HazardRepository.Filter(state, level, industry, null, enterpriseId, overdue, supervisionLevel, source,
                date("deadlineFrom", deadlineFrom), date("deadlineTo", deadlineTo),
                from == null ? null : from.atStartOfDay(HazardService.ZONE).toOffsetDateTime(),
                to == null ? null : to.plusDays(1).atStartOfDay(HazardService.ZONE).toOffsetDateTime(),
                q == null || q.isBlank() ? null : q.strip());
    }

    static LocalDate date(String field, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "is not a valid date");
        }
    }
}
