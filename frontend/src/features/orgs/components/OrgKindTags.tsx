import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Org } from '../api/get-org';

const riskTagColors = { GREEN: 'green', YELLOW: 'gold', RED: 'red' } as const;

export function OrgKindTags({ org }: { org: Org }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag>{t(`enum.kind.${org.kind}`)}</Tag>
      {org.regionLevel && <Tag color="blue">{t(`enum.regionLevel.${org.regionLevel}`)}</Tag>}
      {org.riskColor && <Tag color={riskTagColors[org.riskColor]}>{t(`enum.riskColor.${org.riskColor}`)}</Tag>}
      {org.highRisk && <Tag color="volcano">{t('orgs.field.highRisk')}</Tag>}
    </>
  );
}
