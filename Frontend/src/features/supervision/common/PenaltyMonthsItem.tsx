import { Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PenaltyKind } from '../../../shared/ui/enums';
import { penaltyMonthsRange } from './penaltyRules';

/**
 * The period of a penalty that has one (停止执业, 停业整顿), in months within what the law allows;
 * nothing for other penalties. The field is the API's `months`.
 */
export function PenaltyMonthsItem({ penalty, label }: { penalty: PenaltyKind | undefined; label: string }) {
  const { t } = useTranslation();
  const range = penaltyMonthsRange(penalty);
  if (!range) return null;
  const [min, max] = range;
  const hint = t('supervision.complaints.stepFields.monthsRange', { min, max });
  return (
    <Form.Item
      name="months"
      label={label}
      extra={hint}
      rules={[
        { required: true, message: t('form.required') },
        { type: 'number', min, max, message: hint },
      ]}
    >
      <InputNumber precision={0} style={{ width: '100%' }} />
    </Form.Item>
  );
}
