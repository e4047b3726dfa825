import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIndustryName } from '@/lib/industries';
import type { AppliesTo } from '../api/types';

/** A rule's selector in words: each condition one tag, every code through its label. */
export function AppliesToTags({ appliesTo }: { appliesTo: AppliesTo }) {
  const { t } = useTranslation();
  const industryName = useIndustryName();
  const tags = [
    ...(appliesTo.orgKinds ?? []).map((k) => t(`label.enum.OrgKind.${k}`)),
    ...(appliesTo.regionLevels ?? []).map((k) => t(`label.enum.RegionLevel.${k}`)),
    ...(appliesTo.departmentKinds ?? []).map((k) => t(`label.enum.DepartmentKind.${k}`)),
    ...(appliesTo.postKinds ?? []).map((k) => t(`label.enum.PostKind.${k}`)),
    ...(appliesTo.industries ?? []).map(industryName),
    ...(appliesTo.highRisk === undefined ? [] : [t(appliesTo.highRisk ? 'duties.rules.highRisk' : 'duties.rules.notHighRisk')]),
    ...(appliesTo.zone === undefined ? [] : [t(appliesTo.zone ? 'duties.rules.zone' : 'duties.rules.notZone')]),
    ...(appliesTo.minEmployees === undefined ? [] : [t('duties.rules.minEmployees', { count: appliesTo.minEmployees })]),
    ...(appliesTo.regionId === undefined ? [] : [t('duties.rules.region')]),
  ];
  if (tags.length === 0) return <Tag>{t('duties.rules.everyone')}</Tag>;
  return (
    <Space size={[0, 4]} wrap>
      {tags.map((tag) => (
        <Tag key={tag}>{tag}</Tag>
      ))}
    </Space>
  );
}
