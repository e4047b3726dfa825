package cn.redline.duty.list;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A 控制指标 of a list (L14): a ceiling of a metric, within the ceiling of the parent list's indicator when it has one. */
@Entity
@Table(name = "control_indicator")
public class ControlIndicator {

    @Id
    public UUID id;

    @Column(name = "list_id")
    public UUID listId;

    @Enumerated(EnumType.STRING)
    public IndicatorMetric metric;

    public BigDecimal ceiling;

    @Column(name = "parent_indicator_id")
    public UUID parentIndicatorId;
}
