import { Alert, App, Button, Descriptions, Drawer, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../shared/ui/format';
import { QueryState } from '../../../shared/ui/QueryState';
import type { OutboxMessageDetails } from '../common/outboxApi';
import { DeadLetterModal } from './DeadLetterModal';
import { OutboxStateTag } from './OutboxStateTag';
import { payloadText } from '../../../shared/ui/payloadText';
import { useOutboxMessage, useResolveDeadLetter, type DeadLetterStep } from './useOutboxMessages';

const code = (text: string) => (
  <Typography.Text code copyable>
    {text}
  </Typography.Text>
);

const preformatted = { margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 } as const;

function MessageFacts({ message }: { message: OutboxMessageDetails }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Flex vertical gap={24}>
      <Descriptions column={1} bordered size="small" data-testid="outbox-message">
        <Descriptions.Item label={t('outbox.fields.state')}>
          <OutboxStateTag state={message.state} />
        </Descriptions.Item>
        <Descriptions.Item label={t('outbox.fields.type')}>
          <Typography.Text code>{message.type}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('outbox.fields.aggregateId')}>{code(message.aggregateId)}</Descriptions.Item>
        <Descriptions.Item label={t('outbox.fields.module')}>{message.module}</Descriptions.Item>
        <Descriptions.Item label={t('outbox.fields.occurredAt')}>{format.dateTimeSeconds(message.occurredAt)}</Descriptions.Item>
        <Descriptions.Item label={t('outbox.fields.attempts')}>{format.number(message.attempts)}</Descriptions.Item>
        <Descriptions.Item label={t('outbox.fields.nextAttemptAt')}>{format.dateTimeSeconds(message.nextAttemptAt)}</Descriptions.Item>
        <Descriptions.Item label={t('outbox.fields.dispatchedAt')}>
          {message.dispatchedAt ? format.dateTimeSeconds(message.dispatchedAt) : t('detail.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('outbox.fields.lastError')}>
          {message.lastError ? <pre style={preformatted}>{message.lastError}</pre> : t('detail.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('outbox.fields.id')}>{code(message.id)}</Descriptions.Item>
        <Descriptions.Item label={t('outbox.fields.version')}>{message.version}</Descriptions.Item>
      </Descriptions>
      <div>
        <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
          {t('outbox.fields.payload')}
        </Typography.Title>
        <pre data-testid="outbox-payload" style={preformatted}>
          {payloadText(message.payload)}
        </pre>
      </div>
    </Flex>
  );
}

/**
 * One message in full, read anew with its ETag; a dead letter offers replay and skip, both sent with
 * If-Match naming the version shown here.
 */
export function OutboxMessageDrawer({ module, id, onClose }: { module: string; id: string | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const { message: toast } = App.useApp();
  const message = useOutboxMessage(module, id);
  const resolve = useResolveDeadLetter(module, id ?? '');
  const [step, setStep] = useState<DeadLetterStep>();
  const record = message.data?.data;

  async function submit(chosen: DeadLetterStep, reason: string | null) {
    await resolve.mutateAsync({ step: chosen, reason, etag: message.data!.etag });
    void toast.success(t(`outbox.${chosen}.done`));
  }

  return (
    <Drawer
      open={id !== undefined}
      onClose={onClose}
      size="large"
      title={record ? t('outbox.drawerTitle', { type: record.type }) : t('outbox.title')}
      destroyOnHidden
    >
      {id && (
        <QueryState query={message}>
          {({ data }) => (
            <Flex vertical gap={16}>
              {data.state === 'DeadLettered' && (
                <Alert
                  type="warning"
                  showIcon
                  title={t('outbox.deadLetter')}
                  action={
                    <Space orientation="vertical">
                      <Button type="primary" onClick={() => setStep('replay')}>
                        {t('outbox.replay.button')}
                      </Button>
                      <Button danger onClick={() => setStep('skip')}>
                        {t('outbox.skip.button')}
                      </Button>
                    </Space>
                  }
                />
              )}
              <MessageFacts message={data} />
            </Flex>
          )}
        </QueryState>
      )}
      {record && (
        <DeadLetterModal
          step={step}
          type={record.type}
          onSubmit={submit}
          onClose={() => setStep(undefined)}
          onReload={() => message.refetch()}
        />
      )}
    </Drawer>
  );
}
