import { Form, Input, Modal, Select, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Versioned } from '../../../shared/api/client';
import { scopeKindOf } from '../../../shared/auth/dataScope';
import { roleOptions, type Role } from '../../../shared/auth/roles';
import { QueryState } from '../../../shared/ui/QueryState';
import { SubmitProblemAlert } from '../../../shared/ui/SubmitProblemAlert';
import { useFormSubmission } from '../../../shared/ui/useFormSubmission';
import type { CreatedUser, UserSummary } from '../common/accessApi';
import { DataScopeInput } from '../common/DataScopeInput';
import { useCreateUser, useUpdateUser, useUser } from './useUsers';

interface UserValues {
  userName?: string;
  displayName: string;
  role?: Role;
  dataScope?: string;
}

/** The fields both dialogs share; names are the API's, so a 400's errors land on them. */
function UserFields({ form, creating }: { form: FormInstance<UserValues>; creating: boolean }) {
  const { t } = useTranslation();
  const role = Form.useWatch('role', form);

  return (
    <>
      {creating && (
        <Form.Item
          name="userName"
          label={t('access.users.fields.userName')}
          extra={t('access.users.hints.userName')}
          rules={[
            { required: true, whitespace: true, message: t('form.required') },
            { pattern: /^[A-Za-z0-9._-]{3,50}$/, message: t('access.users.hints.userName') },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item
        name="displayName"
        label={t('access.users.fields.displayName')}
        rules={[
          { required: true, whitespace: true, message: t('form.required') },
          { min: 2, max: 50, message: t('access.users.hints.displayName') },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="role" label={t('access.users.fields.role')} rules={[{ required: true, message: t('form.required') }]}>
        <Select options={roleOptions(t)} placeholder={t('form.choose')} />
      </Form.Item>
      <Form.Item
        name="dataScope"
        label={t('access.users.fields.dataScope')}
        extra={t(`access.users.hints.scope.${scopeKindOf(role)}`)}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <DataScopeInput kind={scopeKindOf(role)} />
      </Form.Item>
    </>
  );
}

/** A new role may take another kind of scope (a firm, a lawyer, a region): the old choice no longer fits. */
function clearScopeOnKindChange(form: FormInstance<UserValues>) {
  return (changed: Partial<UserValues>) => {
    if ('role' in changed) {
      const scope = form.getFieldValue('dataScope') as string | undefined;
      if (scope && !scope.startsWith(`${scopeKindOf(changed.role)}:`)) form.setFieldValue('dataScope', undefined);
    }
  };
}

interface CreateUserModalProps {
  onCreated: (created: CreatedUser) => void;
  onClose: () => void;
}

/** 新建用户: name, role and scope; the temporary password comes back once (the caller shows it). */
export function CreateUserModal({ onCreated, onClose }: CreateUserModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UserValues>();
  const create = useCreateUser();
  const { problem, submitting, submit } = useFormSubmission(form);

  async function save(values: UserValues) {
    const created = await submit(() =>
      create.mutateAsync({
        userName: values.userName?.trim() ?? null,
        displayName: values.displayName.trim(),
        role: values.role ?? null,
        dataScope: values.dataScope ?? null,
      }),
    );
    if (created) onCreated(created);
  }

  return (
    <Modal
      open
      title={t('access.users.createTitle')}
      okText={t('access.users.createSubmit')}
      okButtonProps={{ loading: submitting }}
      onOk={() => form.submit()}
      onCancel={onClose}
      maskClosable={false}
    >
      <SubmitProblemAlert problem={problem} />
      <Form form={form} name="createUser" layout="vertical" onFinish={(values) => void save(values)} onValuesChange={clearScopeOnKindChange(form)}>
        <UserFields form={form} creating />
      </Form>
    </Modal>
  );
}

function EditUserForm({ loaded, reload, onClose }: { loaded: Versioned<UserSummary>; reload: () => Promise<unknown>; onClose: () => void }) {
  const { t } = useTranslation();
  // The version the edit started from: a background refetch must not move it (that would overwrite
  // somebody else's change without a word); only "reload" does.
  const [base, setBase] = useState(loaded);
  const [form] = Form.useForm<UserValues>();
  const update = useUpdateUser(base.data.id);
  const { problem, submitting, submit, clearProblem } = useFormSubmission(form);
  const [reloading, setReloading] = useState(false);
  const valuesOf = (user: UserSummary): UserValues => ({
    displayName: user.displayName,
    role: user.role as Role,
    dataScope: user.dataScope,
  });

  async function save(values: UserValues) {
    const updated = await submit(() =>
      update.mutateAsync({
        body: { displayName: values.displayName.trim(), role: values.role ?? null, dataScope: values.dataScope ?? null },
        etag: base.etag,
      }),
    );
    if (updated) onClose();
  }

  async function reloadRecord() {
    setReloading(true);
    try {
      const fresh = (await reload()) as { data?: Versioned<UserSummary> };
      if (fresh.data) {
        setBase(fresh.data);
        form.setFieldsValue(valuesOf(fresh.data.data));
        clearProblem();
      }
    } finally {
      setReloading(false);
    }
  }

  return (
    <Modal
      open
      title={t('access.users.editTitle', { name: base.data.userName })}
      okText={t('form.save')}
      okButtonProps={{ loading: submitting }}
      onOk={() => form.submit()}
      onCancel={onClose}
      maskClosable={false}
    >
      <SubmitProblemAlert problem={problem} onReload={() => void reloadRecord()} reloading={reloading} />
      <Form
        form={form}
        name="editUser"
        layout="vertical"
        initialValues={valuesOf(base.data)}
        onFinish={(values) => void save(values)}
        onValuesChange={clearScopeOnKindChange(form)}
      >
        <UserFields form={form} creating={false} />
      </Form>
    </Modal>
  );
}

/** 编辑用户: name, role and scope of one account, saved against the version it was read at (If-Match). */
export function EditUserModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const user = useUser(id);

  if (!user.data) {
    return (
      <Modal open title={t('access.users.editTitle', { name: '' })} footer={null} onCancel={onClose}>
        <QueryState query={user}>{() => null}</QueryState>
      </Modal>
    );
  }
  return <EditUserForm loaded={user.data} reload={() => user.refetch()} onClose={onClose} />;
}
