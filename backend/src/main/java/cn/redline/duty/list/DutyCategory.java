package cn.redline.duty.list;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What kind of duty an item is (§2.2); the 五个专门 of S2 (L8) map onto MEETING, STUDY, INSPECTION, HAZARD, REPORTING. */
@Schema(name = "DutyCategory")
public enum DutyCategory {
    MEETING, STUDY, INSPECTION, HAZARD, EMERGENCY, TRAINING, INVESTMENT, DEPLOYMENT, REPORTING, ASSESSMENT, OTHER
}
