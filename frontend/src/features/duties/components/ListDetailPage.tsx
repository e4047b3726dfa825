import { Alert, Card, Descriptions, Flex, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending } from '@/lib/QueryPending';
import { isProblem } from '@/lib/problem';
import { useList } from '../api/get-list';
import type { ResponsibilityList } from '../api/list-types';
import { ListActionBar } from './ListActionBar';
import { ListItemsTable } from './ListItemsTable';
import { ListStatusTag } from './ListStatusTag';
import { ListTimeline } from './ListTimeline';
import { ListVersions } from './ListVersions';

type Indicator = ResponsibilityList['indicators'][number];
type Signature = ResponsibilityList['signatures'][number];
type Handover = ResponsibilityList['handovers'][number];

function Header({ list }: { list: ResponsibilityList }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'holder', label: t('lists.field.holder'), children: `${list.holderOrg.name} · ${list.holderPostTitle}${list.currentHolder ? `（${list.currentHolder}）` : ''}` },
        { key: 'kind', label: t('lists.field.holderKind'), children: t(`label.enum.HolderKind.${list.holderKind}`) },
        { key: 'issuer', label: t('lists.field.issuer'), children: list.issuingOrg.name },
        { key: 'year', label: t('lists.field.year'), children: list.year },
        { key: 'effective', label: t('lists.field.effective'), children: `${list.effectiveFrom} – ${list.effectiveTo}` },
        { key: 'doc', label: t('lists.field.docNumber'), children: list.docNumber ?? '—' },
        { key: 'version', label: t('lists.field.version'), children: t('lists.versionNo', { n: list.versionNo }) },
        { key: 'publicity', label: t('lists.field.publicity'), children: t(`label.enum.Publicity.${list.publicity}`) },
        { key: 'code', label: t('lists.field.code'), children: list.code },
      ]}
    />
  );
}

function Indicators({ indicators }: { indicators: readonly Indicator[] }) {
  const { t } = useTranslation();
  if (indicators.length === 0) return <Typography.Text type="secondary">{t('lists.noIndicators')}</Typography.Text>;
  return (
    <Table<Indicator>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...indicators]}
      data-testid="list-indicators"
      columns={[
        { title: t('lists.indicator.metric'), key: 'metric', render: (_, i) => t(`label.enum.IndicatorMetric.${i.metric}`) },
        { title: t('lists.indicator.ceiling'), dataIndex: 'ceiling', align: 'right' },
        {
          title: t('lists.indicator.parent'),
          key: 'parent',
          align: 'right',
          render: (_, i) => (i.parentCeiling === null ? '—' : i.parentCeiling),
        },
      ]}
    />
  );
}

function Signatures({ signatures }: { signatures: readonly Signature[] }) {
  const { t, i18n } = useTranslation();
  if (signatures.length === 0) return <Typography.Text type="secondary">{t('lists.noSignatures')}</Typography.Text>;
  return (
    <Space orientation="vertical" data-testid="list-signatures">
      {signatures.map((s) => (
        <div key={`${s.role}-${s.signedAt}`}>
          <Tag color="green">{t(`label.enum.SignatureRole.${s.role}`)}</Tag>
          {s.personName} · {new Date(s.signedAt).toLocaleString(i18n.language)} · {t(`label.enum.SignatureMethod.${s.method}`)}
        </div>
      ))}
    </Space>
  );
}

function Handovers({ handovers }: { handovers: readonly Handover[] }) {
  const { t } = useTranslation();
  if (handovers.length === 0) return null;
  return (
    <Card size="small" title={t('lists.handovers')}>
      {handovers.map((h) => (
        <div key={h.id}>
          {t('lists.handover', { from: h.fromPerson ?? '—', to: h.toPerson, date: h.handoverDate })}{' '}
          {h.acknowledgedAt ? (
            <Tag color="green">{t('lists.acknowledged')}</Tag>
          ) : (
            <Tag color={h.overdue ? 'red' : 'gold'}>{t(h.overdue ? 'lists.ackOverdue' : 'lists.ackDue', { date: h.dueDate })}</Tag>
          )}
        </div>
      ))}
    </Card>
  );
}

/** 责任清单 at the desk: the version's header, its actions for this caller, items, indicators, signatures, history. */
export function ListDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useList(id);
  if (query.isPending) return <QueryPending query={query} />;
  if (query.isError) {
    return isProblem(query.error, 404) ? (
      <Alert type="warning" showIcon title={t('lists.notFound')} />
    ) : (
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  const { list } = query.data;
  return (
    <Flex vertical gap="middle">
      <Link to="/lists">{t('lists.back')}</Link>
      <Flex wrap gap="small" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {list.title}
        </Typography.Title>
        <ListStatusTag status={list.status} />
        {list.atRisk && <Tag color="red">{t('lists.atRisk')}</Tag>}
      </Flex>
      {list.returnReason && list.status === 'DRAFT' && <Alert type="warning" showIcon title={t('lists.returned', { reason: list.returnReason })} />}
      <ListActionBar versioned={query.data} onReload={() => void query.refetch()} />
      <Card size="small">
        <Header list={list} />
      </Card>
      <Card size="small" title={t('lists.items', { count: list.items.length })} styles={{ body: { padding: 0 } }}>
        <ListItemsTable items={list.items} />
      </Card>
      <Flex wrap gap="middle">
        <Card size="small" title={t('lists.indicators')} style={{ flex: '1 1 320px' }}>
          <Indicators indicators={list.indicators} />
        </Card>
        <Card size="small" title={t('lists.signatures')} style={{ flex: '1 1 320px' }}>
          <Signatures signatures={list.signatures} />
        </Card>
      </Flex>
      <Handovers handovers={list.handovers} />
      <Card size="small" title={t('lists.versions')} styles={{ body: { padding: 0 } }}>
        <ListVersions lineageId={list.lineageId} currentId={list.id} />
      </Card>
      <Card size="small" title={t('lists.history')}>
        <ListTimeline id={list.id} />
      </Card>
    </Flex>
  );
}
