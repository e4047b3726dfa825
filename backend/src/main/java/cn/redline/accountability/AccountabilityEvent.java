package cn.redline.accountability;

import cn.redline.platform.workflow.StepRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** One step in the history of an accountability action, never changed once written. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "accountability_event")
public class AccountabilityEvent extends StepRow {

    @Column(name = "record_id")
    public UUID recordId;
    @Column(name = "org_id")
    public UUID orgId;
}
