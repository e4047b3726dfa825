import { Button, Card, Col, Empty, Flex, Row, Segmented, Table, Tag, Typography } from 'antd';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApiClient } from '@/lib/api-context';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { useRecords, type RecordFilters } from '../api/get-fulfilment-records';
import { listQueryOptions } from '../api/get-list';
import type { FulfilmentRecord } from '../api/record-fulfilment';
import { RecordPanel, type RecordContext } from './RecordPanel';
import { RecordStateTag } from './RecordStateTag';

const stateChoices = ['SUBMITTED', 'ACCEPTED', 'DRAFT', 'DISPUTED', 'ALL'] as const;
type StateChoice = (typeof stateChoices)[number];

/** What each record is about, from its list (the duty's text, the holder's org and post): one read per list. */
function useRecordContexts(records: readonly FulfilmentRecord[]): (record: FulfilmentRecord) => RecordContext | undefined {
  const client = useApiClient();
  const listIds = [...new Set(records.map((r) => r.listId))];
  const lists = useQueries({ queries: listIds.map((id) => listQueryOptions(client, id)) });
  const byId = new Map(lists.flatMap((q) => (q.data ? [[q.data.list.id, q.data.list] as const] : [])));
  return (record) => {
    const list = byId.get(record.listId);
    const item = list?.items.find((i) => i.id === record.dutyItemId);
    if (!list) return undefined;
    return { duty: item ? `${item.seq}. ${item.text}` : list.title, holder: `${list.holderOrg.name} · ${list.holderPostTitle}${list.currentHolder ? ` ${list.currentHolder}` : ''}` };
  };
}

/**
 * 履职审核 at the desk: the fulfilment records of lists the caller's side issued, waiting for review first; a record
 * opened beside the queue shows its evidence and photos and exactly the actions the server allows (认定, 退回 with a
 * reason) through the shared action bar and dialog.
 */
export function RecordsReviewPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const choice = (stateChoices as readonly string[]).includes(params.get('state') ?? '') ? (params.get('state') as StateChoice) : 'SUBMITTED';
  const selected = params.get('record');
  const filters: RecordFilters = choice === 'ALL' ? {} : { state: choice };
  const records = useRecords(filters);
  const items = records.data?.pages.flatMap((page) => page.items) ?? [];
  const contextOf = useRecordContexts(items);
  const select = (next: { state?: StateChoice; record?: string | null }) => {
    const search = new URLSearchParams();
    const state = next.state ?? choice;
    if (state !== 'SUBMITTED') search.set('state', state);
    const record = next.record === undefined ? selected : next.record;
    if (record) search.set('record', record);
    setParams(search, { replace: true });
  };
  const selectedRecord = items.find((r) => r.id === selected);

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('records.review.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('records.review.subtitle')}</Typography.Text>
      <Segmented<StateChoice>
        aria-label={t('lists.field.status')}
        value={choice}
        onChange={(state) => {
          select({ state, record: null });
        }}
        options={stateChoices.map((s) => ({ value: s, label: s === 'ALL' ? t('records.review.all') : t(`records.review.state.${s}`) }))}
      />
      {records.isError ? (
        <ProblemAlert error={records.error} onRetry={() => void records.refetch()} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={selected ? 13 : 24}>
            <Card size="small" styles={{ body: { padding: 0 } }}>
              <Table<FulfilmentRecord>
                rowKey="id"
                size="small"
                loading={records.isPending}
                dataSource={items}
                pagination={false}
                scroll={{ x: 640 }}
                data-testid="records-queue"
                locale={{ emptyText: <Empty description={t('records.review.empty')} /> }}
                rowClassName={(r) => (r.id === selected ? 'ant-table-row-selected' : '')}
                onRow={(r) => ({
                  onClick: () => {
                    select({ record: r.id });
                  },
                  style: { cursor: 'pointer' },
                })}
                columns={[
                  {
                    title: t('records.review.duty'),
                    key: 'duty',
                    render: (_, r) => {
                      const context = contextOf(r);
                      return (
                        <div data-testid="record-row">
                          <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}>
                            {context?.duty ?? r.summary}
                          </Button>
                          <div>
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              {context?.holder ?? ''}
                            </Typography.Text>
                          </div>
                        </div>
                      );
                    },
                  },
                  { title: t('records.field.date'), key: 'date', width: 110, render: (_, r) => r.date },
                  {
                    title: t('records.review.period'),
                    key: 'period',
                    width: 110,
                    render: (_, r) => (
                      <>
                        {r.periodKey}
                        {r.late && <Tag color="orange">{t('records.review.late')}</Tag>}
                      </>
                    ),
                  },
                  { title: t('records.review.source'), key: 'source', width: 100, render: (_, r) => t(`label.enum.FulfilmentSource.${r.source}`) },
                  { title: t('lists.field.status'), key: 'state', width: 100, render: (_, r) => <RecordStateTag state={r.state} /> },
                ]}
              />
            </Card>
            {records.hasNextPage && (
              <Button style={{ marginTop: 8 }} onClick={() => void records.fetchNextPage()} loading={records.isFetchingNextPage}>
                {t('common.loadMore')}
              </Button>
            )}
          </Col>
          {selected && (
            <Col xs={24} xl={11}>
              <RecordPanel id={selected} context={selectedRecord ? contextOf(selectedRecord) : undefined} />
            </Col>
          )}
        </Row>
      )}
    </Flex>
  );
}
