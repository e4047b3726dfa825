import { Descriptions, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIndustryName } from '@/lib/industries';
import type { Org } from '../api/get-org';

export function OrgSummary({ org }: { org: Org }) {
  const { t, i18n } = useTranslation();
  const industryName = useIndustryName();
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));

  const items: DescriptionsProps['items'] = [
    { key: 'code', label: t('orgs.field.code'), children: org.code },
    { key: 'kind', label: t('orgs.field.kind'), children: t(`label.enum.OrgKind.${org.kind}`) },
  ];
  if (org.regionLevel) {
    items.push({ key: 'regionLevel', label: t('orgs.field.regionLevel'), children: t(`label.enum.RegionLevel.${org.regionLevel}`) });
  }
  // The parent is the last ancestor, and listed only when it is inside the caller's scope.
  const parent = org.ancestors.at(-1);
  if (parent) {
    items.push({
      key: 'parent',
      label: t('orgs.field.parent'),
      children: <Link to={`/orgs/${encodeURIComponent(parent.id)}`}>{parent.name}</Link>,
    });
  }
  if (org.kind === 'DEPARTMENT') {
    items.push({
      key: 'industries',
      label: t('orgs.field.industries'),
      children: org.industries.length > 0 ? org.industries.map(industryName).join('、') : t('common.none'),
    });
  }
  if (org.kind === 'ENTERPRISE') {
    items.push(
      { key: 'industry', label: t('orgs.field.industry'), children: org.industry ? industryName(org.industry) : '—' },
      { key: 'employees', label: t('orgs.field.employees'), children: org.employees ?? '—' },
      { key: 'highRisk', label: t('orgs.field.highRisk'), children: yesNo(org.highRisk) },
      {
        key: 'emergencyKeyCategory',
        label: t('orgs.field.emergencyKeyCategory'),
        children: (
          <span data-testid="org-key-category">
            {org.emergencyKeyCategory ? t(`label.enum.EmergencyKeyCategory.${org.emergencyKeyCategory}`) : t('orgs.field.notKeyUnit')}
          </span>
        ),
      },
      {
        key: 'riskColor',
        label: t('orgs.field.riskColor'),
        children: org.riskColor ? t(`label.enum.RiskColor.${org.riskColor}`) : '—',
      },
      {
        key: 'riskClass',
        label: t('orgs.field.riskClass'),
        children: org.riskClass ? t(`label.enum.RiskClass.${org.riskClass}`) : '—',
      },
    );
  }
  items.push(
    { key: 'address', label: t('orgs.field.address'), children: <span data-testid="org-address">{org.address ?? '—'}</span> },
    {
      key: 'updatedAt',
      label: t('orgs.field.updatedAt'),
      children: new Date(org.updatedAt).toLocaleString(i18n.language),
    },
  );

  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      styles={{ label: { whiteSpace: 'nowrap' } }}
      items={items}
    />
  );
}
