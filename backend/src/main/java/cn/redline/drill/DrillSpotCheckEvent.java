package cn.redline.drill;

import cn.redline.platform.workflow.StepRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** One step in the history of a drill spot check, never changed once written. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "drill_spot_check_event")
public class DrillSpotCheckEvent extends StepRow {

    @Column(name = "record_id")
    public UUID recordId;
    @Column(name = "org_id")
    public UUID orgId;
}
