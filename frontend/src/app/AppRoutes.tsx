import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { AuditPage } from '@/features/audit/components/AuditPage';
import { HazardDetailPage } from '@/features/hazards/components/HazardDetailPage';
import { HazardListPage } from '@/features/hazards/components/HazardListPage';
import { QueuePage } from '@/features/hazards/components/QueuePage';
import { ReportPage } from '@/features/hazards/components/ReportPage';
import { TasksPage } from '@/features/hazards/components/TasksPage';
import { MePage } from '@/features/me/components/MePage';
import { OrgDetailPage } from '@/features/orgs/components/OrgDetailPage';
import { OrgListPage } from '@/features/orgs/components/OrgListPage';
import { AppLayout } from './AppLayout';
import type { Session } from './AuthGate';
import { auditRoles, dashboardRoles, reportRoles, tasksRoles } from './navigation';
import { NotFoundPage } from './NotFoundPage';
import { RequireRole } from './RequireRole';
import { WorkbenchPage } from './WorkbenchPage';

// The dashboard carries ECharts: load it only when someone opens it, keeping it out of the main bundle.
const StatsPage = lazy(() => import('@/features/hazards/components/StatsPage').then((m) => ({ default: m.StatsPage })));

export function AppRoutes({ session }: { session: Session }) {
  return (
    <Routes>
      <Route element={<AppLayout onLogout={session.logout} onSignIn={session.mode === 'offline' ? session.signIn : undefined} />}>
        <Route index element={<WorkbenchPage />} />
        <Route path="me" element={<MePage />} />
        <Route path="orgs" element={<OrgListPage />} />
        <Route path="orgs/:id" element={<OrgDetailPage />} />
        <Route
          path="audit"
          element={
            <RequireRole roles={auditRoles}>
              <AuditPage />
            </RequireRole>
          }
        />
        <Route path="hazards" element={<HazardListPage />} />
        <Route
          path="hazards/report"
          element={
            <RequireRole roles={reportRoles}>
              <ReportPage />
            </RequireRole>
          }
        />
        <Route path="hazards/queue" element={<QueuePage />} />
        <Route
          path="hazards/tasks"
          element={
            <RequireRole roles={tasksRoles}>
              <TasksPage />
            </RequireRole>
          }
        />
        <Route
          path="hazards/stats"
          element={
            <RequireRole roles={dashboardRoles}>
              <Suspense fallback={<Spin style={{ display: 'block', padding: 48 }} />}>
                <StatsPage />
              </Suspense>
            </RequireRole>
          }
        />
        <Route path="hazards/:id" element={<HazardDetailPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
