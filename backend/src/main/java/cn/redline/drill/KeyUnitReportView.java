package cn.redline.drill;

import cn.redline.org.EmergencyKeyCategory;
import cn.redline.org.OrgView;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KeyUnitReports", description = "Key-unit half-year drill reports received by the regulator (§3.6 item 4, D2)")
public record KeyUnitReportView(
        @Schema(maxLength = 7) String half,
        LocalDate first,
        LocalDate last,
        @Schema(minimum = "0", maximum = "1000", description = "Days after a drill's end its report is on time") int reportDays,
        @Schema(maxItems = 5000) List<Unit> items) {

    /** How a key unit stands for the half. */
    public enum KeyUnitReportStatus {
        /** A held drill reported within the allowed days. */
        RECEIVED,
        /** Reported, but later than the allowed days after the drill ended. */
        LATE,
        /** Drilled, not reported yet, still within the allowed days after the drill ended. */
        DUE,
        /** Drilled, not reported within the allowed days after the drill ended. */
        MISSING,
        /** No held drill in the half. */
        NO_DRILL
    }

    @Schema(name = "KeyUnitReport", description = "One emergency key unit: its held drills of the half and whether they were reported")
    public record Unit(
            OrgView.OrgRef org,
            @Schema(nullable = true, maxLength = 40) String industry,
            EmergencyKeyCategory emergencyKeyCategory,
            KeyUnitReportStatus status,
            @Schema(nullable = true, minimum = "-100000", maximum = "100000", description = "RECEIVED, LATE: days from the drill's "
                    + "end to its report; DUE, MISSING: days since the drill ended; NO_DRILL: null")
            Integer days,
            @Schema(maxItems = 100) List<KeyUnitDrill> drills) {
    }

    @Schema(name = "KeyUnitDrill", description = "A held drill of a key unit in the half, with its report to the regulator")
    public record KeyUnitDrill(
            @Schema(format = "uuid") UUID id,
            @Schema(maxLength = 200) String title,
            LocalDate conductedOn,
            @Schema(nullable = true, format = "date-time") OffsetDateTime actualEnd,
            @Schema(nullable = true, format = "date-time") OffsetDateTime reportedToRegulatorAt,
            KeyUnitReportStatus status,
            @Schema(minimum = "-100000", maximum = "100000", description = "Days from the drill's end to its report, or to today when unreported")
            int days) {
    }
}
