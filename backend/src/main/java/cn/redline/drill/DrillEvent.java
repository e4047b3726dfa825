package cn.redline.drill;

import cn.redline.platform.workflow.StepRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** One step in the history of a drill or a yearly drill plan, never changed once written. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "drill_event")
public class DrillEvent extends StepRow {

    static final String DRILL = "DRILL";
    static final String YEAR_PLAN = "YEAR_PLAN";

    @Column(name = "record_kind")
    public String recordKind;
    @Column(name = "record_id")
    public UUID recordId;
    @Column(name = "org_id")
    public UUID orgId;
}
