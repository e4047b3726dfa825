import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldProps {
  id: string;
  label: string;
  optional?: boolean;
  hint?: string;
  error?: string;
  children: ReactNode;
}

/** A label, the control, then its hint and error (the control names both in aria-describedby: `${id}-help`). */
export function Field({ id, label, optional = false, hint, error, children }: FieldProps) {
  const { t } = useTranslation();
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
        {optional && <span className="field-optional">{t('hazards.report.optional')}</span>}
      </label>
      {children}
      <div id={`${id}-help`} className="field-help">
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        {hint && <p className="field-hint">{hint}</p>}
      </div>
    </div>
  );
}
