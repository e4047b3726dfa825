import { Button, Calendar, Card, Flex, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { drillDay, useMonthDrills } from '../api/drills';
import type { Drill, DrillStatus } from '../api/types';
import { drillStatusColors } from './DrillStatusTag';

/** 演练日历 (desk): a month of planned and held drills in the caller's scope, each opening the drill. */
export function DrillCalendarPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const monthParam = search.get('month');
  const month = monthParam && /^\d{4}-\d{2}$/.test(monthParam) ? dayjs(`${monthParam}-01`) : dayjs().startOf('month');
  const key = month.format('YYYY-MM');
  const drills = useMonthDrills(undefined, key);
  const byDay = new Map<string, Drill[]>();
  for (const d of drills.data ?? []) {
    const day = drillDay(d);
    if (day) byDay.set(day, [...(byDay.get(day) ?? []), d]);
  }
  const go = (next: Dayjs) => {
    setSearch({ month: next.format('YYYY-MM') }, { replace: true });
  };

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('drills.calendar.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('drills.calendar.subtitle')}</Typography.Text>
        </div>
        <Space>
          <Button onClick={() => { go(month.subtract(1, 'month')); }}>{t('drills.calendar.previous')}</Button>
          <Typography.Text strong data-testid="calendar-month">
            {t('drills.calendar.month', { year: month.year(), month: month.month() + 1 })}
          </Typography.Text>
          <Button onClick={() => { go(month.add(1, 'month')); }}>{t('drills.calendar.next')}</Button>
          <Button onClick={() => { go(dayjs().startOf('month')); }}>{t('drills.calendar.today')}</Button>
        </Space>
      </Flex>
      {drills.isError && <ProblemAlert error={drills.error} onRetry={() => void drills.refetch()} />}
      <Card size="small">
        <Calendar
          value={month}
          headerRender={() => null}
          onPanelChange={go}
          // Picking a day of another month moves there; within the month nothing else happens.
          onSelect={(day, info) => {
            if (info.source === 'date' && !day.isSame(month, 'month')) go(day.startOf('month'));
          }}
          cellRender={(day, info) => {
            if (info.type !== 'date' || !day.isSame(month, 'month')) return null;
            const list = byDay.get(day.format('YYYY-MM-DD')) ?? [];
            return (
              <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {list.map((d) => (
                  <li key={d.id} data-testid="calendar-drill" data-status={d.status}>
                    <Link to={`/drills/${d.id}`} title={`${d.title} · ${t(`label.enum.DrillStatus.${d.status}`)}`}>
                      <Tag color={drillStatusColors[d.status]} style={{ maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis' }}>
                        {d.title}
                      </Tag>
                    </Link>
                  </li>
                ))}
              </ul>
            );
          }}
        />
      </Card>
      <Flex gap={4} wrap>
        {(Object.keys(drillStatusColors) as DrillStatus[]).map((s) => (
          <Tag key={s} color={drillStatusColors[s]}>
            {t(`label.enum.DrillStatus.${s}`)}
          </Tag>
        ))}
      </Flex>
    </Flex>
  );
}
