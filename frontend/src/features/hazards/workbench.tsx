import type { WorkbenchCard } from '@/lib/workbench';
import { IndustriesCard } from './components/WorkbenchIndustries';
import { OpenTicketsCard } from './components/WorkbenchOpenTickets';
import { ReportCard } from './components/WorkbenchReportCard';
import { SupervisionCard } from './components/WorkbenchSupervision';
import { TerritoryCard } from './components/WorkbenchTerritory';

/** The hazard feature's cards on the 工作台 (see lib/workbench). */
export const workbenchCards: readonly WorkbenchCard[] = [
  { id: 'report', roles: ['inspector', 'enterprise'], order: 10, Component: ReportCard },
  { id: 'open-tickets', roles: ['inspector', 'enterprise'], order: 20, Component: OpenTicketsCard },
  { id: 'supervision', roles: ['admin', 'safety_office', 'department'], order: 10, Component: SupervisionCard },
  { id: 'territory', roles: ['leader', 'safety_office', 'admin'], order: 30, Component: TerritoryCard },
  { id: 'industries', roles: ['department'], order: 20, Component: IndustriesCard },
];
