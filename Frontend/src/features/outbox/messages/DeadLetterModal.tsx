import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ActionModal } from '../../../shared/ui/ActionModal';
import type { DeadLetterStep } from './useOutboxMessages';

/** The host's limit on a reason (ResolveDeadLetterValidator). */
const maxReason = 500;

interface DeadLetterModalProps {
  /** The step to confirm; the modal is open while set. */
  step: DeadLetterStep | undefined;
  /** The event's type, in the question. */
  type: string;
  onSubmit: (step: DeadLetterStep, reason: string | null) => Promise<unknown>;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}

/**
 * Confirms a replay (a note is optional) or a skip (a reason is required: the message is given up for
 * good, and the audit trail keeps why).
 */
export function DeadLetterModal({ step, type, onSubmit, onClose, onReload }: DeadLetterModalProps) {
  const { t } = useTranslation();
  const shown = step ?? 'replay';

  return (
    <ActionModal<{ reason?: string }>
      name="deadLetter"
      open={step !== undefined}
      title={t(`outbox.${shown}.title`)}
      okText={t(`outbox.${shown}.confirm`)}
      danger={shown === 'skip'}
      intro={<Typography.Paragraph style={{ margin: 0 }}>{t(`outbox.${shown}.question`, { type })}</Typography.Paragraph>}
      initialValues={{ reason: '' }}
      onSubmit={(values) => onSubmit(shown, values.reason?.trim() || null)}
      onClose={onClose}
      onReload={onReload}
    >
      <Form.Item
        name="reason"
        label={t(`outbox.${shown}.reason`)}
        rules={[
          { required: shown === 'skip', whitespace: true, message: t('form.required') },
          { max: maxReason, message: t('outbox.reasonTooLong', { max: maxReason }) },
        ]}
      >
        <Input.TextArea rows={3} showCount maxLength={maxReason} />
      </Form.Item>
    </ActionModal>
  );
}
