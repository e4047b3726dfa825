import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending } from '@/lib/QueryPending';
import { isProblem } from '@/lib/problem';
import { can, useMe } from '@/lib/session';
import { useOrg } from '../api/get-org';
import { OrgEditForm } from './OrgEditForm';
import { OrgKindTags } from './OrgKindTags';
import { OrgNotFound } from './OrgNotFound';
import { OrgSummary } from './OrgSummary';

export function OrgDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const org = useOrg(id);
  const me = useMe();
  const canEdit = can(me.data, 'EDIT_ORGS');

  if (org.isPending) return <QueryPending query={org} />;
  if (org.isError) {
    if (isProblem(org.error, 404)) return <OrgNotFound />;
    return <ProblemAlert error={org.error} onRetry={() => void org.refetch()} />;
  }

  const versioned = org.data;
  return (
    <Flex vertical gap="middle">
      <Flex wrap align="center" gap="small">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {versioned.org.name}
        </Typography.Title>
        <OrgKindTags org={versioned.org} />
      </Flex>
      <Card title={t('orgs.detail')} size="small" extra={<Link to={`/orgs?parentId=${encodeURIComponent(id)}`}>{t('orgs.viewChildren')}</Link>}>
        <OrgSummary org={versioned.org} />
      </Card>
      {canEdit && (
        <Card title={t('orgs.edit')} size="small">
          <OrgEditForm
            key={`${versioned.etag ?? ''}:${versioned.org.version}`}
            versioned={versioned}
            onReload={() => void org.refetch()}
          />
        </Card>
      )}
    </Flex>
  );
}
