import { Flex, Layout, Menu, Typography, theme } from 'antd';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { publicNavigation } from '../navigation';
import { LanguageSwitch } from './LanguageSwitch';

/** Links between the public pages (look-up, complaint, follow-up), the current one highlighted. */
function PublicMenu() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('nav.public.label')} style={{ flex: 1, minWidth: 0 }}>
      <Menu
        mode="horizontal"
        selectedKeys={publicNavigation.filter((item) => item.path === pathname).map((item) => item.path)}
        items={publicNavigation.map((item) => ({ key: item.path, label: <Link to={item.path}>{t(item.labelKey)}</Link> }))}
        style={{ borderBottom: 'none', justifyContent: 'flex-end' }}
      />
    </nav>
  );
}

/**
 * The frame of pages without a session (public look-up and complaints, sign-in): the product's
 * name and the language switch, no staff menu; the public pages link to each other.
 */
export function PublicLayout({ subtitleKey = 'lookup.subtitle', navigation = false }: { subtitleKey?: ParseKeys; navigation?: boolean }) {
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
        <Flex justify="space-between" align="center" gap={16} style={{ height: '100%' }}>
          <Flex align="center" gap={10} style={{ flexShrink: 0 }}>
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
          {navigation && <PublicMenu />}
          <LanguageSwitch />
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1280, width: '100%', margin: '0 auto' }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
