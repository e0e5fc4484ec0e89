import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** The host's limit on a step's note, reason or answer (ComplaintStepValidator, RightsStepValidator). */
const maxText = 2000;

interface StepTextItemProps {
  /** The API's field: note, reason or answer. */
  name: 'note' | 'reason' | 'answer';
  label: string;
  required?: boolean;
}

/** A step's free text (a note, a reason, an answer to the lawyer), within the host's limit. */
export function StepTextItem({ name, label, required = false }: StepTextItemProps) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      rules={[
        { required, whitespace: true, message: t('form.required') },
        { max: maxText, message: t('supervision.complaints.stepFields.tooLong', { max: maxText }) },
      ]}
    >
      <Input.TextArea rows={3} showCount maxLength={maxText} />
    </Form.Item>
  );
}
