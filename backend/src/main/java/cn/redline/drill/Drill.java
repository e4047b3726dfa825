package cn.redline.drill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A drill an org held (§3.3), recorded after the fact; the plans it exercised decide which rules it meets. */
@Entity
@Table(name = "drill")
public class Drill {

    @Id
    public UUID id;

    /** The organiser: the drill counts for its rules. */
    @Column(name = "org_id")
    public UUID orgId;

    public String title;

    @Enumerated(EnumType.STRING)
    public DrillForm form;

    @Enumerated(EnumType.STRING)
    public DrillScope scope;

    @Enumerated(EnumType.STRING)
    public DrillStatus status;

    /** The day it was held (local date): the period it counts in. */
    @Column(name = "conducted_on")
    public LocalDate conductedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "termination_reason")
    public TerminationReason terminationReason;

    @ManyToMany
    @JoinTable(name = "drill_plan", joinColumns = @JoinColumn(name = "drill_id"), inverseJoinColumns = @JoinColumn(name = "plan_id"))
    public List<EmergencyPlan> plans = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
