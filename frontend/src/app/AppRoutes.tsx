import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Route, Routes } from 'react-router';
import { Spinner } from '@/lib/Spinner';
import { AppLayout } from './AppLayout';
import { lazyWithAntd } from '@/lib/lazy-with-antd';
import { NotFoundPage } from './NotFoundPage';
import type { Session } from './AuthGate';
import { RequireCapability } from './RequireCapability';

/**
 * Every page is its own chunk, fetched when its route is opened: a phone that opens the report form
 * downloads the form, not the tables, trees, date pickers and charts of the desk pages
 * (bench/frontend measures the cold load). Pages on antd bring its theme scope along; the report form is plain HTML
 * and fetches no antd. The service worker precaches them for offline use, all but the statistics dashboard
 * (vite.config.ts).
 */
function suspended(Page: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<Spinner />}>
      <Page />
    </Suspense>
  );
}

function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return suspended(lazyWithAntd(() => load().then((m) => m[name])));
}

function plainPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return suspended(lazy(() => load().then((m): { default: ComponentType } => ({ default: m[name] }))));
}

const workbench = page(() => import('./WorkbenchPage'), 'WorkbenchPage');
const me = page(() => import('@/features/me/components/MePage'), 'MePage');
const orgList = page(() => import('@/features/orgs/components/OrgListPage'), 'OrgListPage');
const orgDetail = page(() => import('@/features/orgs/components/OrgDetailPage'), 'OrgDetailPage');
const audit = page(() => import('@/features/audit/components/AuditPage'), 'AuditPage');
const hazardList = page(() => import('@/features/hazards/components/HazardListPage'), 'HazardListPage');
const report = plainPage(() => import('@/features/hazards/components/ReportPage'), 'ReportPage');
const queue = page(() => import('@/features/hazards/components/QueuePage'), 'QueuePage');
const tasks = page(() => import('@/features/hazards/components/TasksPage'), 'TasksPage');
const stats = page(() => import('@/features/hazards/components/StatsPage'), 'StatsPage');
const statutory = page(() => import('@/features/hazards/components/StatutoryReportPage'), 'StatutoryReportPage');
const myDuties = plainPage(() => import('@/features/duties/components/MyDutiesPage'), 'MyDutiesPage');
const rules = page(() => import('@/features/duties/components/RequirementRulesPage'), 'RequirementRulesPage');
const matrix = page(() => import('@/features/duties/components/MatrixPage'), 'MatrixPage');
const signing = page(() => import('@/features/duties/components/SigningProgressPage'), 'SigningProgressPage');
const gaps = page(() => import('@/features/duties/components/GapsPage'), 'GapsPage');
const lists = page(() => import('@/features/duties/components/ListsPage'), 'ListsPage');
const templates = page(() => import('@/features/duties/components/TemplatesPage'), 'TemplatesPage');
const template = page(() => import('@/features/duties/components/TemplatePage'), 'TemplatePage');
const templateEditor = page(() => import('@/features/duties/components/TemplateEditorPage'), 'TemplateEditorPage');
const bulkIssue = page(() => import('@/features/duties/components/BulkIssuePage'), 'BulkIssuePage');
const listDetail = page(() => import('@/features/duties/components/ListDetailPage'), 'ListDetailPage');
const listPhone = plainPage(() => import('@/features/duties/components/ListPhonePage'), 'ListPhonePage');
const recordsReview = page(() => import('@/features/duties/components/RecordsReviewPage'), 'RecordsReviewPage');
const recordFulfilment = plainPage(() => import('@/features/duties/components/RecordFulfilmentPage'), 'RecordFulfilmentPage');
const accidents = page(() => import('@/features/accidents/components/AccidentsPage'), 'AccidentsPage');
const accidentForm = page(() => import('@/features/accidents/components/AccidentFormPage'), 'AccidentFormPage');
const accidentDetail = page(() => import('@/features/accidents/components/AccidentDetailPage'), 'AccidentDetailPage');
const controlStatus = page(() => import('@/features/accidents/components/ControlStatusPage'), 'ControlStatusPage');
const drillsOwed = plainPage(() => import('@/features/drills/components/DrillObligationsPage'), 'DrillObligationsPage');
const drills = page(() => import('@/features/drills/components/DrillsPage'), 'DrillsPage');
const recordDrill = page(() => import('@/features/drills/components/RecordDrillPage'), 'RecordDrillPage');
const plans = page(() => import('@/features/drills/components/PlansPage'), 'PlansPage');
const drillDetail = page(() => import('@/features/drills/components/DrillDetailPage'), 'DrillDetailPage');
const planDrill = page(() => import('@/features/drills/components/PlanDrillPage'), 'PlanDrillPage');
const drillLog = plainPage(() => import('@/features/drills/components/DrillLogPage'), 'DrillLogPage');
const drillCalendar = page(() => import('@/features/drills/components/DrillCalendarPage'), 'DrillCalendarPage');
const drillCoverage = page(() => import('@/features/drills/components/DrillCoveragePage'), 'DrillCoveragePage');
const spotChecks = page(() => import('@/features/spotchecks/components/SpotChecksPage'), 'SpotChecksPage');
const spotCheckOnSite = plainPage(() => import('@/features/spotchecks/components/SpotCheckOnSitePage'), 'SpotCheckOnSitePage');
const keyUnitReports = page(() => import('@/features/spotchecks/components/KeyUnitReportsPage'), 'KeyUnitReportsPage');
const yearPlans = page(() => import('@/features/drills/components/YearPlansPage'), 'YearPlansPage');
const yearPlan = page(() => import('@/features/drills/components/YearPlanPage'), 'YearPlanPage');
const schemes = page(() => import('@/features/assessments/components/SchemesPage'), 'SchemesPage');
const scheme = page(() => import('@/features/assessments/components/SchemePage'), 'SchemePage');
const schemeEditor = page(() => import('@/features/assessments/components/SchemeEditorPage'), 'SchemeEditorPage');
const assessmentBoard = page(() => import('@/features/assessments/components/AssessmentBoardPage'), 'AssessmentBoardPage');
const assessmentResults = page(() => import('@/features/assessments/components/AssessmentResultsPage'), 'AssessmentResultsPage');
const assessment = page(() => import('@/features/assessments/components/AssessmentPage'), 'AssessmentPage');
const myUnit = page(() => import('@/features/assessments/components/MyUnitPage'), 'MyUnitPage');
const register = page(() => import('@/features/assessments/components/RegisterPage'), 'RegisterPage');
const registerAction = page(() => import('@/features/assessments/components/ActionDetailPage'), 'ActionDetailPage');
const selfAssess = page(() => import('@/features/assessments/components/SelfAssessPhonePage'), 'SelfAssessPhonePage');
const hazardDetail = page(() => import('@/features/hazards/components/HazardDetailPage'), 'HazardDetailPage');

