// Generated from ../openapi.yaml by scripts/gen-enums.mjs (npm run gen:api); do not edit.
import type { components } from './schema';

type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const acceptorKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AcceptorKind"]> = ["SUPERVISING_DEPARTMENT", "THIRD_PARTY"];
export const accidentBulkStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AccidentBulkStatus"]> = ["CREATED", "EXISTING", "INVALID"];
export const accidentLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AccidentLevel"]> = ["GENERAL", "LARGER", "MAJOR", "ESPECIALLY_MAJOR"];
export const accidentSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AccidentSource"]> = ["MANUAL", "INTEGRATION"];
export const actionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Action"]> = ["CONFIRM", "REJECT", "FIX_ON_SPOT", "SET_FIVE_MUSTS", "START_RECTIFICATION", "SUBMIT_FOR_ACCEPTANCE", "ACCEPT", "SEND_BACK", "REQUEST_EXTENSION", "APPROVE_EXTENSION", "REFUSE_EXTENSION", "LIST_FOR_SUPERVISION", "SIGN_OFF_LISTING", "VERIFY_EFFECTIVENESS"];
export const assessmentAdjustmentKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AssessmentAdjustmentKind"]> = ["BONUS", "DEDUCTION", "FALSIFICATION_DOWNGRADE"];
export const assessmentComparisonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AssessmentComparison"]> = ["GT", "GE", "EQ", "LE", "LT"];
export const assessmentConsequenceTriggerValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AssessmentConsequenceTrigger"]> = ["CONSECUTIVE_GRADE", "CONSECUTIVE_LAST_RANK", "GRADE", "VETO", "ACCIDENT", "HAZARD_SUPERVISION_OVERDUE"];
export const assessmentIndicatorMethodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AssessmentIndicatorMethod"]> = ["MANUAL_DEDUCT", "AUTO_METRIC", "CHECKLIST", "DEPARTMENT_SCORED"];
export const assessmentIndicatorTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AssessmentIndicatorType"]> = ["PROCESS", "RESULT"];
export const assessmentMappingKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AssessmentMappingKind"]> = ["STEPS", "LINEAR", "DEDUCT_PER_UNIT"];
export const assessmentMetricCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AssessmentMetricCode"]> = ["HZ_CLOSURE_RATE", "HZ_ONTIME_RATE", "HZ_OVERDUE_MAJOR", "HZ_SELFCHECK_PARTICIPATION", "DR_KEY_COVERAGE", "DR_OWN_MET", "DR_FINDINGS_CLOSED", "DL_SIGN_RATE", "DL_FULFILMENT_RATE", "DL_FALSIFIED", "ENT_ALLSTAFF_COVERAGE", "ACC_COUNT", "ACC_DEATHS", "ACC_LARGER_COUNT", "ACC_MAJOR_COUNT", "ACC_MAX_LEVEL", "ACC_CONCEALED", "ACC_COUNT_CEILING", "ACC_DEATHS_CEILING", "RPT_TIMELINESS", "NOTICE_CRITICISM"];
export const assessmentPeriodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AssessmentPeriod"]> = ["YEAR", "FIRST_HALF", "SECOND_HALF"];
export const assessmentSchemeActionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AssessmentSchemeAction"]> = ["PUBLISH", "REVISE", "OPEN", "START_REVIEW"];
export const assessmentSchemeStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AssessmentSchemeStatus"]> = ["DRAFT", "PUBLISHED", "SELF_ASSESSMENT", "REVIEWING", "PRELIMINARY", "APPROVED", "RESULTS_PUBLISHED", "CLOSED"];
export const assessmentVetoEffectValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AssessmentVetoEffect"]> = ["SCORE_ZERO", "GRADE_LOWEST", "AWARD_BAR"];
export const attachmentContentTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Attachment"]["contentType"]> = ["image/jpeg", "image/png", "image/webp", "application/pdf"];
export const callerCapabilityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CallerCapability"]> = ["REPORT_HAZARDS", "PUSH_HAZARDS", "ACT_ON_HAZARDS", "SUPERVISE_HAZARDS", "VIEW_HAZARD_STATS", "VIEW_STATUTORY_REPORT", "UPLOAD_ATTACHMENTS", "EDIT_ORGS", "MANAGE_POSTS", "VIEW_AUDIT", "ISSUE_LISTS", "ACT_ON_LISTS", "MANAGE_LIST_TEMPLATES", "RECORD_FULFILMENT", "REVIEW_FULFILMENT", "VERIFY_FULFILMENT", "PUSH_FULFILMENT", "RECORD_ACCIDENTS", "PUSH_ACCIDENTS", "VIEW_CONTROL_STATUS", "MANAGE_DRILLS", "VIEW_DUTY_REPORTS", "EXPORT_DUTY_DOSSIER", "MANAGE_REQUIREMENT_RULES", "WAIVE_OBLIGATIONS", "MANAGE_ASSESSMENT_SCHEMES"];
export const capabilityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Capability"]> = ["DUTY", "DRILL", "REPORT"];
export const categoryValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Category"]> = ["EQUIPMENT", "OPERATION", "ENVIRONMENT", "MANAGEMENT", "FIRE", "ELECTRICAL", "HAZMAT_STORAGE", "OTHER"];
export const cellColorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CellColor"]> = ["GREEN", "YELLOW", "RED", "GREY"];
export const controlWarningLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ControlWarningLevel"]> = ["OK", "WARNING", "EXCEEDED"];
export const departmentKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DepartmentKind"]> = ["COMPREHENSIVE", "SUPERVISING", "INDUSTRY_ADMIN", "SUPPORT"];
export const drillFormValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DrillForm"]> = ["TABLETOP", "LIVE"];
export const drillScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DrillScope"]> = ["SINGLE", "COMPREHENSIVE"];
export const drillStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DrillStatus"]> = ["CONDUCTED", "TERMINATED"];
export const dutyCategoryValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DutyCategory"]> = ["MEETING", "STUDY", "INSPECTION", "HAZARD", "EMERGENCY", "TRAINING", "INVESTMENT", "DEPLOYMENT", "REPORTING", "ASSESSMENT", "OTHER"];
export const emergencyKeyCategoryValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EmergencyKeyCategory"]> = ["DANGEROUS_GOODS", "MINE", "METAL_SMELTING", "URBAN_RAIL", "CONSTRUCTION", "HOTEL", "MALL", "ENTERTAINMENT_VENUE", "TOURIST_SITE"];
export const emergencyPlanKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EmergencyPlanKind"]> = ["COMPREHENSIVE", "SPECIAL", "ONSITE"];
export const fulfilmentActionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FulfilmentAction"]> = ["SUBMIT", "ACCEPT", "REJECT", "AMEND", "REQUEST_AMENDMENT", "APPROVE_AMENDMENT", "DISPUTE", "CONFIRM_FALSIFIED", "CLEAR"];
export const fulfilmentBulkStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FulfilmentBulkStatus"]> = ["CREATED", "EXISTING", "INVALID"];
export const fulfilmentSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FulfilmentSource"]> = ["MANUAL", "AUTO", "INTEGRATION"];
export const fulfilmentStateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FulfilmentState"]> = ["DRAFT", "SUBMITTED", "ACCEPTED", "AMENDED", "DISPUTED", "FALSIFIED"];
export const hazardAllowedActionsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Hazard"]["allowedActions"]> = ["CONFIRM", "REJECT", "FIX_ON_SPOT", "SET_FIVE_MUSTS", "START_RECTIFICATION", "SUBMIT_FOR_ACCEPTANCE", "ACCEPT", "SEND_BACK", "REQUEST_EXTENSION", "APPROVE_EXTENSION", "REFUSE_EXTENSION", "LIST_FOR_SUPERVISION", "SIGN_OFF_LISTING", "VERIFY_EFFECTIVENESS"];
export const holderKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["HolderKind"]> = ["LEADER_PARTY_HEAD", "LEADER_GOV_HEAD", "LEADER_STANDING_MEMBER", "LEADER_SAFETY_DEPUTY", "LEADER_OTHER_DEPUTY", "LEADER_NPC_CPPCC", "DEPT_COMPREHENSIVE", "DEPT_SUPERVISING", "DEPT_INDUSTRY_ADMIN", "DEPT_SUPPORT", "TERRITORY_TOWNSHIP", "TERRITORY_ZONE", "ENTERPRISE_MAIN", "ENTERPRISE_POST"];
export const indicatorMetricValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorMetric"]> = ["ACC_COUNT", "ACC_DEATHS", "ACC_LARGER", "ACC_INJURIES", "ACC_DIRECT_LOSS"];
export const itemStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ItemStatus"]> = ["CREATED", "EXISTING", "INVALID"];
export const jurisdictionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Jurisdiction"]> = ["NATIONAL", "PROVINCE", "CITY", "DISTRICT"];
export const levelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Level"]> = ["GENERAL", "MAJOR"];
export const listActionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ListAction"]> = ["EDIT", "SUBMIT", "DISCARD", "RETURN", "PUBLISH", "SIGN", "REVISE", "ARCHIVE", "ACTIVATE", "CLOSE"];
export const listIssueOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ListIssueOutcome"]> = ["CREATED", "SKIPPED", "REFUSED"];
export const listIssueReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ListIssueReason"]> = ["LIST_EXISTS", "NOT_ISSUER", "LEFT_IN_DRAFT", "LEFT_IN_REVIEW"];
export const listStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ListStatus"]> = ["DRAFT", "IN_REVIEW", "PUBLISHED", "SIGNED", "ACTIVE", "CLOSED", "ARCHIVED", "DISCARDED", "SUPERSEDED"];
export const obligationStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ObligationStatus"]> = ["OPEN", "AT_RISK", "MET", "PARTIAL", "MISSED", "WAIVED"];
export const orgKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["OrgKind"]> = ["REGION", "DEPARTMENT", "ENTERPRISE"];
export const periodTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PeriodType"]> = ["YEAR", "HALF_YEAR", "QUARTER", "MONTH", "ROLLING_24M", "EVENT"];
export const postKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PostKind"]> = ["LEADER_PARTY_HEAD", "LEADER_GOV_HEAD", "LEADER_STANDING_MEMBER", "LEADER_SAFETY_DEPUTY", "LEADER_OTHER_DEPUTY", "DEPT_HEAD", "TOWNSHIP_HEAD", "ENTERPRISE_PRINCIPAL", "ENTERPRISE_POST"];
export const publicityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Publicity"]> = ["INTERNAL", "PUBLIC"];
export const regionLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RegionLevel"]> = ["PROVINCE", "CITY", "DISTRICT", "TOWNSHIP", "VILLAGE", "GRID"];
export const rejectionReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RejectionReason"]> = ["NOT_A_HAZARD", "DUPLICATE"];
export const reportingIssueValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReportingIssue"]> = ["LATE", "OMITTED", "FALSE_REPORT", "CONCEALED"];
export const riskClassValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RiskClass"]> = ["A", "B", "C", "D"];
export const riskColorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RiskColor"]> = ["GREEN", "YELLOW", "RED"];
export const scopeModeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ScopeMode"]> = ["GLOBAL", "SUBTREE"];
export const signatureMethodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SignatureMethod"]> = ["E_SIGN", "SCAN"];
export const signatureRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SignatureRole"]> = ["ISSUER", "HOLDER"];
export const sortValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Sort"]> = ["createdAt", "deadline"];
export const sort1Values: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Sort1"]> = ["code", "name"];
export const sourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Source"]> = ["SELF_CHECK", "INSPECTION", "PUBLIC_REPORT", "SPECIAL_CAMPAIGN"];
export const stateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["State"]> = ["REPORTED", "CONFIRMED", "RECTIFYING", "PENDING_ACCEPTANCE", "CLOSED", "REJECTED"];
export const subjectKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SubjectKind"]> = ["ORG", "POST"];
export const supervisionLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SupervisionLevel"]> = ["CITY", "DISTRICT", "TOWNSHIP"];
export const terminationReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TerminationReason"]> = ["SAFETY_INCIDENT", "REAL_EMERGENCY", "OTHER"];
export const verificationValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Verification"]> = ["MANUAL", "AUTO", "HYBRID"];
export const visitResultValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VisitResult"]> = ["CONFIRMED", "NOT_FOUND", "FALSIFIED"];
export const zoneKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ZoneKind"]> = ["DEVELOPMENT_ZONE", "INDUSTRIAL_PARK", "HIGH_TECH_ZONE", "BONDED_ZONE", "SCENIC_AREA"];
export const hazardOpenStateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["HazardOpenState"]> = ["REPORTED", "CONFIRMED", "RECTIFYING", "PENDING_ACCEPTANCE"];
export const componentsHeadersIdempotencyReplayedValues: ReadonlyArray<FlattenedDeepRequired<components>["headers"]["Idempotency-Replayed"]> = ["true"];
