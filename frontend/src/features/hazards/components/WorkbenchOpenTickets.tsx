import { Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OfflineNotice, QueryPending } from '@/lib/QueryPending';
import { WorkbenchPanel } from '@/lib/workbench';
import { useMe } from '@/lib/session';
import { useHazardCount, useHazards } from '../api/get-hazards';
import { taskFilters } from '../hooks/task-filters';
import { OverdueTag, StateTag } from './HazardTags';

const shown = 5;

/**
 * An enterprise's open tickets (an inspector's: its grid's), the nearest deadline first. Shares its query with
 * 待办, so the list seen here is also the one kept for offline use.
 */
export function OpenTicketsCard() {
  const { t } = useTranslation();
  const me = useMe();
  const filters = taskFilters(me.data);
  const hazards = useHazards(filters);
  const overdue = useHazardCount({ state: filters.state, overdue: true });
  const first = hazards.data?.pages[0];
  const items = first?.items.slice(0, shown) ?? [];
  const openCount = first ? `${first.items.length}${first.nextCursor ? '+' : ''}` : undefined;
  const overdueCount = overdue.data ? `${overdue.data.count}${overdue.data.more ? '+' : ''}` : undefined;
  return (
    <WorkbenchPanel
      id="open-tickets"
      title={t('workbench.openTickets.title')}
      extra={<Link to="/hazards/tasks">{t('workbench.all')}</Link>}
    >
      <Flex vertical gap="small">
        <Flex gap="large" wrap>
          <Typography.Text data-testid="workbench-open-count">
            {t('workbench.openTickets.open')} <strong>{openCount ?? '–'}</strong>
          </Typography.Text>
          <Link to="/hazards?overdue=true" data-testid="workbench-overdue-count">
            <Typography.Text type={overdue.data?.count ? 'danger' : undefined}>
              {t('workbench.openTickets.overdue')} <strong>{overdueCount ?? '–'}</strong>
            </Typography.Text>
          </Link>
        </Flex>
        {hazards.data && <OfflineNotice updatedAt={hazards.dataUpdatedAt} />}
        {!hazards.data ? (
          hazards.isError ? null : <QueryPending query={hazards} padding={16} />
        ) : items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.openTickets.none')} />
        ) : (
          <ul className="workbench-rows">
            {items.map((h) => (
              <li key={h.id}>
                <Link to={`/hazards/${h.id}`} className="workbench-row-link">
                  <Flex justify="space-between" align="center" gap="small" className="workbench-row">
                    <Typography.Text ellipsis style={{ minWidth: 0 }}>
                      {h.title}
                    </Typography.Text>
                    <Flex gap={4} align="center" style={{ flex: 'none' }}>
                      {h.deadline ? <Typography.Text type="secondary">{h.deadline}</Typography.Text> : <StateTag state={h.state} />}
                      <OverdueTag overdue={h.overdue} />
                    </Flex>
                  </Flex>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Flex>
    </WorkbenchPanel>
  );
}
