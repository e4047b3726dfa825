import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ResultScreen } from '@/lib/ResultScreen';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <ResultScreen
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.subtitle')}
      extra={
        <Link to="/" className="btn btn-primary">
          {t('notFound.home')}
        </Link>
      }
    />
  );
}
