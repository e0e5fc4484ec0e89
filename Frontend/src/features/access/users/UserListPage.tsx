import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/problem';
import { roleLabel, roleOptions } from '../../../shared/auth/roles';
import { useSession } from '../../../shared/auth/session';
import { describeError } from '../../../shared/ui/describeError';
import { useFormat } from '../../../shared/ui/format';
import { ListPage, type ListColumn, type ListFilter } from '../../../shared/ui/ListPage';
import { accessKeys, etagOf, type CreatedUser, type UserSummary } from '../common/accessApi';
import { DataScopeLabel } from '../common/DataScopeLabel';
import { OneTimeSecretModal } from '../../../shared/ui/OneTimeSecretModal';
import { CreateUserModal, EditUserModal } from './UserFormModal';
import { useChangeUserStatus, useResetPassword, useUserList } from './useUsers';

/** The temporary password to show once, and whose it is. */
interface Issued {
  user: UserSummary;
  password: string;
  reason: 'created' | 'reset';
}

function UserStatus({ user }: { user: UserSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const locked = user.lockedOutUntil && new Date(user.lockedOutUntil).getTime() > Date.now();
  return (
    <Space size={4} wrap>
      {user.isDisabled ? <Tag>{t('access.users.status.disabled')}</Tag> : <Tag color="green">{t('access.users.status.enabled')}</Tag>}
      {locked && (
        <Tag color="red" title={format.dateTime(user.lockedOutUntil)}>
          {t('access.users.status.lockedOut', { until: format.dateTime(user.lockedOutUntil) })}
        </Tag>
      )}
    </Space>
  );
}

/** 用户管理: accounts (by name and role), with create, edit, disable/enable and password reset. */
export function UserListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const session = useSession();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string>();
  const [issued, setIssued] = useState<Issued>();
  const changeStatus = useChangeUserStatus();
  const resetPassword = useResetPassword();

  function report(error: unknown) {
    if (error instanceof ApiError && error.problem.status === 412) {
      void message.error(t('access.users.stale'));
      void queryClient.invalidateQueries({ queryKey: accessKeys.userLists() });
      return;
    }
    const { title, detail } = describeError(error, t);
    void message.error(detail ?? title);
  }

  function toggle(user: UserSummary) {
    const step = user.isDisabled ? 'enable' : 'disable';
    modal.confirm({
      title: t(`access.users.${step}.title`),
      content: t(`access.users.${step}.question`, { name: user.displayName, userName: user.userName }),
      okText: t(`access.users.${step}.confirm`),
      okButtonProps: { danger: step === 'disable' },
      cancelText: t('form.cancel'),
      onOk: async () => {
        try {
          await changeStatus.mutateAsync({ id: user.id, step, etag: etagOf(user) });
          void message.success(t(`access.users.${step}.done`, { name: user.displayName }));
        } catch (error) {
          report(error);
        }
      },
    });
  }

  function reset(user: UserSummary) {
    modal.confirm({
      title: t('access.users.reset.title'),
      content: t('access.users.reset.question', { name: user.displayName, userName: user.userName }),
      okText: t('access.users.reset.confirm'),
      cancelText: t('form.cancel'),
      onOk: async () => {
        try {
          const result = await resetPassword.mutateAsync({ id: user.id, etag: etagOf(user) });
          setIssued({ user: result.user, password: result.temporaryPassword, reason: 'reset' });
        } catch (error) {
          report(error);
        }
      },
    });
  }

  const filters: ListFilter[] = [
    { name: 'name', label: t('access.users.filters.name'), placeholder: t('access.users.filters.namePlaceholder') },
    { name: 'role', label: t('access.users.fields.role'), options: roleOptions(t) },
  ];

  const columns: ListColumn<UserSummary>[] = [
    {
      key: 'userName',
      sortField: 'userName',
      title: t('access.users.fields.userName'),
      render: (_, user) => <Typography.Text code>{user.userName}</Typography.Text>,
    },
    { key: 'displayName', title: t('access.users.fields.displayName'), dataIndex: 'displayName' },
    { key: 'role', title: t('access.users.fields.role'), render: (_, user) => roleLabel(t, user.role) },
    { key: 'dataScope', title: t('access.users.fields.dataScope'), render: (_, user) => <DataScopeLabel scope={user.dataScope} /> },
    { key: 'status', title: t('access.users.fields.status'), render: (_, user) => <UserStatus user={user} /> },
    {
      key: 'twoFactor',
      title: t('access.users.fields.twoFactor'),
      render: (_, user) => (user.twoFactorEnabled ? t('access.users.twoFactorOn') : t('access.users.twoFactorOff')),
    },
    { key: 'createdAt', sortField: 'createdAt', title: t('access.users.fields.createdAt'), render: (_, user) => format.dateTime(user.createdAt) },
    {
      key: 'actions',
      title: t('access.users.fields.actions'),
      fixed: 'right',
      render: (_, user) => {
        const self = user.id === session.data?.userId;
        return (
          <Space size={0} wrap>
            <Button type="link" size="small" onClick={() => setEditing(user.id)}>
              {t('form.edit')}
            </Button>
            <Button type="link" size="small" danger={!user.isDisabled} disabled={self} onClick={() => toggle(user)}>
              {user.isDisabled ? t('access.users.enable.button') : t('access.users.disable.button')}
            </Button>
            <Button type="link" size="small" onClick={() => reset(user)}>
              {t('access.users.reset.button')}
            </Button>
          </Space>
        );
      },
    },
  ];

  return (
    <>
      <ListPage<UserSummary>
        title={t('access.users.title')}
        description={t('access.users.description')}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('access.users.create')}
          </Button>
        }
        filters={filters}
        columns={columns}
        rowKey={(user) => user.id}
        useList={useUserList}
        defaultSort="userName"
        emptyDescription={t('access.users.empty')}
      />
      {creating && (
        <CreateUserModal
          onClose={() => setCreating(false)}
          onCreated={(created: CreatedUser) => {
            setCreating(false);
            setIssued({ user: created.user, password: created.temporaryPassword, reason: 'created' });
          }}
        />
      )}
      {editing && <EditUserModal id={editing} onClose={() => setEditing(undefined)} />}
      <OneTimeSecretModal
        secret={issued?.password}
        title={issued?.reason === 'reset' ? t('access.users.reset.doneTitle') : t('access.users.created')}
        intro={
          issued && (
            <Typography.Paragraph style={{ margin: 0 }}>
              {t('access.users.passwordFor', { name: issued.user.displayName, userName: issued.user.userName })}
            </Typography.Paragraph>
          )
        }
        label={t('access.users.temporaryPassword')}
        onClose={() => setIssued(undefined)}
      >
        <Typography.Text type="secondary">{t('access.users.temporaryPasswordHint')}</Typography.Text>
      </OneTimeSecretModal>
    </>
  );
}
