import { Button, DatePicker, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { HazardFilters } from '../api/get-hazards';
import { hazardLevels, hazardSources, hazardStates, type HazardLevel, type HazardSource, type HazardState } from '../api/types';
import { EnterpriseSelect } from './EnterpriseSelect';

interface Props {
  filters: HazardFilters;
  onChange: (change: Partial<HazardFilters>) => void;
  /** One full-width control per line (the phone's filter drawer). */
  vertical?: boolean;
}

/** How many filters are set, for the phone's "筛选 (n)" button; the sort order is not a filter. */
export function activeFilterCount(filters: HazardFilters): number {
  // filters come from the URL (parseHazardFilters), which holds set values only
  const set = Object.keys(filters).filter((key) => key !== 'sort');
  // the deadline range is one control
  return new Set(set.map((key) => (key.startsWith('deadline') ? 'deadline' : key))).size;
}

const day = 'YYYY-MM-DD';

export function HazardFilterBar({ filters, onChange, vertical = false }: Props) {
  const { t } = useTranslation();
  const filtered = Object.keys(filters).some((key) => key !== 'sort');
  const overdue = filters.overdue === undefined ? undefined : String(filters.overdue);

  return (
    <Space
      wrap
      orientation={vertical ? 'vertical' : 'horizontal'}
      className={vertical ? 'hazard-filters vertical' : 'hazard-filters'}
      style={{ width: '100%' }}
      data-testid="hazard-filters"
    >
      <Input.Search
        key={filters.q ?? ''}
        defaultValue={filters.q}
        placeholder={t('hazards.filter.search')}
        aria-label={t('hazards.filter.search')}
        allowClear
        enterButton
        onSearch={(value) => {
          onChange({ q: value.trim() || undefined });
        }}
        style={{ width: 260, maxWidth: '100%' }}
      />
      <Select<HazardState[]>
        mode="multiple"
        aria-label={t('hazards.field.state')}
        placeholder={t('hazards.filter.allStates')}
        allowClear
        maxTagCount="responsive"
        value={filters.state ?? []}
        onChange={(state) => {
          onChange({ state: state.length > 0 ? state : undefined });
        }}
        options={hazardStates.map((s) => ({ value: s, label: t(`label.enum.State.${s}`) }))}
        style={{ minWidth: 180, maxWidth: '100%' }}
      />
      <Select<HazardLevel>
        aria-label={t('hazards.field.level')}
        placeholder={t('hazards.filter.allLevels')}
        allowClear
        value={filters.level}
        onChange={(level) => {
          onChange({ level });
        }}
        options={hazardLevels.map((l) => ({ value: l, label: t(`label.enum.Level.${l}`) }))}
        style={{ width: 120 }}
      />
      <Select<string>
        aria-label={t('hazards.filter.overdue')}
        placeholder={t('hazards.filter.overdue')}
        allowClear
        value={overdue}
        onChange={(value: string | undefined) => {
          onChange({ overdue: value === undefined ? undefined : value === 'true' });
        }}
        options={[
          { value: 'true', label: t('hazards.filter.overdueOnly') },
          { value: 'false', label: t('hazards.filter.notOverdue') },
        ]}
        style={{ width: 130 }}
      />
      <Select<HazardSource>
        aria-label={t('hazards.field.source')}
        placeholder={t('hazards.filter.allSources')}
        allowClear
        value={filters.source}
        onChange={(source) => {
          onChange({ source });
        }}
        options={hazardSources.map((s) => ({ value: s, label: t(`label.enum.Source.${s}`) }))}
        style={{ width: 140 }}
      />
      <EnterpriseSelect
        value={filters.enterpriseId}
        placeholder={t('hazards.filter.allEnterprises')}
        onChange={(enterpriseId) => {
          onChange({ enterpriseId });
        }}
        style={{ width: 220, maxWidth: '100%' }}
      />
      <DatePicker.RangePicker
        aria-label={t('hazards.filter.deadlineRange')}
        placeholder={[t('hazards.filter.deadlineFrom'), t('hazards.filter.deadlineTo')]}
        allowEmpty={[true, true]}
        value={[filters.deadlineFrom ? dayjs(filters.deadlineFrom) : null, filters.deadlineTo ? dayjs(filters.deadlineTo) : null]}
        onChange={(range) => {
          onChange({ deadlineFrom: range?.[0]?.format(day), deadlineTo: range?.[1]?.format(day) });
        }}
        style={{ maxWidth: '100%' }}
      />
      {filtered && (
        <Button
          onClick={() => {
            onChange({
              state: undefined,
              level: undefined,
              overdue: undefined,
              source: undefined,
              q: undefined,
              enterpriseId: undefined,
              deadlineFrom: undefined,
              deadlineTo: undefined,
              extensionRequested: undefined,
            });
          }}
        >
          {t('hazards.filter.clear')}
        </Button>
      )}
    </Space>
  );
}
