import type { Role } from '@/lib/session';

/** Who may register a hazard from the SPA (reportHazard also allows machine clients). */
export const reporterRoles: readonly Role[] = ['inspector', 'enterprise', 'admin', 'safety_office', 'department'];
/** Who may act on tickets (HazardWorkflow.java): everyone but leaders and machine clients. */
export const taskRoles: readonly Role[] = ['inspector', 'enterprise', 'admin', 'safety_office', 'department'];
/** Supervisors confirm, accept and decide extensions. */
export const supervisorRoles: readonly Role[] = ['admin', 'safety_office', 'department'];
/** Who reads the statistics dashboard. */
export const statsRoles: readonly Role[] = ['admin', 'safety_office', 'department', 'leader'];
