import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, languages, switchLanguage, type Language } from '@/i18n/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('header.language')}
      value={currentLanguage(i18n)}
      options={languages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
      onChange={(language) => void switchLanguage(i18n, language)}
    />
  );
}
