import { can, type Me } from '@/lib/session';
import type { WorkbenchCard } from '@/lib/workbench';
import { IndustriesCard } from './components/WorkbenchIndustries';
import { OpenTicketsCard } from './components/WorkbenchOpenTickets';
import { ReportCard } from './components/WorkbenchReportCard';
import { SupervisionCard } from './components/WorkbenchSupervision';
import { TerritoryCard } from './components/WorkbenchTerritory';

/** Field work (an inspector, an enterprise): acting on tickets without supervising them. */
const inTheField = (me: Me) => !can(me, 'SUPERVISE_HAZARDS');
/** A department watches its industries; regions watch their territory. */
const department = (me: Me) => me.org.kind === 'DEPARTMENT';

/** The hazard feature's cards on the 工作台 (see lib/workbench). */
export const workbenchCards: readonly WorkbenchCard[] = [
  { id: 'report', visible: (me) => can(me, 'REPORT_HAZARDS') && inTheField(me), order: 10, Component: ReportCard },
  { id: 'open-tickets', visible: (me) => can(me, 'ACT_ON_HAZARDS') && inTheField(me), order: 20, Component: OpenTicketsCard },
  { id: 'supervision', visible: (me) => can(me, 'SUPERVISE_HAZARDS'), order: 10, Component: SupervisionCard },
  { id: 'territory', visible: (me) => can(me, 'VIEW_HAZARD_STATS') && !department(me), order: 30, Component: TerritoryCard },
  { id: 'industries', visible: (me) => can(me, 'VIEW_HAZARD_STATS') && department(me), order: 20, Component: IndustriesCard },
];
