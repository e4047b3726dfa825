import { Button, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { OfflineNotice, QueryPending } from '@/lib/QueryPending';
import { useMe } from '@/lib/session';
import { useHazards } from '../api/get-hazards';
import { hazardActions } from '../api/types';
import { isTask, taskFilters } from '../hooks/task-filters';
import { HazardCards } from './HazardCards';

export function TasksPage() {
  const { t } = useTranslation();
  const me = useMe();
  const hazards = useHazards(taskFilters(me.data));
  if (hazards.isError && !hazards.data) return <ProblemAlert error={hazards.error} onRetry={() => void hazards.refetch()} />;
  if (!me.data || !hazards.data) return <QueryPending query={me.data ? hazards : me} />;
  const caller = me.data;
  const items = hazards.data.pages.flatMap((page) => page.items).filter((h) => isTask(caller, h));
  const actions = new Set(items.flatMap((h) => h.allowedActions));
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 720 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('hazards.tasks.title')}
      </Typography.Title>
      <OfflineNotice updatedAt={hazards.dataUpdatedAt} />
      {actions.size > 0 && (
        <Flex wrap gap={4}>
          {hazardActions
            .filter((a) => actions.has(a))
            .map((a) => (
              <Tag key={a}>
                {t(`label.enum.Action.${a}`)} {items.filter((h) => h.allowedActions.includes(a)).length}
              </Tag>
            ))}
        </Flex>
      )}
      {items.length === 0 ? <Empty description={t('hazards.tasks.empty')} /> : <HazardCards items={items} />}
      {hazards.hasNextPage && (
        <Button block loading={hazards.isFetchingNextPage} onClick={() => void hazards.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
