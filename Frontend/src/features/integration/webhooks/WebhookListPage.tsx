import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormat } from '../../../shared/ui/format';
import { ListPage, type ListColumn, type ListFilter } from '../../../shared/ui/ListPage';
import type { WebhookSubscription, WebhookSubscriptionWithSecret } from '../common/integrationApi';
import { useApiClients } from '../common/useApiClients';
import { ActiveTag } from './ActiveTag';
import { useWebhookList } from './useWebhooks';
import { WebhookCreateModal } from './WebhookCreateModal';
import { WebhookSecretModal } from './WebhookSecretModal';

/** Oldest first, the host's order: subscriptions are few and read as a register. */
const defaultWebhookSort = 'createdAt';

/** The URL's length in the list; the detail page shows it whole. */
const urlColumnWidth = 360;

/** 外部接口（Webhook 订阅）: which API client receives which events where; subscribe one (its secret shown once); a row opens it. */
export function WebhookListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const clients = useApiClients();
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<{ answer: WebhookSubscriptionWithSecret; reason: 'created' }>();

  const filters: ListFilter[] = [
    {
      name: 'clientId',
      label: t('integration.webhooks.fields.client'),
      options: (clients.data ?? []).map((client) => ({ value: client.clientId, label: client.displayName })),
    },
    {
      name: 'active',
      label: t('integration.webhooks.fields.active'),
      options: [
        { value: 'true', label: t('integration.webhooks.active.true') },
        { value: 'false', label: t('integration.webhooks.active.false') },
      ],
    },
  ];

  const columns: ListColumn<WebhookSubscription>[] = [
    {
      key: 'clientId',
      sortField: 'clientId',
      title: t('integration.webhooks.fields.client'),
      render: (_, subscription) => (
        <Space orientation="vertical" size={0}>
          <span>{subscription.clientName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {subscription.clientId}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'url',
      title: t('integration.webhooks.fields.url'),
      render: (_, subscription) => (
        <Typography.Text style={{ maxWidth: urlColumnWidth }} ellipsis={{ tooltip: subscription.url }}>
          {subscription.url}
        </Typography.Text>
      ),
    },
    {
      key: 'eventTypes',
      title: t('integration.webhooks.fields.eventTypes'),
      render: (_, subscription) => (
        <Space size={[4, 4]} wrap style={{ maxWidth: 360 }}>
          {subscription.eventTypes.map((type) => (
            <Tag key={type}>{type}</Tag>
          ))}
        </Space>
      ),
    },
    { key: 'active', title: t('integration.webhooks.fields.active'), render: (_, subscription) => <ActiveTag active={subscription.active} /> },
    {
      key: 'createdAt',
      sortField: 'createdAt',
      title: t('integration.webhooks.fields.createdAt'),
      render: (_, subscription) => <span style={{ whiteSpace: 'nowrap' }}>{format.dateTime(subscription.createdAt)}</span>,
    },
  ];

  return (
    <>
      <ListPage<WebhookSubscription>
        title={t('integration.webhooks.title')}
        description={t('integration.webhooks.description')}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('integration.webhooks.create')}
          </Button>
        }
        filters={filters}
        columns={columns}
        rowKey={(subscription) => subscription.id}
        useList={useWebhookList}
        defaultSort={defaultWebhookSort}
        emptyDescription={t('integration.webhooks.empty')}
        onRowClick={(subscription) => void navigate(`/admin/webhooks/${subscription.id}`)}
      />
      {creating && (
        <WebhookCreateModal
          onClose={() => setCreating(false)}
          onCreated={(answer) => {
            setCreating(false);
            setIssued({ answer, reason: 'created' });
          }}
        />
      )}
      <WebhookSecretModal issued={issued} onClose={() => setIssued(undefined)} />
    </>
  );
}
