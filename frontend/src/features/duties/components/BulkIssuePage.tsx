import { Alert, Button, Card, Flex, Form, Input, InputNumber, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { postKindValues } from '@/api/enums';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending } from '@/lib/QueryPending';
import { useMe } from '@/lib/session';
import { useBulkIssue, useRegions, type BulkIssueInput, type IssueItem } from '../api/bulk-issue';
import { useTemplates } from '../api/templates';
import { ListStatusTag } from './ListStatusTag';

const outcomeColor = { CREATED: 'green', SKIPPED: 'default', REFUSED: 'red' } as const;

function Results({ items }: { items: readonly IssueItem[] }) {
  const { t } = useTranslation();
  return (
    <Table<IssueItem>
      rowKey="postId"
      size="small"
      pagination={false}
      dataSource={[...items]}
      scroll={{ x: 640 }}
      data-testid="issue-results"
      columns={[
        { title: t('issue.post'), key: 'post', render: (_, i) => `${i.holderOrg.name} · ${i.postTitle}` },
        { title: t('issue.outcome'), key: 'outcome', width: 100, render: (_, i) => <Tag color={outcomeColor[i.outcome]}>{t(`label.enum.ListIssueOutcome.${i.outcome}`)}</Tag> },
        {
          title: t('lists.field.title'),
          key: 'list',
          render: (_, i) =>
            i.listId ? (
              <Flex gap={4} align="center" wrap>
                <Link to={`/lists/${encodeURIComponent(i.listId)}`}>{t('issue.open')}</Link>
                {i.status && <ListStatusTag status={i.status} />}
              </Flex>
            ) : (
              '—'
            ),
        },
        { title: t('issue.reason'), key: 'reason', render: (_, i) => (i.reason ? t(`label.enum.ListIssueReason.${i.reason}`) : '—') },
      ]}
    />
  );
}

/** 批量下达: one list per fitting post of a subtree from a template, published under one 文号 where the table allows. */
export function BulkIssuePage() {
  const { t } = useTranslation();
  const me = useMe();
  const [regionQuery, setRegionQuery] = useState('');
  const regions = useRegions(regionQuery);
  const templates = useTemplates({});
  const issue = useBulkIssue();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const own = me.data?.org;
  const regionOptions = [...(own ? [own] : []), ...(regions.data ?? []).filter((r) => r.id !== own?.id)].map((r) => ({ value: r.id, label: `${r.name}（${r.code}）` }));

  const onFinish = (values: BulkIssueInput) => {
    issue.mutate(
      { input: { ...values, docNumber: values.docNumber?.trim() || undefined }, idempotencyKey: key },
      {
        onSettled: () => {
          setKey(crypto.randomUUID());
        },
      },
    );
  };

  // The form's default subtree is the caller's own org: it mounts once /me has answered.
  if (me.isPending) return <QueryPending query={me} />;
  return (
    <Flex vertical gap="middle">
      <Link to="/lists">{t('lists.back')}</Link>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('issue.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('issue.subtitle')}</Typography.Text>
      </div>
      <Card size="small" style={{ maxWidth: 720 }}>
        <Form<BulkIssueInput> layout="vertical" initialValues={{ year: new Date().getFullYear(), rootOrgId: own?.id }} onFinish={onFinish}>
          <Form.Item name="templateId" label={t('issue.template')} rules={[{ required: true, message: t('issue.templateRequired') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={templates.isPending}
              options={(templates.data?.pages.flatMap((p) => p.items) ?? []).map((tpl) => ({
                value: tpl.id,
                label: `${tpl.title} · ${t(`label.enum.HolderKind.${tpl.holderKind}`)}（${t('lists.versionNo', { n: tpl.versionNo })}）`,
              }))}
            />
          </Form.Item>
          <Flex wrap gap="small">
            <Form.Item name="year" label={t('lists.field.year')} rules={[{ required: true }]}>
              <InputNumber<number> min={2000} max={2100} />
            </Form.Item>
            <Form.Item name="rootOrgId" label={t('issue.root')} rules={[{ required: true, message: t('issue.rootRequired') }]} style={{ flex: '1 1 240px' }}>
              <Select showSearch={{ filterOption: false, onSearch: setRegionQuery }} options={regionOptions} />
            </Form.Item>
          </Flex>
          <Flex wrap gap="small">
            <Form.Item name="postKind" label={t('issue.postKind')} extra={t('issue.postKindHint')} style={{ flex: '1 1 240px' }}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={postKindValues.map((k) => ({ value: k, label: t(`label.enum.PostKind.${k}`) }))} />
            </Form.Item>
            <Form.Item name="docNumber" label={t('lists.field.docNumber')} extra={t('issue.docNumberHint')} style={{ flex: '1 1 240px' }}>
              <Input maxLength={100} placeholder={t('lists.field.docNumberPlaceholder')} />
            </Form.Item>
          </Flex>
          <Button type="primary" htmlType="submit" loading={issue.isPending}>
            {t('issue.submit')}
          </Button>
        </Form>
      </Card>
      {issue.isError && <ProblemAlert error={issue.error} />}
      {issue.data && (
        <Card size="small" title={t('issue.results')} styles={{ body: { padding: 0 } }}>
          <Alert
            type={issue.data.refused > 0 ? 'warning' : 'success'}
            showIcon
            title={t('issue.summary', { created: issue.data.created, skipped: issue.data.skipped, refused: issue.data.refused })}
            style={{ margin: 8 }}
          />
          <Results items={issue.data.items} />
        </Card>
      )}
    </Flex>
  );
}
