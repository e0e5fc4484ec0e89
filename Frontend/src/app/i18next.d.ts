import 'i18next';
import type zhCN from '../locales/zh-CN.json';

// zh-CN is the reference locale: keys missing there are compile errors in t('...').
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
    returnNull: false;
  }
}
