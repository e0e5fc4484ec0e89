import { DownOutlined, LogoutOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DataScopeLabel } from '../../features/access/common/DataScopeLabel';
import { roleLabel } from '../../shared/auth/roles';
import { useSession, useSignOut } from '../../shared/auth/session';
import { signInPath } from '../../shared/auth/signInPath';
import { describeError } from '../../shared/ui/describeError';

/** The signed-in person in the header: name and role; the menu shows the scope, the account page and sign-out. */
export function UserMenu() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  const signOut = useSignOut();

  if (!session.data) return null;
  const { displayName, role, dataScope } = session.data;

  async function leave() {
    try {
      await signOut.mutateAsync();
    } catch (error) {
      const { title, detail } = describeError(error, t);
      void message.error(detail ?? title);
      return;
    }
    // The sign-in page then forgets everything the session could see.
    void queryClient.cancelQueries();
    void navigate(signInPath(undefined, 'signed-out'), { replace: true });
  }

  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      menu={{
        items: [
          {
            key: 'who',
            type: 'group',
            label: (
              <Flex vertical style={{ maxWidth: 280 }}>
                <Typography.Text strong>{displayName}</Typography.Text>
                <Typography.Text type="secondary">{roleLabel(t, role)}</Typography.Text>
                <Typography.Text type="secondary">
                  {t('userMenu.scope')}
                  <DataScopeLabel scope={dataScope} plain />
                </Typography.Text>
              </Flex>
            ),
          },
          { type: 'divider' },
          { key: 'account', icon: <SettingOutlined />, label: t('userMenu.account'), onClick: () => void navigate('/account') },
          { key: 'sign-out', icon: <LogoutOutlined />, label: t('userMenu.signOut'), onClick: () => void leave() },
        ],
      }}
    >
      <Button type="text" aria-label={t('userMenu.label', { name: displayName })} data-testid="user-menu" loading={signOut.isPending}>
        <Flex align="center" gap={8}>
          <UserOutlined />
          <span>{displayName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {roleLabel(t, role)}
          </Typography.Text>
          <DownOutlined style={{ fontSize: 10 }} />
        </Flex>
      </Button>
    </Dropdown>
  );
}
