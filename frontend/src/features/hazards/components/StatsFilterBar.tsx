import { Button, DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useIndustries, useIndustryName } from '@/lib/industries';
import type { StatsFilters } from '../api/get-hazard-stats';
import { RegionSelect } from './RegionSelect';

interface Props {
  filters: StatsFilters;
  onChange: (change: Partial<StatsFilters>) => void;
}

const day = 'YYYY-MM-DD';

export function StatsFilterBar({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const industries = useIndustries();
  const industryName = useIndustryName();
  const filtered = Object.values(filters).some(Boolean);

  return (
    <Space wrap style={{ width: '100%' }} data-testid="stats-filters">
      <RegionSelect
        value={filters.territoryId}
        placeholder={t('hazards.stats.allTerritories')}
        onChange={(territoryId) => {
          onChange({ territoryId });
        }}
        style={{ width: 220, maxWidth: '100%' }}
      />
      <Select<string>
        aria-label={t('hazards.field.industry')}
        placeholder={t('hazards.stats.allIndustries')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={filters.industry}
        onChange={(industry) => {
          onChange({ industry });
        }}
        options={(industries.data ?? []).map((i) => ({ value: i.code, label: industryName(i.code) }))}
        style={{ width: 200, maxWidth: '100%' }}
      />
      <DatePicker.RangePicker
        aria-label={t('hazards.stats.reportedRange')}
        placeholder={[t('hazards.stats.reportedFrom'), t('hazards.stats.reportedTo')]}
        allowEmpty={[true, true]}
        value={[filters.reportedFrom ? dayjs(filters.reportedFrom) : null, filters.reportedTo ? dayjs(filters.reportedTo) : null]}
        onChange={(range) => {
          onChange({ reportedFrom: range?.[0]?.format(day), reportedTo: range?.[1]?.format(day) });
        }}
        style={{ maxWidth: '100%' }}
      />
      {filtered && (
        <Button
          onClick={() => {
            onChange({ territoryId: undefined, industry: undefined, reportedFrom: undefined, reportedTo: undefined });
          }}
        >
          {t('hazards.filter.clear')}
        </Button>
      )}
    </Space>
  );
}
