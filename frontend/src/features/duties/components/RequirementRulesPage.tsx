import { Card, Flex, Input, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { useRequirementRules } from '../api/get-requirement-rules';
import type { RequirementRule } from '../api/types';
import { AppliesToTags } from './AppliesToTags';

function matches(rule: RequirementRule, query: string): boolean {
  const q = query.trim().toLowerCase();
  return !q || [rule.code, rule.title, rule.citation].some((text) => text.toLowerCase().includes(q));
}

/** 履职规则: every requirement rule with whom it binds, how often, since when and its citation (desk, read-only). */
export function RequirementRulesPage() {
  const { t } = useTranslation();
  const rules = useRequirementRules();
  const [query, setQuery] = useState('');
  const shown = (rules.data ?? []).filter((rule) => matches(rule, query));

  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('duties.rules.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('duties.rules.subtitle')}</Typography.Text>
      </div>
      <Input.Search
        aria-label={t('duties.rules.search')}
        placeholder={t('duties.rules.search')}
        allowClear
        onSearch={setQuery}
        onChange={(event) => {
          setQuery(event.target.value);
        }}
        style={{ maxWidth: 320 }}
      />
      {rules.isError ? (
        <ProblemAlert error={rules.error} onRetry={() => void rules.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<RequirementRule>
            rowKey="id"
            size="small"
            loading={rules.isPending}
            dataSource={shown}
            pagination={false}
            scroll={{ x: 960 }}
            columns={[
              {
                title: t('duties.rules.name'),
                key: 'title',
                render: (_, rule) => (
                  <div>
                    <div>{rule.title}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {rule.code}
                    </Typography.Text>
                  </div>
                ),
              },
              {
                title: t('duties.rules.capability'),
                key: 'capability',
                render: (_, rule) => <Tag>{t(`label.enum.Capability.${rule.capability}`)}</Tag>,
              },
              { title: t('duties.rules.appliesTo'), key: 'appliesTo', render: (_, rule) => <AppliesToTags appliesTo={rule.appliesTo} /> },
              {
                title: t('duties.rules.period'),
                key: 'period',
                render: (_, rule) =>
                  rule.periodType === 'EVENT' && rule.eventDays !== null
                    ? t('duties.rules.eventDays', { count: rule.eventDays })
                    : t(`label.enum.PeriodType.${rule.periodType}`),
              },
              { title: t('duties.rules.minCount'), dataIndex: 'minCount', align: 'right' },
              { title: t('duties.rules.graceDays'), dataIndex: 'graceDays', align: 'right' },
              {
                title: t('duties.rules.jurisdiction'),
                key: 'jurisdiction',
                render: (_, rule) => t(`label.enum.Jurisdiction.${rule.jurisdiction}`),
              },
              {
                title: t('duties.rules.effective'),
                key: 'effective',
                render: (_, rule) => `${rule.effectiveFrom} – ${rule.effectiveTo ?? t('duties.rules.open')}`,
              },
              { title: t('duties.rules.citation'), dataIndex: 'citation' },
            ]}
          />
        </Card>
      )}
    </Flex>
  );
}
