import { Route, Routes } from 'react-router';
import { AuditPage } from '@/features/audit/components/AuditPage';
import { MePage } from '@/features/me/components/MePage';
import { OrgDetailPage } from '@/features/orgs/components/OrgDetailPage';
import { OrgListPage } from '@/features/orgs/components/OrgListPage';
import { AppLayout } from './AppLayout';
import { auditRoles } from './navigation';
import { NotFoundPage } from './NotFoundPage';
import { RequireRole } from './RequireRole';

export function AppRoutes({ onLogout }: { onLogout: () => void }) {
  return (
    <Routes>
      <Route element={<AppLayout onLogout={onLogout} />}>
        <Route index element={<MePage />} />
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
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
