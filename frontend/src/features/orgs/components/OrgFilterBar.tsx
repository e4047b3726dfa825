import { Button, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIndustries, useIndustryName } from '@/lib/industries';
import { orgKinds, type OrgFilters, type OrgKind } from '../api/get-orgs';

interface Props {
  filters: OrgFilters;
  onChange: (change: Partial<OrgFilters>) => void;
}

export function OrgFilterBar({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const industries = useIndustries();
  const industryName = useIndustryName();
  const filtered = Boolean(filters.q ?? filters.kind ?? filters.industry);

  return (
    <Space wrap style={{ width: '100%' }}>
      <Input.Search
        key={filters.q ?? ''}
        defaultValue={filters.q}
        placeholder={t('orgs.search')}
        aria-label={t('orgs.search')}
        allowClear
        enterButton
        onSearch={(value) => {
          onChange({ q: value.trim() || undefined });
        }}
        style={{ width: 280, maxWidth: '100%' }}
      />
      <Select<OrgKind>
        aria-label={t('orgs.kind')}
        placeholder={t('orgs.allKinds')}
        allowClear
        value={filters.kind}
        onChange={(kind) => {
          onChange({ kind });
        }}
        options={orgKinds.map((kind) => ({ value: kind, label: t(`label.enum.OrgKind.${kind}`) }))}
        style={{ width: 140 }}
      />
      <Select<string>
        aria-label={t('orgs.industry')}
        placeholder={t('orgs.allIndustries')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        loading={industries.isLoading}
        value={filters.industry}
        onChange={(industry) => {
          onChange({ industry });
        }}
        options={(industries.data ?? []).map((i) => ({ value: i.code, label: industryName(i.code) }))}
        style={{ width: 180 }}
      />
      {filtered && (
        <Button
          onClick={() => {
            onChange({ q: undefined, kind: undefined, industry: undefined });
          }}
        >
          {t('orgs.clearFilters')}
        </Button>
      )}
    </Space>
  );
}
