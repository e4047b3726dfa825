import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIndustryName } from '@/lib/industries';
import type { Hazard } from '../api/types';

export function HazardSummary({ hazard: h }: { hazard: Hazard }) {
  const { t, i18n } = useTranslation();
  const industryName = useIndustryName();
  const when = (at: string | null) => (at ? new Date(at).toLocaleString(i18n.language) : '—');
  const gps = h.latitude !== null && h.longitude !== null ? `${h.latitude.toFixed(5)}, ${h.longitude.toFixed(5)}` : null;
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      items={[
        { key: 'code', label: t('hazards.field.code'), children: h.code },
        { key: 'category', label: t('hazards.field.category'), children: t(`label.enum.Category.${h.category}`) },
        { key: 'enterprise', label: t('hazards.field.enterprise'), children: h.enterprise?.name ?? '—' },
        { key: 'territory', label: t('hazards.field.territory'), children: h.territory.name },
        { key: 'industry', label: t('hazards.field.industry'), children: h.industry ? industryName(h.industry) : '—' },
        { key: 'source', label: t('hazards.field.source'), children: t(`label.enum.Source.${h.source}`) },
        { key: 'location', label: t('hazards.field.location'), children: [h.locationText, gps].filter(Boolean).join(' · ') || '—' },
        { key: 'discovered', label: t('hazards.field.discoveredBy'), children: `${h.discoveredBy} · ${when(h.discoveredAt)}` },
        { key: 'unit', label: t('hazards.field.responsibleUnit'), children: h.responsibleUnit ?? '—' },
        { key: 'person', label: t('hazards.field.responsiblePerson'), children: h.responsiblePerson ?? '—' },
        { key: 'deadline', label: t('hazards.field.deadline'), children: h.deadline ?? '—' },
        { key: 'measures', label: t('hazards.field.rectificationMeasures'), span: 'filled', children: h.rectificationMeasures ?? '—' },
        { key: 'description', label: t('hazards.field.description'), span: 'filled', children: h.description ?? '—' },
        // Only escalated tickets were reported anywhere: an empty "已上报至" on every ticket says nothing.
        ...(h.escalatedTo ? [{ key: 'escalated', label: t('hazards.field.escalatedTo'), children: h.escalatedTo.name }] : []),
        ...(h.closedAt ? [{ key: 'closed', label: t('hazards.field.closedAt'), children: when(h.closedAt) }] : []),
      ]}
    />
  );
}
