import { ApiOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Flex, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/ui/describeError';
import { Page } from '../../../shared/ui/Page';
import { QueryState } from '../../../shared/ui/QueryState';
import { SubmitProblemAlert } from '../../../shared/ui/SubmitProblemAlert';
import { useFormSubmission } from '../../../shared/ui/useFormSubmission';
import type { ApiClient, ApiClientCredentials } from '../common/accessApi';
import { clientScopeLabel, clientScopes } from '../common/clientScopes';
import { DataScopeInput } from '../common/DataScopeInput';
import { DataScopeLabel } from '../common/DataScopeLabel';
import { OneTimeSecretModal } from '../../../shared/ui/OneTimeSecretModal';
import { useClients, useRegisterClient, useRemoveClient, useRotateClientSecret } from './useClients';

interface ClientValues {
  displayName: string;
  scopes: string[];
  dataScope?: string;
}

function RegisterClientModal({ onRegistered, onClose }: { onRegistered: (credentials: ApiClientCredentials) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ClientValues>();
  const register = useRegisterClient();
  const { problem, submitting, submit } = useFormSubmission(form);

  async function save(values: ClientValues) {
    const created = await submit(() =>
      register.mutateAsync({ displayName: values.displayName.trim(), scopes: values.scopes, dataScope: values.dataScope ?? null }),
    );
    if (created) onRegistered(created);
  }

  return (
    <Modal
      open
      title={t('access.clients.createTitle')}
      okText={t('access.clients.createSubmit')}
      okButtonProps={{ loading: submitting }}
      onOk={() => form.submit()}
      onCancel={onClose}
      maskClosable={false}
    >
      <SubmitProblemAlert problem={problem} />
      <Form form={form} name="registerClient" layout="vertical" initialValues={{ scopes: ['registry.read'] }} onFinish={(values) => void save(values)}>
        <Form.Item
          name="displayName"
          label={t('access.clients.fields.displayName')}
          extra={t('access.clients.hints.displayName')}
          rules={[
            { required: true, whitespace: true, message: t('form.required') },
            { min: 2, max: 100, message: t('access.clients.hints.displayName') },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="scopes" label={t('access.clients.fields.scopes')} rules={[{ required: true, type: 'array', min: 1, message: t('access.clients.hints.scopes') }]}>
          <Checkbox.Group
            options={clientScopes.map((scope) => ({
              value: scope,
              label: (
                <span>
                  {clientScopeLabel(t, scope)} <Typography.Text type="secondary" code>{scope}</Typography.Text>
                </span>
              ),
            }))}
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          />
        </Form.Item>
        <Form.Item
          name="dataScope"
          label={t('access.clients.fields.dataScope')}
          extra={t('access.clients.hints.dataScope')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DataScopeInput kind="region" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** How the external system uses its credentials: the token URL and a curl example. */
function TokenInstructions({ credentials }: { credentials: ApiClientCredentials }) {
  const { t } = useTranslation();
  const tokenUrl = new URL('/connect/token', window.location.origin).toString();
  const apiUrl = new URL('/api/registry/firms', window.location.origin).toString();
  const example = [
    `curl -X POST ${tokenUrl} \\`,
    `  -d grant_type=client_credentials \\`,
    `  -d client_id=${credentials.client.clientId} \\`,
    `  -d client_secret=${credentials.clientSecret} \\`,
    `  -d "scope=${credentials.client.scopes.join(' ')}"`,
    '',
    `curl -H "Authorization: Bearer <access_token>" ${apiUrl}`,
  ].join('\n');

  return (
    <Flex vertical gap={8}>
      <div>
        <Typography.Text type="secondary">{t('access.clients.fields.clientId')}</Typography.Text>
        <Typography.Paragraph code copyable style={{ margin: '4px 0 0' }}>
          {credentials.client.clientId}
        </Typography.Paragraph>
      </div>
      <div>
        <Typography.Text type="secondary">{t('access.clients.tokenUrl')}</Typography.Text>
        <Typography.Paragraph code copyable style={{ margin: '4px 0 0' }}>
          {tokenUrl}
        </Typography.Paragraph>
      </div>
      <div>
        <Typography.Text type="secondary">{t('access.clients.example')}</Typography.Text>
        <Typography.Paragraph copyable={{ text: example }} style={{ margin: '4px 0 0' }}>
          <pre data-testid="token-example" style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }}>
            {example}
          </pre>
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('access.clients.exampleHint')}
        </Typography.Text>
      </div>
    </Flex>
  );
}

/** 外部系统接入: the systems that call the API with OAuth client credentials; register, rotate a secret, remove. */
export function ClientListPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const clients = useClients();
  const rotate = useRotateClientSecret();
  const remove = useRemoveClient();
  const [registering, setRegistering] = useState(false);
  const [issued, setIssued] = useState<{ credentials: ApiClientCredentials; reason: 'created' | 'rotated' }>();

  function report(error: unknown) {
    const { title, detail } = describeError(error, t);
    void message.error(detail ?? title);
  }

  function confirmRotate(client: ApiClient) {
    modal.confirm({
      title: t('access.clients.rotate.title'),
      content: t('access.clients.rotate.question', { name: client.displayName }),
      okText: t('access.clients.rotate.confirm'),
      okButtonProps: { danger: true },
      cancelText: t('form.cancel'),
      onOk: async () => {
        try {
          setIssued({ credentials: await rotate.mutateAsync(client.clientId), reason: 'rotated' });
        } catch (error) {
          report(error);
        }
      },
    });
  }

  function confirmRemove(client: ApiClient) {
    modal.confirm({
      title: t('access.clients.remove.title'),
      content: t('access.clients.remove.question', { name: client.displayName }),
      okText: t('access.clients.remove.confirm'),
      okButtonProps: { danger: true },
      cancelText: t('form.cancel'),
      onOk: async () => {
        try {
          await remove.mutateAsync(client.clientId);
          void message.success(t('access.clients.remove.done', { name: client.displayName }));
        } catch (error) {
          report(error);
        }
      },
    });
  }

  return (
    <Page
      title={t('access.clients.title')}
      description={t('access.clients.description')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
          {t('access.clients.create')}
        </Button>
      }
    >
      <QueryState query={clients} isEmpty={(list) => list.length === 0} emptyDescription={t('access.clients.empty')}>
        {(list) => (
          <Table<ApiClient>
            rowKey={(client) => client.clientId}
            dataSource={list}
            pagination={false}
            loading={clients.isFetching}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                key: 'displayName',
                title: t('access.clients.fields.displayName'),
                render: (_, client) => (
                  <Space>
                    <ApiOutlined />
                    {client.displayName}
                  </Space>
                ),
              },
              {
                key: 'clientId',
                title: t('access.clients.fields.clientId'),
                render: (_, client) => (
                  <Typography.Text code copyable>
                    {client.clientId}
                  </Typography.Text>
                ),
              },
              {
                key: 'scopes',
                title: t('access.clients.fields.scopes'),
                render: (_, client) => (
                  <Space size={4} wrap>
                    {client.scopes.map((scope) => (
                      <Tag key={scope} title={scope}>
                        {clientScopeLabel(t, scope)}
                      </Tag>
                    ))}
                  </Space>
                ),
              },
              { key: 'dataScope', title: t('access.clients.fields.dataScope'), render: (_, client) => <DataScopeLabel scope={client.dataScope} /> },
              {
                key: 'actions',
                title: t('access.clients.fields.actions'),
                render: (_, client) => (
                  <Space size={0}>
                    <Button type="link" size="small" onClick={() => confirmRotate(client)}>
                      {t('access.clients.rotate.button')}
                    </Button>
                    <Button type="link" size="small" danger onClick={() => confirmRemove(client)}>
                      {t('access.clients.remove.button')}
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      {registering && (
        <RegisterClientModal
          onClose={() => setRegistering(false)}
          onRegistered={(credentials) => {
            setRegistering(false);
            setIssued({ credentials, reason: 'created' });
          }}
        />
      )}
      <OneTimeSecretModal
        secret={issued?.credentials.clientSecret}
        title={issued?.reason === 'rotated' ? t('access.clients.rotate.doneTitle') : t('access.clients.created')}
        intro={
          issued && (
            <Typography.Paragraph style={{ margin: 0 }}>
              {t('access.clients.secretFor', { name: issued.credentials.client.displayName })}
            </Typography.Paragraph>
          )
        }
        label={t('access.clients.clientSecret')}
        onClose={() => setIssued(undefined)}
      >
        {issued && <TokenInstructions credentials={issued.credentials} />}
      </OneTimeSecretModal>
    </Page>
  );
}
