import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usePermissions } from '../../shared/auth/session';
import { navigation, visibleNavigation } from '../navigation';

type MenuItem = Required<MenuProps>['items'][number];

function selectedPaths(pathname: string): string[] {
  return navigation
    .flatMap((module) => module.items)
    .filter((item) => pathname === item.path || pathname.startsWith(`${item.path}/`))
    .map((item) => item.path);
}

/** The modules and the pages the caller may open (by the session's permissions); the current page is highlighted. */
export function SideMenu() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { can, session } = usePermissions();
  // Until an administrator or auditor has set up a second factor, there is nowhere else to go.
  const modules = session.data && !session.data.twoFactorEnrolmentRequired ? visibleNavigation(can) : [];

  const items: MenuItem[] = modules.map((module) => ({
    key: module.key,
    icon: module.icon,
    label: t(module.labelKey),
    children: module.items.map((item) => ({
      key: item.path,
      label: <Link to={item.path}>{t(item.labelKey)}</Link>,
    })),
  }));

  return (
    <nav aria-label={t('nav.label')}>
      <Menu
        mode="inline"
        items={items}
        selectedKeys={selectedPaths(pathname)}
        defaultOpenKeys={navigation.map((module) => module.key)}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}
