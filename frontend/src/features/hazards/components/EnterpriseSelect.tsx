import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnterpriseSearch, useScopeEnterprises, type EnterpriseChoice } from '../api/get-enterprises';

interface Props {
  value?: string;
  onChange?: (id: string | undefined, enterprise: EnterpriseChoice | undefined) => void;
  id?: string;
  placeholder?: string;
  style?: React.CSSProperties;
}

/**
 * Picks an enterprise: first the caller's own scope (本辖区企业, cached for offline use), then a server
 * search by name or code when the user types something not in that list.
 */
export function EnterpriseSelect({ value, onChange, id, placeholder, style }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const scope = useScopeEnterprises();
  const local = scope.data ?? [];
  const matchesLocally = q === '' || local.some((e) => e.name.includes(q) || e.code.includes(q));
  const search = useEnterpriseSearch(matchesLocally ? '' : q);
  const byId = new Map<string, EnterpriseChoice>();
  for (const e of [...local, ...(search.data ?? [])]) byId.set(e.id, e);

  return (
    <Select<string>
      id={id}
      aria-label={t('hazards.field.enterprise')}
      placeholder={placeholder ?? t('hazards.report.pickEnterprise')}
      allowClear
      showSearch={{
        optionFilterProp: 'label',
        onSearch: (text) => {
          setQ(text.trim());
        },
      }}
      loading={scope.isFetching || search.isFetching}
      value={value}
      onChange={(next) => onChange?.(next, next ? byId.get(next) : undefined)}
      options={[...byId.values()].map((e) => ({ value: e.id, label: e.name }))}
      notFoundContent={scope.isError && local.length === 0 ? t('hazards.report.enterprisesUnavailable') : undefined}
      style={style}
    />
  );
}
