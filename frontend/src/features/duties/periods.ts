import type { ObligationStatus } from './api/types';

/** Needs attention now: at risk of being missed, missed or only partly met. */
export function needsAttention(status: ObligationStatus): boolean {
  return status === 'AT_RISK' || status === 'MISSED' || status === 'PARTIAL';
}

/**
 * 三色: green when met, amber while at risk or partly met, red when missed; open and waived stay neutral.
 * The class colours the badge; its text always says the status, so colour is never the only signal.
 */
export const statusTone: Record<ObligationStatus, 'green' | 'amber' | 'red' | 'neutral'> = {
  MET: 'green',
  AT_RISK: 'amber',
  PARTIAL: 'amber',
  MISSED: 'red',
  OPEN: 'neutral',
  WAIVED: 'neutral',
};

/** Today's local date in Asia/Shanghai (YYYY-MM-DD), the calendar records and periods are kept in. */
export function shanghaiToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
