package cn.redline.duty.list;

import cn.redline.duty.PeriodType;
import cn.redline.org.OrgView;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API shapes of responsibility lists. */
public final class ListViews {

    private ListViews() {
    }

    @Schema(name = "ResponsibilityListSummary", description = "A list version as the paged list shows it")
    public record Summary(
            @Schema(format = "uuid") UUID id,
            @Schema(maxLength = 40, example = "QD2026-3F2A9C01") String code,
            @Schema(format = "uuid") UUID lineageId,
            @Schema(minimum = "1", maximum = "1000") int versionNo,
            @Schema(minimum = "2000", maximum = "2100") int year,
            HolderKind holderKind,
            @Schema(format = "uuid") UUID holderPostId,
            @Schema(maxLength = 100) String holderPostTitle,
            OrgView.OrgRef holderOrg,
            OrgView.OrgRef issuingOrg,
            @Schema(maxLength = 200) String title,
            ListStatus status,
            @Schema(nullable = true, maxLength = 100) String docNumber,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            Publicity publicity,
            @Schema(description = "A handover of the holder post is unacknowledged past its due date") boolean atRisk,
            OffsetDateTime updatedAt) {
    }

    @Schema(name = "ResponsibilityListPage")
    public record Page(@Schema(maxItems = 200) List<Summary> items,
                       @Schema(nullable = true, maxLength = 512) String nextCursor) {
    }

    @Schema(name = "DutyItem", description = "A duty of a list version; itemKey is stable across versions")
    public record Item(
            @Schema(format = "uuid") UUID id,
            @Schema(format = "uuid", description = "Stable across versions while the duty is unchanged; obligations hang on it")
            UUID itemKey,
            @Schema(minimum = "1", maximum = "1000") int seq,
            DutyCategory category,
            @Schema(maxLength = 1000) String text,
            @Schema(maxItems = 10) List<@Size(max = 200) String> legalBasis,
            @Schema(nullable = true) PeriodType periodType,
            @Schema(nullable = true, minimum = "1", maximum = "1000") Integer minCount,
            @Schema(nullable = true, maxLength = 100) String qualifier,
            @Schema(nullable = true) LocalDate dueDate,
            @Schema(minimum = "0", maximum = "366") int graceDays,
            @Schema(minimum = "0", maximum = "366") int atRiskDays,
            @Schema(nullable = true) EvidenceSpec evidenceSpec,
            Verification verification,
            @Schema(nullable = true, maxLength = 60) String metricCode,
            @Schema(nullable = true, maxLength = 500) String autoCriteria) {

        static Item of(DutyItem i) {
            return new Item(i.id, i.itemKey, i.seq, i.category, i.text, i.legalBasis, i.periodType, i.minCount, i.qualifier,
                    i.dueDate, i.graceDays, i.atRiskDays, i.evidenceSpec, i.verification, i.metricCode, i.autoCriteria);
        }
    }

    @Schema(name = "ListSignature")
    public record Signature(SignatureRole role, @Schema(maxLength = 100) String personName,
                            @Schema(maxLength = 255) String personRef, @Schema(format = "uuid", nullable = true) UUID postId,
                            OffsetDateTime signedAt, LocalDate signDate, SignatureMethod method,
                            @Schema(maxLength = 64) String docHash) {

        static Signature of(ListSignature s) {
            return new Signature(s.role, s.personName, s.personRef, s.postId, s.signedAt, s.signDate, s.method, s.docHash);
        }
    }

    @Schema(name = "ControlIndicator")
    public record Indicator(@Schema(format = "uuid") UUID id, IndicatorMetric metric,
                            @Schema(minimum = "0", maximum = "999999999999") BigDecimal ceiling,
                            @Schema(format = "uuid", nullable = true) UUID parentIndicatorId,
                            @Schema(nullable = true, minimum = "0", maximum = "999999999999",
                                    description = "The parent indicator's ceiling") BigDecimal parentCeiling) {
    }

    @Schema(name = "ListHandover")
    public record Handover(@Schema(format = "uuid") UUID id, @Schema(format = "uuid") UUID postId,
                           @Schema(nullable = true, maxLength = 100) String fromPerson,
                           @Schema(maxLength = 100) String toPerson, LocalDate handoverDate, LocalDate dueDate,
                           @Schema(maxItems = 2000) List<@Size(max = 120) String> openObligations,
                           @Schema(nullable = true) OffsetDateTime acknowledgedAt,
                           @Schema(nullable = true, maxLength = 255) String acknowledgedBy,
                           @Schema(description = "Unacknowledged past its due date") boolean overdue) {

        static Handover of(ListHandover h, LocalDate today) {
            return new Handover(h.id, h.postId, h.fromPerson, h.toPerson, h.handoverDate, h.dueDate, h.openObligations,
                    h.acknowledgedAt, h.acknowledgedBy, h.acknowledgedAt == null && today.isAfter(h.dueDate));
        }
    }

    @Schema(name = "ResponsibilityList", description = "A list version with items, indicators, signatures, handovers "
            + "and the actions the caller may take")
    public record Detail(
            @Schema(format = "uuid") UUID id,
            @Schema(maxLength = 40) String code,
            @Schema(format = "uuid") UUID lineageId,
            @Schema(minimum = "1", maximum = "1000") int versionNo,
            @Schema(format = "uuid", nullable = true) UUID supersedesId,
            @Schema(minimum = "2000", maximum = "2100") int year,
            HolderKind holderKind,
            @Schema(format = "uuid") UUID holderPostId,
            @Schema(maxLength = 100) String holderPostTitle,
            @Schema(nullable = true, maxLength = 50, description = "Who holds the post today; null when vacant")
            String currentHolder,
            OrgView.OrgRef holderOrg,
            OrgView.OrgRef issuingOrg,
            @Schema(format = "uuid", nullable = true) UUID templateId,
            @Schema(nullable = true, minimum = "1", maximum = "1000") Integer templateVersion,
            @Schema(maxLength = 200) String title,
            ListStatus status,
            @Schema(nullable = true, maxLength = 100) String docNumber,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            Publicity publicity,
            @Schema(nullable = true, maxLength = 500) String revisionReason,
            @Schema(nullable = true, maxLength = 500) String returnReason,
            @Schema(nullable = true) OffsetDateTime publishedAt,
            @Schema(nullable = true) OffsetDateTime signedAt,
            boolean atRisk,
            @Schema(maxItems = 1000) List<Item> items,
            @Schema(maxItems = 10) List<Indicator> indicators,
            @Schema(maxItems = 2) List<Signature> signatures,
            @Schema(maxItems = 100) List<Handover> handovers,
            @Schema(maxItems = 20) List<ListAction> allowedActions,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            @Schema(minimum = "0", maximum = "9223372036854775807") long version) {
    }

    @Schema(name = "ListHistoryEntry")
    public record Event(@Schema(minimum = "1", maximum = "9223372036854775807") long seq, OffsetDateTime at,
                        @Schema(maxLength = 255) String actorName, @Schema(nullable = true, maxLength = 60) String actorOrgCode,
                        @Schema(maxLength = 30) String action, @Schema(nullable = true) ListStatus fromState,
                        ListStatus toState, @Schema(nullable = true, maxLength = 1000) String comment,
                        @Schema(nullable = true) java.util.Map<String, Object> data) {

        static Event of(ListEvent e) {
            return new Event(e.seq, e.at, e.actorName, e.actorOrgCode, e.action, e.fromState, e.toState, e.comment, e.data);
        }
    }

    @Schema(name = "ListHistory")
    public record History(@Schema(maxItems = 10000) List<Event> items) {
    }
}
