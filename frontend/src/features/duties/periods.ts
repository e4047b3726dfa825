import type { Obligation, ObligationStatus } from './api/types';

/** Periods and deadlines are local dates in Asia/Shanghai (DOMAIN §1.1), wherever the phone's clock is set. */
const shanghaiDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's local date in Asia/Shanghai, as YYYY-MM-DD. */
export function shanghaiToday(now: Date = new Date()): string {
  return shanghaiDate.format(now);
}

/** Whether the obligation's period runs on `today` (both ends inclusive). */
export function isCurrent(obligation: Pick<Obligation, 'periodFirst' | 'periodLast'>, today: string): boolean {
  return obligation.periodFirst <= today && today <= obligation.periodLast;
}

const dayMillis = 24 * 60 * 60_000;

/** Days from `today` to the period's last day (0 on the last day, negative once it has passed). */
export function daysLeft(obligation: Pick<Obligation, 'periodLast'>, today: string): number {
  return Math.round((Date.parse(obligation.periodLast) - Date.parse(today)) / dayMillis);
}

/** What needs the holder first: at risk, then still open, then what is settled. */
const urgency: Record<ObligationStatus, number> = { AT_RISK: 0, MISSED: 1, PARTIAL: 2, OPEN: 3, MET: 4, WAIVED: 5 };

export function byUrgency(a: Obligation, b: Obligation): number {
  return urgency[a.status] - urgency[b.status] || a.periodLast.localeCompare(b.periodLast) || (a.ruleCode ?? '').localeCompare(b.ruleCode ?? '');
}

/** Needs attention now: at risk of being missed, missed or only partly met. */
export function needsAttention(status: ObligationStatus): boolean {
  return urgency[status] <= urgency.PARTIAL;
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
