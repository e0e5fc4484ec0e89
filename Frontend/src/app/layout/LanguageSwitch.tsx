import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, currentLanguage, type Language } from '../i18n';

/** 中文 / English: switches i18next (and with it antd's locale) and remembers the choice. */
export function LanguageSwitch() {
  const { t } = useTranslation();

  return (
    <Segmented<Language>
      aria-label={t('language.label')}
      value={currentLanguage()}
      options={[
        { value: 'zh-CN', label: <span lang="zh-CN">{t('language.zhCN')}</span> },
        { value: 'en', label: <span lang="en">{t('language.en')}</span> },
      ]}
      onChange={(language) => void chooseLanguage(language)}
    />
  );
}
