import { Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { SubmitProblemAlert } from '../../../shared/ui/SubmitProblemAlert';
import { useFormSubmission } from '../../../shared/ui/useFormSubmission';
import type { WebhookSubscriptionWithSecret } from '../common/integrationApi';
import { useCreateWebhook } from './useWebhooks';
import { createWebhookCommand, WebhookFormFields, type WebhookFormValues } from './WebhookFormFields';

/** 新建订阅: the host checks the URL (https, no internal address) and says why on the field. */
export function WebhookCreateModal({ onCreated, onClose }: { onCreated: (answer: WebhookSubscriptionWithSecret) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<WebhookFormValues>();
  const create = useCreateWebhook();
  const { problem, submitting, submit } = useFormSubmission(form);

  async function save(values: WebhookFormValues) {
    const created = await submit(() => create.mutateAsync(createWebhookCommand(values)));
    if (created) onCreated(created.data);
  }

  return (
    <Modal
      open
      title={t('integration.webhooks.createTitle')}
      okText={t('integration.webhooks.createSubmit')}
      okButtonProps={{ loading: submitting }}
      onOk={() => form.submit()}
      onCancel={onClose}
      maskClosable={false}
      width={640}
    >
      <SubmitProblemAlert problem={problem} />
      <Form form={form} name="createWebhook" layout="vertical" onFinish={(values) => void save(values)}>
        <WebhookFormFields />
      </Form>
    </Modal>
  );
}
