import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending } from '@/lib/QueryPending';
import { useIndustryName } from '@/lib/industries';
import { redlineRoles, useMe } from '@/lib/session';

export function MePage() {
  const { t } = useTranslation();
  const me = useMe();
  const industryName = useIndustryName();

  if (me.isPending) return <QueryPending query={me} />;
  if (me.isError) return <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />;

  const { name, username, org, roles, scope } = me.data;
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('me.title')}
      </Typography.Title>
      <Card size="small">
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'name', label: t('me.name'), children: name },
            { key: 'username', label: t('me.username'), children: username },
            {
              key: 'org',
              label: t('me.org'),
              children: <Link to={`/orgs/${encodeURIComponent(org.id)}`}>{org.name}</Link>,
            },
            { key: 'orgCode', label: t('me.orgCode'), children: org.code },
            { key: 'orgKind', label: t('me.orgKind'), children: t(`label.enum.OrgKind.${org.kind}`) },
            {
              key: 'roles',
              label: t('me.roles'),
              children: (
                <Flex wrap gap={4}>
                  {redlineRoles(roles).map((role) => (
                    <Tag key={role}>{t(`label.role.${role}`)}</Tag>
                  ))}
                </Flex>
              ),
            },
            { key: 'scope', label: t('me.scope'), children: t(`label.enum.ScopeMode.${scope.mode}`) },
            ...(scope.supervisedIndustries.length > 0
              ? [
                  {
                    key: 'industries',
                    label: t('me.supervisedIndustries'),
                    children: scope.supervisedIndustries.map(industryName).join('、'),
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </Flex>
  );
}
