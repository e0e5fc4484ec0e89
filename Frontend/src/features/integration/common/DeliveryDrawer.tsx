import { Alert, Button, Descriptions, Drawer, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../shared/ui/format';
import { payloadText } from '../../../shared/ui/payloadText';
import { QueryState } from '../../../shared/ui/QueryState';
import { DeliveryStateTag } from './DeliveryStateTag';
import type { DeliveryDetails } from './integrationApi';
import { canRedeliver } from './redelivery';
import { useDelivery } from './useDeliveries';
import { useRedeliverAction } from './useRedeliverAction';

const code = (text: string) => (
  <Typography.Text code copyable>
    {text}
  </Typography.Text>
);

const preformatted = { margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 } as const;

function DeliveryFacts({ details }: { details: DeliveryDetails }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { delivery } = details;
  const none = t('detail.none');
  return (
    <Flex vertical gap={24}>
      <Descriptions column={1} bordered size="small" data-testid="delivery-facts">
        <Descriptions.Item label={t('integration.deliveries.fields.state')}>
          <DeliveryStateTag state={delivery.state} />
        </Descriptions.Item>
        <Descriptions.Item label={t('integration.deliveries.fields.eventType')}>
          <Typography.Text code>{delivery.eventType}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('integration.deliveries.fields.eventId')}>{code(delivery.eventId)}</Descriptions.Item>
        <Descriptions.Item label={t('integration.deliveries.fields.aggregateId')}>{code(delivery.aggregateId)}</Descriptions.Item>
        <Descriptions.Item label={t('integration.deliveries.fields.target')}>
          {delivery.subscriptionId ? (
            <Link to={`/admin/webhooks/${delivery.subscriptionId}`}>{delivery.target}</Link>
          ) : (
            delivery.target
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('integration.deliveries.fields.occurredAt')}>{format.dateTimeSeconds(delivery.occurredAt)}</Descriptions.Item>
        <Descriptions.Item label={t('integration.deliveries.fields.attempts')}>{format.number(delivery.attempts)}</Descriptions.Item>
        {delivery.state === 'Pending' && (
          <Descriptions.Item label={t('integration.deliveries.fields.nextAttemptAt')}>
            {format.dateTimeSeconds(delivery.nextAttemptAt)}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('integration.deliveries.fields.lastAttemptAt')}>
          {delivery.lastAttemptAt ? format.dateTimeSeconds(delivery.lastAttemptAt) : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('integration.deliveries.fields.lastStatusCode')}>{delivery.lastStatusCode ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('integration.deliveries.fields.lastError')}>
          {delivery.lastError ? <pre style={preformatted}>{delivery.lastError}</pre> : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('integration.deliveries.fields.deliveredAt')}>
          {delivery.deliveredAt ? format.dateTimeSeconds(delivery.deliveredAt) : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('integration.deliveries.fields.receiptId')}>{delivery.receiptId ? code(delivery.receiptId) : none}</Descriptions.Item>
        <Descriptions.Item label={t('integration.deliveries.fields.id')}>{code(delivery.id)}</Descriptions.Item>
        <Descriptions.Item label={t('detail.version')}>{delivery.version}</Descriptions.Item>
      </Descriptions>
      <div>
        <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
          {t('integration.deliveries.fields.body')}
        </Typography.Title>
        <pre data-testid="delivery-body" style={preformatted}>
          {payloadText(details.body)}
        </pre>
      </div>
    </Flex>
  );
}

/**
 * One delivery in full, read anew with its ETag: every field and the JSON sent, pretty-printed. A
 * parked or delivered one offers 重新投递, with If-Match naming the version shown here.
 */
export function DeliveryDrawer({ id, onClose }: { id: string | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const delivery = useDelivery(id);
  const redeliver = useRedeliverAction();
  const record = delivery.data?.data.delivery;

  return (
    <Drawer
      open={id !== undefined}
      onClose={onClose}
      size="large"
      title={record ? t('integration.deliveries.drawerTitle', { type: record.eventType }) : t('integration.deliveries.title')}
      destroyOnHidden
    >
      {id && (
        <QueryState query={delivery}>
          {({ data, etag }) => (
            <Flex vertical gap={16}>
              {canRedeliver(data.delivery) && (
                <Alert
                  type={data.delivery.state === 'DeadLettered' ? 'warning' : 'info'}
                  showIcon
                  title={t(
                    data.delivery.state === 'DeadLettered' ? 'integration.deliveries.deadLettered' : 'integration.deliveries.delivered',
                  )}
                  action={
                    <Button type="primary" onClick={() => redeliver(data.delivery, etag)}>
                      {t('integration.deliveries.redeliver.button')}
                    </Button>
                  }
                />
              )}
              <DeliveryFacts details={data} />
            </Flex>
          )}
        </QueryState>
      )}
    </Drawer>
  );
}
