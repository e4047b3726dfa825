package cn.redline.duty.list;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a control indicator (控制指标, L14) caps: accidents, deaths, larger accidents, injuries, direct loss (10k CNY). */
@Schema(name = "IndicatorMetric")
public enum IndicatorMetric {
    ACC_COUNT, ACC_DEATHS, ACC_LARGER, ACC_INJURIES, ACC_DIRECT_LOSS
}
