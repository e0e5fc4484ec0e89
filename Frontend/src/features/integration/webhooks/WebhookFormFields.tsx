import { Flex, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { toApiText } from '../../../shared/ui/format';
import type { ChangeWebhookSubscriptionCommand, CreateWebhookSubscriptionCommand, WebhookSubscription } from '../common/integrationApi';
import { useApiClients } from '../common/useApiClients';
import { useEventTypes } from '../common/useEventTypes';

/** The host's limits (WebhookSubscriptionFieldsValidator). */
const maxUrl = 500;
const maxDescription = 200;

/** The form's values: the API's fields under the API's names (so a 400's `errors` land on them). */
export interface WebhookFormValues {
  clientId?: string;
  url?: string;
  eventTypes?: string[];
  description?: string;
}

export function webhookFormValues(subscription: WebhookSubscription): WebhookFormValues {
  return {
    clientId: subscription.clientId,
    url: subscription.url,
    eventTypes: subscription.eventTypes,
    description: subscription.description,
  };
}

export function createWebhookCommand(values: WebhookFormValues): CreateWebhookSubscriptionCommand {
  return {
    clientId: values.clientId ?? null,
    url: toApiText(values.url),
    eventTypes: values.eventTypes ?? [],
    description: toApiText(values.description),
  };
}

/** A change keeps the subscription's active state unless it is the change (pause / resume). */
export function changeWebhookCommand(values: WebhookFormValues, active: boolean): ChangeWebhookSubscriptionCommand {
  return { url: toApiText(values.url), eventTypes: values.eventTypes ?? [], description: toApiText(values.description), active };
}

/**
 * The fields of a subscription: the API client (chosen when subscribing, fixed afterwards), the
 * receiving URL, the event types (each with its summary from the catalogue) and a description.
 * The URL's refusal (not https, an internal address) comes from the host, on the field.
 */
export function WebhookFormFields({ clientFixed }: { clientFixed?: boolean }) {
  const { t } = useTranslation();
  const clients = useApiClients();
  const eventTypes = useEventTypes();
  const summaries = new Map((eventTypes.data ?? []).map((type) => [type.name, type.summary]));

  return (
    <>
      <Form.Item
        name="clientId"
        label={t('integration.webhooks.fields.client')}
        extra={clientFixed ? undefined : t('integration.webhooks.hints.client')}
        rules={[{ required: true, message: t('integration.webhooks.hints.clientRequired') }]}
      >
        <Select
          disabled={clientFixed}
          loading={clients.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('form.choose')}
          notFoundContent={clients.isError ? t('state.errorTitle') : undefined}
          options={(clients.data ?? []).map((client) => ({ value: client.clientId, label: t('integration.webhooks.clientOption', { name: client.displayName, id: client.clientId }) }))}
        />
      </Form.Item>
      <Form.Item
        name="url"
        label={t('integration.webhooks.fields.url')}
        extra={t('integration.webhooks.hints.url')}
        rules={[
          { required: true, whitespace: true, message: t('integration.webhooks.hints.urlRequired') },
          { max: maxUrl, message: t('integration.webhooks.hints.tooLong', { max: maxUrl }) },
        ]}
      >
        <Input autoComplete="off" inputMode="url" placeholder="https://" />
      </Form.Item>
      <Form.Item
        name="eventTypes"
        label={t('integration.webhooks.fields.eventTypes')}
        extra={t('integration.webhooks.hints.eventTypes')}
        rules={[{ required: true, type: 'array', min: 1, message: t('integration.webhooks.hints.eventTypesRequired') }]}
      >
        <Select
          mode="multiple"
          loading={eventTypes.isPending}
          placeholder={t('form.choose')}
          options={(eventTypes.data ?? []).map((type) => ({ value: type.name, label: type.name }))}
          optionRender={(option) => (
            <Flex vertical>
              <Typography.Text code>{option.value}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'normal' }}>
                {summaries.get(String(option.value))}
              </Typography.Text>
            </Flex>
          )}
        />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('integration.webhooks.fields.description')}
        rules={[{ max: maxDescription, message: t('integration.webhooks.hints.tooLong', { max: maxDescription }) }]}
      >
        <Input.TextArea rows={2} showCount maxLength={maxDescription} />
      </Form.Item>
    </>
  );
}
