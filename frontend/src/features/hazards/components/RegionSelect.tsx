import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegion, useRegionSearch, type RegionChoice } from '../api/get-regions';

interface Props {
  value?: string;
  onChange: (id: string | undefined) => void;
  placeholder?: string;
  style?: React.CSSProperties;
}

/** Picks a region (属地) among those in the caller's scope; the server searches by name or code. */
export function RegionSelect({ value, onChange, placeholder, style }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const search = useRegionSearch(q);
  const selected = useRegion(value);
  const byId = new Map<string, RegionChoice>();
  if (selected.data) byId.set(selected.data.id, selected.data);
  for (const r of search.data ?? []) byId.set(r.id, r);

  return (
    <Select<string>
      aria-label={t('hazards.field.territory')}
      placeholder={placeholder}
      allowClear
      showSearch={{
        filterOption: false,
        onSearch: (text) => {
          setQ(text.trim());
        },
      }}
      loading={search.isFetching}
      value={value}
      onChange={(next) => {
        onChange(next);
      }}
      options={[...byId.values()].map((r) => ({ value: r.id, label: r.name }))}
      style={style}
    />
  );
}
