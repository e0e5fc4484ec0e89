import { DatabaseOutlined } from '@ant-design/icons';
import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';

export interface NavigationItem {
  path: string;
  labelKey: ParseKeys;
}

export interface NavigationModule {
  /** The module's name in the API and the URL (`/api/registry/...`, `/registry/...`). */
  key: string;
  labelKey: ParseKeys;
  icon: ReactNode;
  items: NavigationItem[];
}

/**
 * The side menu, one entry per module that exists, in the order users meet them.
 * A new module adds its entry here and its routes in router.tsx.
 */
export const navigation: NavigationModule[] = [
  {
    key: 'registry',
    labelKey: 'nav.registry.title',
    icon: <DatabaseOutlined />,
    items: [{ path: '/registry/regions', labelKey: 'nav.registry.regions' }],
  },
];

/** Where `/` leads: the first page of the first module. */
export const homePath = navigation[0]?.items[0]?.path ?? '/';
