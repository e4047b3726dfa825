import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { evidenceText, requirementText, type ItemView } from './list-text';

/** A list version's or a template's duties in order, every code through its label. */
export function ListItemsTable({ items }: { items: readonly ItemView[] }) {
  const { t } = useTranslation();
  const rows = items.map((item, index) => ({ ...item, seq: index + 1 }));
  return (
    <Table<ItemView & { seq: number }>
      rowKey="seq"
      size="small"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 900 }}
      data-testid="list-items"
      columns={[
        { title: '#', dataIndex: 'seq', width: 48 },
        { title: t('lists.item.category'), key: 'category', width: 110, render: (_, i) => <Tag>{t(`label.enum.DutyCategory.${i.category}`)}</Tag> },
        {
          title: t('lists.item.text'),
          key: 'text',
          render: (_, i) => (
            <div>
              <div>{i.text}</div>
              {i.legalBasis && i.legalBasis.length > 0 && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('lists.item.basis', { basis: i.legalBasis.join('；') })}
                </Typography.Text>
              )}
            </div>
          ),
        },
        { title: t('lists.item.requirement'), key: 'requirement', width: 160, render: (_, i) => requirementText(t, i) },
        {
          title: t('lists.item.evidence'),
          key: 'evidence',
          width: 200,
          render: (_, i) => evidenceText(t, i).map((text) => <Tag key={text}>{text}</Tag>),
        },
        { title: t('lists.item.verification'), key: 'verification', width: 100, render: (_, i) => t(`label.enum.Verification.${i.verification ?? 'MANUAL'}`) },
      ]}
    />
  );
}
