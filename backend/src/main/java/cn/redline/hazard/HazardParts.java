package cn.redline.hazard;

import cn.redline.hazard.HazardEnums.AcceptorKind;
import cn.redline.hazard.HazardEnums.SupervisionLevel;
import cn.redline.org.OrgView.OrgRef;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The parts of a ticket that workflow steps fill in, each embedded in the hazard row (same columns) and shown as the
 * matching nested record of {@link HazardView}. A part whose columns are all empty loads as null: not there yet.
 */
public final class HazardParts {

    private HazardParts() {
    }

    /** 五落实: measures, funds, deadline, responsible person, emergency plan. */
    @Embeddable
    public static class Plan {
        @Column(name = "plan_measures")
        public String measures;
        @Column(name = "plan_funds")
        public BigDecimal funds;
        @Column(name = "plan_deadline")
        public LocalDate deadline;
        @Column(name = "plan_responsible_person")
        public String responsiblePerson;
        @Column(name = "plan_emergency_plan")
        public String emergencyPlan;

        public boolean complete() {
            return notBlank(measures) && funds != null && deadline != null && notBlank(responsiblePerson)
                    && notBlank(emergencyPlan);
        }

        HazardView.FiveMustsView view() {
            return new HazardView.FiveMustsView(measures, funds, deadline, responsiblePerson, emergencyPlan, complete());
        }
    }

    /** 挂牌督办: listed by a supervising org with a document number, signed off by the enterprise. */
    @Embeddable
    public static class Supervision {
        @Enumerated(EnumType.STRING)
        @Column(name = "supervision_level")
        public SupervisionLevel level;
        @Column(name = "supervision_org_id")
        public UUID orgId;
        @Column(name = "supervision_doc_number")
        public String documentNumber;
        @Column(name = "supervision_listed_at")
        public OffsetDateTime listedAt;
        @Column(name = "supervision_signed_at")
        public OffsetDateTime signedAt;
        @Column(name = "supervision_signed_by")
        public String signedBy;

        HazardView.SupervisionView view(OrgRef issuedBy) {
            return new HazardView.SupervisionView(level, issuedBy, documentNumber, listedAt, signedAt, signedBy);
        }
    }

    /** A pending request to move the deadline. */
    @Embeddable
    public static class Extension {
        @Column(name = "extension_deadline")
        public LocalDate requestedDeadline;
        @Column(name = "extension_reason")
        public String reason;
        @Column(name = "extension_requested_at")
        public OffsetDateTime requestedAt;

        HazardView.ExtensionView view() {
            return new HazardView.ExtensionView(requestedDeadline, reason, requestedAt);
        }
    }

    /** 验收: who accepted the rectification, with their opinion. */
    @Embeddable
    public static class Acceptance {
        @Enumerated(EnumType.STRING)
        @Column(name = "acceptor_kind")
        public AcceptorKind acceptorKind;
        @Column(name = "acceptor_name")
        public String acceptorName;
        @Column(name = "acceptance_opinion")
        public String opinion;
        @Column(name = "accepted_at")
        public OffsetDateTime acceptedAt;

        HazardView.AcceptanceView view() {
            return new HazardView.AcceptanceView(acceptorKind, acceptorName, opinion, acceptedAt);
        }
    }

    /** Verified effective (or not) after closing: a separate fact from closure. */
    @Embeddable
    public static class Effectiveness {
        @Column(name = "effective")
        public Boolean effective;
        @Column(name = "effectiveness_note")
        public String note;
        @Column(name = "effectiveness_checked_at")
        public OffsetDateTime checkedAt;

        HazardView.EffectivenessView view() {
            return new HazardView.EffectivenessView(Boolean.TRUE.equals(effective), note, checkedAt);
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
