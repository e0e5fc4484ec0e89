import { App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Versioned } from '../../../shared/api/client';
import { SubmitProblemAlert } from '../../../shared/ui/SubmitProblemAlert';
import { useEditedVersion } from '../../../shared/ui/useEditedVersion';
import { useFormSubmission } from '../../../shared/ui/useFormSubmission';
import type { WebhookSubscription } from '../common/integrationApi';
import { useChangeWebhook } from './useWebhooks';
import { changeWebhookCommand, WebhookFormFields, webhookFormValues, type WebhookFormValues } from './WebhookFormFields';

interface WebhookEditModalProps {
  /** The subscription as read when the modal opened: its ETag is what the save names in If-Match. */
  loaded: Versioned<WebhookSubscription>;
  reload: () => Promise<Versioned<WebhookSubscription> | undefined>;
  onClose: () => void;
}

/**
 * 编辑订阅: URL, event types and description against the version it was opened at (a background
 * refetch never moves it); a 412 offers to reload what is stored now. Pausing stays a step of its own.
 */
export function WebhookEditModal({ loaded, reload, onClose }: WebhookEditModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<WebhookFormValues>();
  const { problem, submitting, submit, clearProblem } = useFormSubmission(form);
  const { base, reloading, reloadRecord } = useEditedVersion(loaded, reload, form, webhookFormValues, clearProblem);
  const change = useChangeWebhook(base.data.id);

  async function save(values: WebhookFormValues) {
    const saved = await submit(() => change.mutateAsync({ body: changeWebhookCommand(values, base.data.active), etag: base.etag }));
    if (saved) {
      void message.success(t('form.saved'));
      onClose();
    }
  }

  return (
    <Modal
      open
      title={t('integration.webhooks.editTitle')}
      okText={t('form.save')}
      okButtonProps={{ loading: submitting }}
      onOk={() => form.submit()}
      onCancel={onClose}
      maskClosable={false}
      width={640}
    >
      <SubmitProblemAlert problem={problem} onReload={() => void reloadRecord()} reloading={reloading} />
      <Form
        form={form}
        name="editWebhook"
        layout="vertical"
        initialValues={webhookFormValues(base.data)}
        onFinish={(values) => void save(values)}
      >
        <WebhookFormFields clientFixed />
      </Form>
    </Modal>
  );
}
