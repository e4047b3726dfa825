import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnterpriseSearch, useScopeEnterprises, type EnterpriseChoice } from '../api/get-enterprises';

interface Props {
  id: string;
  value: string;
  onChange: (id: string, enterprise: EnterpriseChoice | undefined) => void;
  /** The chosen enterprise's name, for a value that is not in the list (a queued report loaded back). */
  chosenName?: string;
  invalid: boolean;
  describedBy: string;
}

function matches(enterprise: EnterpriseChoice, q: string): boolean {
  return enterprise.name.includes(q) || enterprise.code.includes(q);
}

/**
 * The report form's enterprise, on native controls: a search box narrows the caller's own scope (本辖区企业, cached for
 * offline use); what the scope does not hold is searched on the server. The choice is a native select, which a
 * phone shows as its own picker.
 */
export function EnterprisePicker({ id, value, onChange, chosenName, invalid, describedBy }: Props) {
  const { t } = useTranslation();
  const searchId = useId();
  const [q, setQ] = useState('');
  const scope = useScopeEnterprises();
  const local = scope.data ?? [];
  const query = q.trim();
  const localMatches = query === '' ? local : local.filter((e) => matches(e, query));
  const search = useEnterpriseSearch(localMatches.length === 0 ? query : '');
  const byId = new Map<string, EnterpriseChoice>();
  for (const e of [...localMatches, ...(search.data ?? [])]) byId.set(e.id, e);
  const known = new Map<string, EnterpriseChoice>([...local, ...(search.data ?? [])].map((e) => [e.id, e]));
  const options = [...byId.values()];
  const chosen = value === '' ? undefined : (known.get(value) ?? { id: value, name: chosenName ?? value, code: '', industry: null });
  if (chosen && !byId.has(chosen.id)) options.unshift(chosen);
  const unavailable = scope.isError && local.length === 0;
  const busy = scope.isFetching || search.isFetching;

  return (
    <div className="enterprise-picker">
      <label htmlFor={searchId} className="field-sublabel">
        {t('hazards.report.searchEnterprise')}
      </label>
      <input
        id={searchId}
        type="search"
        className="input"
        value={q}
        placeholder={t('hazards.report.searchEnterprisePlaceholder')}
        autoComplete="off"
        onChange={(event) => {
          setQ(event.target.value);
        }}
      />
      <select
        id={id}
        className="input"
        value={value}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        aria-busy={busy}
        onChange={(event) => {
          onChange(event.target.value, known.get(event.target.value));
        }}
      >
        <option value="">{unavailable ? t('hazards.report.enterprisesUnavailable') : t('hazards.report.pickEnterprise')}</option>
        {options.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name}
          </option>
        ))}
      </select>
    </div>
  );
}
