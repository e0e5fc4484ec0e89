import { DatePicker, Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ActionModal } from '../../../shared/ui/ActionModal';
import { toApiDate, today } from '../../../shared/ui/format';

export type StatusAction = 'suspend' | 'reinstate' | 'cancel';

export interface StatusChange {
  effectiveOn: string;
  reason: string;
}

interface StatusChangeModalProps {
  kind: 'firm' | 'lawyer';
  /** The step to confirm; the modal is open while set. */
  action: StatusAction | undefined;
  /** The firm's or lawyer's name, in the question. */
  subject: string;
  onSubmit: (action: StatusAction, change: StatusChange) => Promise<unknown>;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}

interface Values {
  effectiveOn: Dayjs | null;
  reason: string;
}

/** Confirms a suspension, reinstatement or cancellation, asking for its effective date and reason. */
export function StatusChangeModal({ kind, action, subject, onSubmit, onClose, onReload }: StatusChangeModalProps) {
  const { t } = useTranslation();
  const shown = action ?? 'suspend';

  return (
    <ActionModal<Values>
      name={`${kind}StatusChange`}
      open={action !== undefined}
      title={t(`statusChange.${shown}.title`)}
      okText={t(`statusChange.${shown}.confirm`)}
      danger={shown === 'cancel'}
      intro={
        <Typography.Paragraph style={{ margin: 0 }}>
          {t(`statusChange.${shown}.${kind}Question`, { name: subject })}
        </Typography.Paragraph>
      }
      initialValues={{ effectiveOn: today(), reason: '' }}
      onSubmit={(values) => onSubmit(shown, { effectiveOn: toApiDate(values.effectiveOn) ?? '', reason: values.reason.trim() })}
      onClose={onClose}
      onReload={onReload}
    >
      <Form.Item
        name="effectiveOn"
        label={t('statusChange.effectiveOn')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('statusChange.reason')}
        rules={[
          { required: true, whitespace: true, message: t('form.required') },
          { max: 500, message: t('statusChange.reasonTooLong', { max: 500 }) },
        ]}
      >
        <Input.TextArea rows={3} showCount maxLength={500} />
      </Form.Item>
    </ActionModal>
  );
}
