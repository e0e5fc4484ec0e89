import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider, type ConfigProviderProps } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from './i18n';

const antdLocales: Record<Language, NonNullable<ConfigProviderProps['locale']>> = { 'zh-CN': zhCN, en: enUS };

interface AppProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
}

/** Server state, antd's locale (following i18next's language) and antd's context. */
export function AppProviders({ queryClient, children }: AppProvidersProps) {
  // Subscribes to language changes so antd's locale follows the switch.
  useTranslation();

  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={antdLocales[currentLanguage()]}>
        <AntdApp>{children}</AntdApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
