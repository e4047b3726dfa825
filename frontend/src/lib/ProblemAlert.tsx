import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemError, type FieldError } from './problem';

interface Props {
  error: unknown;
  onRetry?: () => void;
  /** Field messages to list; a form passes those it could not place beside a field. */
  fieldErrors?: readonly FieldError[];
}

/** Shows an API problem: its title (from the label catalog by code), detail and each field message. */
export function ProblemAlert({ error, onRetry, fieldErrors: shownFieldErrors }: Props) {
  const { t } = useTranslation();
  const problem = error instanceof ProblemError ? error : null;
  // The title by the problem's code in the UI's language (the server words it by Accept-Language too).
  const title = problem?.code
    ? t(`label.problem.${problem.code}.title`, { defaultValue: problem.title })
    : (problem?.title ?? t('problem.fallbackTitle'));
  const detail = problem ? problem.detail : error instanceof Error ? error.message : undefined;
  const fieldErrors = shownFieldErrors ?? problem?.errors ?? [];

  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={
        <>
          {detail && <div>{detail}</div>}
          {fieldErrors.length > 0 && (
            <>
              <div>{t('problem.fieldErrors')}</div>
              <ul data-testid="problem-field-errors">
                {fieldErrors.map((fe) => (
                  <li key={`${fe.field}:${fe.message}`}>
                    {fe.field ? <strong>{fe.field}</strong> : null}
                    {fe.field ? ': ' : null}
                    {fe.message}
                  </li>
                ))}
              </ul>
            </>
          )}
          {problem && <div className="problem-status">{t('problem.status', { status: problem.status })}</div>}
        </>
      }
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}
