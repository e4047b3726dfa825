import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Org } from '../api/get-org';
import { OrgKindTags } from './OrgKindTags';

interface Props {
  org: Org;
  onBrowseChildren: (org: Org) => void;
}

export function OrgRow({ org, onBrowseChildren }: Props) {
  const { t } = useTranslation();
  return (
    <li className="org-row">
      <Flex justify="space-between" align="center" gap="small">
        <Flex vertical gap={4} style={{ minWidth: 0 }}>
          <Link to={`/orgs/${encodeURIComponent(org.id)}`} className="org-row-name">
            {org.name}
          </Link>
          <Flex wrap gap={4} align="center">
            <Typography.Text type="secondary">{org.code}</Typography.Text>
            <OrgKindTags org={org} />
          </Flex>
        </Flex>
        <Button
          size="small"
          aria-label={`${t('orgs.children')}: ${org.name}`}
          onClick={() => {
            onBrowseChildren(org);
          }}
        >
          {t('orgs.children')} ›
        </Button>
      </Flex>
    </li>
  );
}
