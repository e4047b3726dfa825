import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Missing and out-of-scope orgs look the same, as the API answers both with 404. */
export function OrgNotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('orgs.notFoundTitle')}
      subTitle={t('orgs.notFoundDetail')}
      extra={
        <Link to="/orgs">
          <Button type="primary">{t('orgs.backToList')}</Button>
        </Link>
      }
    />
  );
}
