import { DeleteOutlined, EditOutlined, KeyOutlined, PauseCircleOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useFormat } from '../../../shared/ui/format';
import { Page } from '../../../shared/ui/Page';
import { QueryState } from '../../../shared/ui/QueryState';
import { refetchVersioned } from '../../../shared/ui/useEditedVersion';
import { actionProblem } from '../common/actionProblem';
import { DeliveryLog } from '../common/DeliveryLog';
import type { WebhookSubscription, WebhookSubscriptionWithSecret } from '../common/integrationApi';
import { isOutdated } from '../common/redelivery';
import { ActiveTag } from './ActiveTag';
import { useChangeWebhook, useRemoveWebhook, useRotateWebhookSecret, useWebhook } from './useWebhooks';
import { WebhookEditModal } from './WebhookEditModal';
import { changeWebhookCommand, webhookFormValues } from './WebhookFormFields';
import { WebhookSecretModal } from './WebhookSecretModal';

function SubscriptionFacts({ subscription }: { subscription: WebhookSubscription }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Descriptions bordered column={{ xs: 1, md: 2 }} size="middle" data-testid="webhook-facts">
      <Descriptions.Item label={t('integration.webhooks.fields.client')}>
        {subscription.clientName}{' '}
        <Typography.Text type="secondary" code>
          {subscription.clientId}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('integration.webhooks.fields.active')}>
        <ActiveTag active={subscription.active} />
      </Descriptions.Item>
      <Descriptions.Item label={t('integration.webhooks.fields.url')} span="filled">
        <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
          {subscription.url}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('integration.webhooks.fields.eventTypes')} span="filled">
        <Space size={[4, 4]} wrap>
          {subscription.eventTypes.map((type) => (
            <Tag key={type}>{type}</Tag>
          ))}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('integration.webhooks.fields.description')} span="filled">
        {subscription.description || t('detail.none')}
      </Descriptions.Item>
      <Descriptions.Item label={t('integration.webhooks.fields.createdAt')}>{format.dateTime(subscription.createdAt)}</Descriptions.Item>
      <Descriptions.Item label={t('integration.webhooks.fields.secretRotatedAt')}>
        {subscription.secretRotatedAt ? format.dateTime(subscription.secretRotatedAt) : t('detail.none')}
      </Descriptions.Item>
      <Descriptions.Item label={t('integration.webhooks.fields.id')}>
        <Typography.Text code copyable>
          {subscription.id}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('detail.version')}>{subscription.version}</Descriptions.Item>
    </Descriptions>
  );
}

/**
 * One subscription: its facts; edit, pause or resume, and rotate its secret (each with If-Match =
 * the version shown); and its delivery log, where a parked or delivered event is sent again.
 */
export function WebhookDetailPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { id = '' } = useParams();
  const webhook = useWebhook(id);
  const change = useChangeWebhook(id);
  const rotate = useRotateWebhookSecret(id);
  const remove = useRemoveWebhook(id);
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [issued, setIssued] = useState<{ answer: WebhookSubscriptionWithSecret; reason: 'rotated' }>();
  const loaded = webhook.data;
  const record = loaded?.data;

  function refused(error: unknown) {
    void message.error(actionProblem(error, t));
    // Someone else changed it: show what is stored now.
    if (isOutdated(error)) void webhook.refetch();
  }

  function confirmActive(active: boolean) {
    if (!loaded) return;
    const step = active ? 'resume' : 'pause';
    modal.confirm({
      title: t(`integration.webhooks.${step}.title`),
      content: t(`integration.webhooks.${step}.question`, { url: loaded.data.url }),
      okText: t(`integration.webhooks.${step}.confirm`),
      okButtonProps: { danger: !active },
      cancelText: t('form.cancel'),
      onOk: async () => {
        try {
          await change.mutateAsync({ body: changeWebhookCommand(webhookFormValues(loaded.data), active), etag: loaded.etag });
          void message.success(t(`integration.webhooks.${step}.done`));
        } catch (error) {
          refused(error);
        }
      },
    });
  }

  function confirmRotate() {
    if (!loaded) return;
    modal.confirm({
      title: t('integration.webhooks.rotate.title'),
      content: t('integration.webhooks.rotate.question', { url: loaded.data.url }),
      okText: t('integration.webhooks.rotate.confirm'),
      okButtonProps: { danger: true },
      cancelText: t('form.cancel'),
      onOk: async () => {
        try {
          const rotated = await rotate.mutateAsync(loaded.etag);
          setIssued({ answer: rotated.data, reason: 'rotated' });
        } catch (error) {
          refused(error);
        }
      },
    });
  }

  function confirmRemove() {
    if (!loaded) return;
    modal.confirm({
      title: t('integration.webhooks.remove.title'),
      content: t('integration.webhooks.remove.question', { url: loaded.data.url }),
      okText: t('integration.webhooks.remove.confirm'),
      okButtonProps: { danger: true },
      cancelText: t('form.cancel'),
      onOk: async () => {
        try {
          await remove.mutateAsync(loaded.etag);
          void message.success(t('integration.webhooks.remove.done'));
          void navigate('/admin/webhooks');
        } catch (error) {
          refused(error);
        }
      },
    });
  }

  return (
    <Page
      title={t('integration.webhooks.detailTitle')}
      description={record?.url}
      extra={
        record && (
          <Space wrap>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('form.edit')}
            </Button>
            {record.active ? (
              <Button icon={<PauseCircleOutlined />} onClick={() => confirmActive(false)}>
                {t('integration.webhooks.pause.button')}
              </Button>
            ) : (
              <Button icon={<PlayCircleOutlined />} onClick={() => confirmActive(true)}>
                {t('integration.webhooks.resume.button')}
              </Button>
            )}
            <Button danger icon={<KeyOutlined />} onClick={confirmRotate}>
              {t('integration.webhooks.rotate.button')}
            </Button>
            <Button danger icon={<DeleteOutlined />} onClick={confirmRemove}>
              {t('integration.webhooks.remove.button')}
            </Button>
          </Space>
        )
      }
    >
      <QueryState query={webhook}>
        {({ data }) => (
          <Flex vertical gap={32}>
            <SubscriptionFacts subscription={data} />
            <section aria-labelledby="webhook-deliveries">
              <Typography.Title level={2} id="webhook-deliveries" style={{ fontSize: 18, marginTop: 0 }}>
                {t('integration.deliveries.title')}
              </Typography.Title>
              <Typography.Paragraph type="secondary">{t('integration.deliveries.webhookDescription')}</Typography.Paragraph>
              <DeliveryLog scope={{ subscriptionId: data.id }} emptyDescription={t('integration.deliveries.emptyWebhook')} />
            </section>
          </Flex>
        )}
      </QueryState>
      {editing && loaded && <WebhookEditModal loaded={loaded} reload={refetchVersioned(webhook)} onClose={() => setEditing(false)} />}
      <WebhookSecretModal issued={issued} onClose={() => setIssued(undefined)} />
    </Page>
  );
}
