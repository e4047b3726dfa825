import { useTranslation } from 'react-i18next';

/** A plain CSS spinner for what the first load shows while waiting (no antd on that path). */
export function Spinner({ fullscreen = false, label }: { fullscreen?: boolean; label?: string }) {
  const { t } = useTranslation();
  return (
    <div className={fullscreen ? 'app-spinner fullscreen' : 'app-spinner'} role="status">
      <span className="app-spinner-dot" aria-hidden />
      <span className={label ? 'app-spinner-label' : 'visually-hidden'}>{label ?? t('common.loading')}</span>
    </div>
  );
}
