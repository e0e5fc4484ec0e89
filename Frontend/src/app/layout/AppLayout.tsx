import { Flex, Layout, Space, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { homePath } from '../navigation';
import { LanguageSwitch } from './LanguageSwitch';
import { SideMenu } from './SideMenu';
import { UserMenu } from './UserMenu';

function Brand() {
  const { t } = useTranslation();
  return (
    <Link to={homePath} style={{ color: 'inherit' }}>
      <Flex align="center" gap={10}>
        <img src="/favicon.svg" alt="" width={28} height={28} />
        <Flex vertical>
          <Typography.Text strong style={{ fontSize: 16, lineHeight: 1.3 }}>
            {t('app.name')}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, lineHeight: 1.3 }}>
            {t('app.subtitle')}
          </Typography.Text>
        </Flex>
      </Flex>
    </Link>
  );
}

/** The shell around every staff page: brand, the signed-in person and language in the header, modules at the side. */
export function AppLayout() {
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
          <Brand />
          <Space size={16}>
            <UserMenu />
            <LanguageSwitch />
          </Space>
        </Flex>
      </Layout.Header>
      <Layout>
        <Layout.Sider
          width={220}
          breakpoint="lg"
          collapsedWidth={0}
          style={{ background: token.colorBgContainer, borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
        >
          <SideMenu />
        </Layout.Sider>
        <Layout.Content style={{ padding: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
