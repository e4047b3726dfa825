package cn.redline.assessment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where an org stands against a control indicator (目标管理预警, A3, §4.7.3): OK below 80 % of the ceiling, WARNING from
 * 80 % up to the ceiling itself (inclusive), EXCEEDED above it. A ceiling of zero is EXCEEDED by the first unit.
 */
@Schema(name = "ControlWarningLevel")
public enum WarningLevel {
    OK, WARNING, EXCEEDED
}
