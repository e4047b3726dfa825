package cn.redline.accident;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A fault in how an accident was reported (生产安全事故报告和调查处理条例 art. 35/36): 迟报 late, 漏报 omitted,
 * 谎报 falsely reported, 瞒报 concealed. Concealment feeds the assessment's veto (ACC_CONCEALED, §4.4).
 */
@Schema(name = "ReportingIssue")
public enum ReportingIssue {
    LATE, OMITTED, FALSE_REPORT, CONCEALED
}
