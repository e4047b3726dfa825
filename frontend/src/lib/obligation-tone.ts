import type { components } from '@/api/schema';

type ObligationStatus = components['schemas']['ObligationStatus'];

/**
 * 三色: green when met, amber while at risk or partly met, red when missed; open and waived stay neutral.
 * The class colours the badge (app.css `status-badge tone-*`); its text always says the status, so colour is never the
 * only signal. Shared by every kind of obligation (duties, drills).
 */
export const statusTone: Record<ObligationStatus, 'green' | 'amber' | 'red' | 'neutral'> = {
  MET: 'green',
  AT_RISK: 'amber',
  PARTIAL: 'amber',
  MISSED: 'red',
  OPEN: 'neutral',
  WAIVED: 'neutral',
};