export function AppRoutes({ session }: { session: Session }) {
  return (
    <Routes>
      <Route element={<AppLayout onLogout={session.logout} onSignIn={session.mode === 'offline' ? session.signIn : undefined} />}>
        <Route index element={workbench} />
        <Route path="me" element={me} />
        <Route path="orgs" element={orgList} />
        <Route path="orgs/:id" element={orgDetail} />
        <Route path="audit" element={<RequireCapability capability="VIEW_AUDIT">{audit}</RequireCapability>} />
        <Route path="hazards" element={hazardList} />
        <Route path="hazards/report" element={<RequireCapability capability="REPORT_HAZARDS">{report}</RequireCapability>} />
        <Route path="hazards/queue" element={queue} />
        <Route path="hazards/tasks" element={<RequireCapability capability="ACT_ON_HAZARDS">{tasks}</RequireCapability>} />
        <Route path="hazards/stats" element={<RequireCapability capability="VIEW_HAZARD_STATS">{stats}</RequireCapability>} />
        <Route path="hazards/statutory" element={<RequireCapability capability="VIEW_STATUTORY_REPORT">{statutory}</RequireCapability>} />
        <Route path="hazards/:id" element={hazardDetail} />
        <Route path="duties" element={myDuties} />
        <Route path="duties/rules" element={rules} />
        <Route path="duties/lists/:id" element={listPhone} />
        <Route path="duties/records" element={<RequireCapability capability="REVIEW_FULFILMENT">{recordsReview}</RequireCapability>} />
        <Route path="duties/lists/:id/record/:itemId" element={<RequireCapability capability="RECORD_FULFILMENT">{recordFulfilment}</RequireCapability>} />
        <Route path="lists" element={<RequireCapability capability="ISSUE_LISTS">{lists}</RequireCapability>} />
        <Route path="lists/templates" element={<RequireCapability capability="ISSUE_LISTS">{templates}</RequireCapability>} />
        <Route path="lists/templates/new" element={<RequireCapability capability="MANAGE_LIST_TEMPLATES">{templateEditor}</RequireCapability>} />
        <Route path="lists/templates/:id" element={<RequireCapability capability="ISSUE_LISTS">{template}</RequireCapability>} />
        <Route path="lists/templates/:id/edit" element={<RequireCapability capability="MANAGE_LIST_TEMPLATES">{templateEditor}</RequireCapability>} />
        <Route path="lists/issue" element={<RequireCapability capability="ISSUE_LISTS">{bulkIssue}</RequireCapability>} />
        <Route path="lists/:id" element={listDetail} />
        <Route path="duties/matrix" element={<RequireCapability capability="VIEW_DUTY_REPORTS">{matrix}</RequireCapability>} />
        <Route path="duties/signing" element={<RequireCapability capability="VIEW_DUTY_REPORTS">{signing}</RequireCapability>} />
        <Route path="duties/gaps" element={<RequireCapability capability="VIEW_DUTY_REPORTS">{gaps}</RequireCapability>} />
        <Route path="accidents" element={<RequireCapability capability="VIEW_CONTROL_STATUS">{accidents}</RequireCapability>} />
        <Route path="accidents/new" element={<RequireCapability capability="RECORD_ACCIDENTS">{accidentForm}</RequireCapability>} />
        <Route path="accidents/control" element={<RequireCapability capability="VIEW_CONTROL_STATUS">{controlStatus}</RequireCapability>} />
        <Route path="accidents/:id" element={accidentDetail} />
        <Route path="accidents/:id/edit" element={<RequireCapability capability="RECORD_ACCIDENTS">{accidentForm}</RequireCapability>} />
        <Route path="drills" element={<RequireCapability capability="MANAGE_DRILLS">{drills}</RequireCapability>} />
        <Route path="drills/owed" element={drillsOwed} />
        <Route path="drills/new" element={<RequireCapability capability="MANAGE_DRILLS">{recordDrill}</RequireCapability>} />
        <Route path="drills/plans" element={<RequireCapability capability="MANAGE_DRILLS">{plans}</RequireCapability>} />
        <Route path="drills/plan" element={<RequireCapability capability="MANAGE_DRILLS">{planDrill}</RequireCapability>} />
        <Route path="drills/calendar" element={<RequireCapability capability="ACT_ON_DRILLS">{drillCalendar}</RequireCapability>} />
        <Route path="drill-spot-checks" element={<RequireCapability capability="ACT_ON_SPOT_CHECKS">{spotChecks}</RequireCapability>} />
        <Route path="drill-spot-checks/on-site" element={<RequireCapability capability="MANAGE_SPOT_CHECKS">{spotCheckOnSite}</RequireCapability>} />
        <Route path="drills/key-unit-reports" element={<RequireCapability capability="MANAGE_SPOT_CHECKS">{keyUnitReports}</RequireCapability>} />
        <Route path="drills/coverage" element={<RequireCapability capability="ACT_ON_DRILLS">{drillCoverage}</RequireCapability>} />
        <Route path="drills/year-plans" element={<RequireCapability capability="ACT_ON_DRILLS">{yearPlans}</RequireCapability>} />
        <Route path="drills/year-plans/new" element={<RequireCapability capability="MANAGE_DRILLS">{yearPlan}</RequireCapability>} />
        <Route path="drills/year-plans/:id" element={<RequireCapability capability="ACT_ON_DRILLS">{yearPlan}</RequireCapability>} />
        <Route path="drills/:id" element={<RequireCapability capability="ACT_ON_DRILLS">{drillDetail}</RequireCapability>} />
        <Route path="drills/:id/log" element={<RequireCapability capability="ACT_ON_DRILLS">{drillLog}</RequireCapability>} />
        <Route path="assessments" element={<RequireCapability capability="ACT_ON_ASSESSMENTS">{schemes}</RequireCapability>} />
        <Route path="assessments/schemes/new" element={<RequireCapability capability="MANAGE_ASSESSMENT_SCHEMES">{schemeEditor}</RequireCapability>} />
        <Route path="assessments/schemes/:id" element={scheme} />
        <Route path="assessments/schemes/:id/edit" element={<RequireCapability capability="MANAGE_ASSESSMENT_SCHEMES">{schemeEditor}</RequireCapability>} />
        <Route path="assessments/schemes/:id/board" element={assessmentBoard} />
        <Route path="assessments/schemes/:id/results" element={assessmentResults} />
        <Route path="assessments/:id" element={assessment} />
        <Route path="assessments/:id/self" element={selfAssess} />
        <Route path="my-unit" element={<RequireCapability capability="VIEW_UNIT_OUTLOOK">{myUnit}</RequireCapability>} />
        <Route path="accountability" element={<RequireCapability capability="ACT_ON_ACCOUNTABILITY">{register}</RequireCapability>} />
        <Route path="accountability/:id" element={registerAction} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
