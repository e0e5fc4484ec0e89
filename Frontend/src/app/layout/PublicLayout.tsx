import { Flex, Layout, Typography, theme } from 'antd';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of pages without a session (public look-up, sign-in): the product's name and the language switch, no staff menu. */
export function PublicLayout({ subtitleKey = 'lookup.subtitle' }: { subtitleKey?: ParseKeys }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          paddingInline: 24,
        }}
      >
        <Flex justify="space-between" align="center" style={{ height: '100%' }}>
          <Flex align="center" gap={10}>
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <Flex vertical>
              <Typography.Text strong style={{ fontSize: 16, lineHeight: 1.3 }}>
                {t('app.name')}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12, lineHeight: 1.3 }}>
                {t(subtitleKey)}
              </Typography.Text>
            </Flex>
          </Flex>
          <LanguageSwitch />
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1280, width: '100%', margin: '0 auto' }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
