import { AuditOutlined, DatabaseOutlined, SafetyCertificateOutlined, SettingOutlined } from '@ant-design/icons';
import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';
import { permissions, type Permission } from '../shared/auth/session';

export interface NavigationItem {
  path: string;
  labelKey: ParseKeys;
  /** Shown only when the session grants this; without one, every signed-in person sees it (reference data). */
  permission?: Permission;
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
    items: [
      { path: '/registry/regions', labelKey: 'nav.registry.regions' },
      { path: '/registry/firms', labelKey: 'nav.registry.firms', permission: permissions.firmsRead },
      { path: '/registry/lawyers', labelKey: 'nav.registry.lawyers', permission: permissions.lawyersRead },
      { path: '/registry/imports', labelKey: 'nav.registry.imports', permission: permissions.lawyersWrite },
    ],
  },
  {
    key: 'supervision',
    labelKey: 'nav.supervision.title',
    icon: <SafetyCertificateOutlined />,
    items: [
      { path: '/supervision/complaints', labelKey: 'nav.supervision.complaints', permission: permissions.complaintsRead },
      { path: '/supervision/rights-cases', labelKey: 'nav.supervision.rightsCases', permission: permissions.rightsRead },
      { path: '/supervision/integrity-records', labelKey: 'nav.supervision.integrity', permission: permissions.integrityRead },
      { path: '/supervision/surveys', labelKey: 'nav.supervision.surveys', permission: permissions.surveysManage },
      { path: '/supervision/firm-surveys', labelKey: 'nav.supervision.firmSurveys', permission: permissions.surveysAnswer },
      { path: '/supervision/model-firms', labelKey: 'nav.supervision.modelFirms', permission: permissions.modelFirmsManage },
      { path: '/supervision/assessments', labelKey: 'nav.supervision.assessments', permission: permissions.assessmentsRead },
      { path: '/supervision/meetings', labelKey: 'nav.supervision.meetings', permission: permissions.governanceRead },
      { path: '/supervision/committees', labelKey: 'nav.supervision.committees', permission: permissions.governanceRead },
    ],
  },
  {
    key: 'admin',
    labelKey: 'nav.admin.title',
    icon: <SettingOutlined />,
    items: [
      { path: '/admin/users', labelKey: 'nav.admin.users', permission: permissions.accessManage },
      { path: '/admin/clients', labelKey: 'nav.admin.clients', permission: permissions.accessManage },
      { path: '/admin/outbox', labelKey: 'nav.admin.outbox', permission: permissions.outboxManage },
      { path: '/admin/webhooks', labelKey: 'nav.admin.webhooks', permission: permissions.integrationManage },
      { path: '/admin/national-exchange', labelKey: 'nav.admin.nationalExchange', permission: permissions.integrationManage },
      { path: '/admin/event-types', labelKey: 'nav.admin.eventTypes', permission: permissions.integrationManage },
    ],
  },
  {
    key: 'audit',
    labelKey: 'nav.audit.title',
    icon: <AuditOutlined />,
    items: [
      { path: '/audit/records', labelKey: 'nav.audit.records', permission: permissions.auditRead },
      { path: '/audit/verification', labelKey: 'nav.audit.verification', permission: permissions.auditVerify },
    ],
  },
];

/** The menu as the caller may see it: items they lack the permission for are left out, then empty modules. */
export function visibleNavigation(can: (permission: Permission | undefined) => boolean): NavigationModule[] {
  return navigation
    .map((module) => ({ ...module, items: module.items.filter((item) => can(item.permission)) }))
    .filter((module) => module.items.length > 0);
}

/** Where `/` leads: the first page of the first module. */
export const homePath = navigation[0]?.items[0]?.path ?? '/';

/** The public pages (no sign-in), linked from each other's header. */
export const publicNavigation: { path: string; labelKey: ParseKeys }[] = [
  { path: '/public/lookup', labelKey: 'nav.public.lookup' },
  { path: '/public/complaints', labelKey: 'nav.public.complaint' },
  { path: '/public/complaints/follow', labelKey: 'nav.public.follow' },
  { path: '/public/model-firms', labelKey: 'nav.public.modelFirms' },
];
