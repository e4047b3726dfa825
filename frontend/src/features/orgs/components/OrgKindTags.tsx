import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Org } from '../api/get-org';

const riskTagColors = { GREEN: 'green', YELLOW: 'gold', RED: 'red' } as const;

export function OrgKindTags({ org }: { org: Org }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag>{t(`label.enum.OrgKind.${org.kind}`)}</Tag>
      {org.regionLevel && <Tag color="blue">{t(`label.enum.RegionLevel.${org.regionLevel}`)}</Tag>}
      {org.riskColor && <Tag color={riskTagColors[org.riskColor]}>{t(`label.enum.RiskColor.${org.riskColor}`)}</Tag>}
      {org.highRisk && <Tag color="volcano">{t('orgs.field.highRisk')}</Tag>}
    </>
  );
}
