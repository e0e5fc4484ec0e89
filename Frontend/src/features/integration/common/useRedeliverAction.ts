import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeliveryEntry } from './integrationApi';
import { actionProblem } from './actionProblem';
import { useRedeliver } from './useDeliveries';

/**
 * 重新投递, confirmed first: sends the delivery again with If-Match naming the version it was read at
 * (a row of the log: its `version`; the drawer: the ETag it was read with). Success and refusals
 * (409 already pending, 412 changed meanwhile) are told as messages; the log is read again either way.
 */
export function useRedeliverAction() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const redeliver = useRedeliver();

  return (delivery: Pick<DeliveryEntry, 'id' | 'eventType' | 'state'>, etag: string) => {
    modal.confirm({
      title: t('integration.deliveries.redeliver.title'),
      content: t(
        delivery.state === 'Delivered' ? 'integration.deliveries.redeliver.questionDelivered' : 'integration.deliveries.redeliver.question',
        { type: delivery.eventType },
      ),
      okText: t('integration.deliveries.redeliver.confirm'),
      cancelText: t('form.cancel'),
      onOk: async () => {
        try {
          await redeliver.mutateAsync({ id: delivery.id, etag });
          void message.success(t('integration.deliveries.redeliver.done'));
        } catch (error) {
          void message.error(actionProblem(error, t));
        }
      },
    });
  };
}
