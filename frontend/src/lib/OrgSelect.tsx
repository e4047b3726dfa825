import { Select } from 'antd';
import { useState } from 'react';
import { useOrgNames, useOrgSearch, type OrgChoice, type OrgKind } from './orgs';

interface Props {
  kind: OrgKind;
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  id?: string;
  ariaLabel: string;
  placeholder?: string;
  style?: React.CSSProperties;
  /** Offered first whatever the search (e.g. the caller's own org beside the enterprises below it). */
  pinned?: readonly OrgChoice[];
}

/** Picks an org of one kind among those in the caller's scope; the server searches by name or code. */
export function OrgSelect({ kind, value, onChange, id, ariaLabel, placeholder, style, pinned = [] }: Props) {
  const [q, setQ] = useState('');
  const search = useOrgSearch(kind, q);
  const selectedName = useOrgNames([value]);
  const options = new Map<string, string>();
  for (const org of pinned) options.set(org.id, org.name);
  if (value && selectedName.has(value)) options.set(value, selectedName.get(value) ?? '');
  for (const org of search.data ?? []) options.set(org.id, org.name);

  return (
    <Select<string>
      id={id}
      aria-label={ariaLabel}
      placeholder={placeholder}
      allowClear
      showSearch={{
        filterOption: false,
        onSearch: (text) => {
          setQ(text.trim());
        },
      }}
      loading={search.isFetching}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next)}
      options={[...options].map(([v, label]) => ({ value: v, label }))}
      style={style}
    />
  );
}
