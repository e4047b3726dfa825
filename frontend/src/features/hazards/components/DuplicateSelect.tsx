import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '@/lib/api-context';
import { duplicateSearchQueryOptions } from '../api/get-hazards';

interface Props {
  value?: string;
  onChange?: (id: string | undefined) => void;
  id?: string;
  excludeId: string;
}

/** Finds the original ticket of a duplicate by its code or title. */
export function DuplicateSelect({ value, onChange, id, excludeId }: Props) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [q, setQ] = useState('');
  const found = useQuery(duplicateSearchQueryOptions(client, q));
  const options = (found.data?.items ?? [])
    .filter((h) => h.id !== excludeId)
    .map((h) => ({ value: h.id, label: `${h.code} ${h.title}` }));
  return (
    <Select<string>
      id={id}
      showSearch={{ filterOption: false, onSearch: (text) => { setQ(text.trim()); } }}
      placeholder={t('hazards.action.duplicateSearch')}
      loading={found.isFetching}
      value={value}
      onChange={onChange}
      options={options}
      allowClear
    />
  );
}
