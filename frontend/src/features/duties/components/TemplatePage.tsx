import { Alert, Button, Card, Descriptions, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending } from '@/lib/QueryPending';
import { isProblem } from '@/lib/problem';
import { can, useMe } from '@/lib/session';
import { useRetireTemplate, useTemplate } from '../api/templates';
import { ListItemsTable } from './ListItemsTable';

/** A template version: its holder kind, sources and duties (legal basis, period, evidence, in person); a manager edits or retires the latest. */
export function TemplatePage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const query = useTemplate(id);
  const retire = useRetireTemplate();
  if (query.isPending) return <QueryPending query={query} />;
  if (query.isError) {
    return isProblem(query.error, 404) ? (
      <Alert type="warning" showIcon title={t('templates.notFound')} />
    ) : (
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  const { template, etag } = query.data;
  const manages = can(me.data, 'MANAGE_LIST_TEMPLATES') && template.latest && !template.retiredAt;
  return (
    <Flex vertical gap="middle">
      <Link to="/lists/templates">{t('templates.back')}</Link>
      <Flex wrap gap="small" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {template.title}
        </Typography.Title>
        {template.retiredAt ? <Tag>{t('templates.retired')}</Tag> : <Tag color="green">{t('templates.live')}</Tag>}
        {!template.latest && <Tag color="gold">{t('templates.older')}</Tag>}
      </Flex>
      {manages && (
        <Flex wrap gap="small">
          <Link to={`/lists/templates/${encodeURIComponent(template.id)}/edit`}>
            <Button type="primary">{t('templates.edit')}</Button>
          </Link>
          <Popconfirm
            title={t('templates.retireConfirm')}
            okText={t('templates.retire')}
            cancelText={t('templates.cancel')}
            onConfirm={() => {
              retire.mutate({ id: template.id, etag });
            }}
          >
            <Button danger loading={retire.isPending}>
              {t('templates.retire')}
            </Button>
          </Popconfirm>
        </Flex>
      )}
      {retire.isError && <ProblemAlert error={retire.error} />}
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'kind', label: t('lists.field.holderKind'), children: t(`label.enum.HolderKind.${template.holderKind}`) },
            { key: 'code', label: t('lists.field.code'), children: template.code },
            { key: 'version', label: t('lists.field.version'), children: t('lists.versionNo', { n: template.versionNo }) },
            { key: 'owner', label: t('templates.field.owner'), children: template.issuingOrg?.name ?? t('templates.system') },
            { key: 'created', label: t('templates.field.created'), children: `${template.createdBy} · ${new Date(template.createdAt).toLocaleDateString(i18n.language)}` },
            { key: 'sources', label: t('templates.field.sources'), children: template.sourceDocs },
          ]}
        />
      </Card>
      <Card size="small" title={t('lists.items', { count: template.items.length })} styles={{ body: { padding: 0 } }}>
        <ListItemsTable items={template.items} />
      </Card>
    </Flex>
  );
}
