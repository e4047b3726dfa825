import dayjs from 'dayjs';

/** An instant as the register shows it, in the browser's zone (China for the users it is made for). */
export function formatTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '';
}

/** Yuan as 万元 with up to two decimals, the unit accident reports and ceilings use. */
export function formatWanYuan(yuan: number): string {
  return (yuan / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}
