import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider, type ConfigProviderProps } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from './i18n';

const antdLocales: Record<Language, NonNullable<ConfigProviderProps['locale']>> = { 'zh-CN': zhCN, en: enUS };
/** The date pickers' month and weekday names come from dayjs's locale. */
const dayjsLocales: Record<Language, string> = { 'zh-CN': 'zh-cn', en: 'en' };

interface AppProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
}

/** Server state, antd's locale (following i18next's language) and antd's context. */
export function AppProviders({ queryClient, children }: AppProvidersProps) {
  // Subscribes to language changes so antd's locale follows the switch.
  useTranslation();
  const language = currentLanguage();
  dayjs.locale(dayjsLocales[language]);

  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={antdLocales[language]}>
        <AntdApp>{children}</AntdApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
