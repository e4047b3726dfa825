package cn.redline.assessment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a veto early warning (§4.7.3, A3 目标管理预警) is about: a control indicator at 80 % of its ceiling or over it,
 * an overdue major hazard, or a metric veto rule of an open assessment that the live value nears or already meets.
 */
@Schema(name = "VetoWarningKind")
public enum VetoWarningKind { CONTROL_INDICATOR, OVERDUE_MAJOR_HAZARD, VETO_RULE }
