package cn.redline.hazard;

import cn.redline.hazard.HazardEnums.Level;
import cn.redline.hazard.HazardEnums.Source;
import cn.redline.hazard.HazardEnums.State;
import cn.redline.hazard.HazardEnums.SupervisionLevel;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The list filters, shared by the list and its Excel export. */
public class HazardFilterParams {

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
    public LocalDate deadlineFrom;

    @Parameter(description = "Deadline on or before (YYYY-MM-DD)")
    @QueryParam("deadlineTo")
    public LocalDate deadlineTo;

    @Parameter(description = "Reported on or after (local date)")
    @QueryParam("reportedFrom")
    public LocalDate reportedFrom;

    @Parameter(description = "Reported on or before (local date)")
    @QueryParam("reportedTo")
    public LocalDate reportedTo;

    @Parameter(description = "true: a deadline extension was requested and awaits a decision; false: none is pending")
    @QueryParam("extensionRequested")
    public Boolean extensionRequested;

    @Parameter(description = "Title contains, or the exact ticket code")
    @QueryParam("q")
    @Size(min = 1, max = 100)
    public String q;

    HazardRepository.Filter toFilter() {
        return new HazardRepository.Filter(state, level, industry, null, enterpriseId, overdue, supervisionLevel, source,
                deadlineFrom, deadlineTo,
                cn.redline.platform.Times.startOf(reportedFrom),
                cn.redline.platform.Times.after(reportedTo),
                q == null || q.isBlank() ? null : q.strip(), extensionRequested);
    }
}
