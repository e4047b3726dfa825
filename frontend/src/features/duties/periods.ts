import type { ObligationStatus } from './api/types';

/** Needs attention now: at risk of being missed, missed or only partly met. */
export function needsAttention(status: ObligationStatus): boolean {
  return status === 'AT_RISK' || status === 'MISSED' || status === 'PARTIAL';
}

export { statusTone } from '@/lib/obligation-tone';

/** Today's local date in Asia/Shanghai (YYYY-MM-DD), the calendar records and periods are kept in. */
export function shanghaiToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
