import { Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { toApiText } from '../../../shared/ui/format';
import { SubmitProblemAlert } from '../../../shared/ui/SubmitProblemAlert';
import { useFormSubmission } from '../../../shared/ui/useFormSubmission';
import { FirmPicker } from '../../registry/common/FirmPicker';
import type { ModelFirmView } from '../common/supervisionApi';
import { useNominateModelFirm } from './useModelFirms';

interface NominateValues {
  firmId?: string;
  year?: number | null;
  reason?: string;
}

/** 推荐示范所: a practising firm of the caller's region, for a year (once a firm a year: 409 otherwise). */
export function NominateModelFirmModal({ onCreated, onClose }: { onCreated: (nomination: ModelFirmView) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NominateValues>();
  const nominate = useNominateModelFirm();
  const { problem, submitting, submit } = useFormSubmission(form);
  const required = { required: true, message: t('form.required') };

  async function save(values: NominateValues) {
    const created = await submit(() => nominate.mutateAsync({ firmId: values.firmId ?? null, year: values.year ?? null, reason: toApiText(values.reason) }));
    if (created) onCreated(created.data);
  }

  return (
    <Modal
      open
      width={640}
      title={t('supervision.modelFirms.nominateTitle')}
      okText={t('supervision.modelFirms.nominateSubmit')}
      okButtonProps={{ loading: submitting }}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <SubmitProblemAlert problem={problem} />
      <Form<NominateValues> form={form} name="nominateModelFirm" layout="vertical" initialValues={{ year: new Date().getFullYear() }} onFinish={(values) => void save(values)}>
        <Form.Item name="firmId" label={t('supervision.modelFirms.fields.firm')} rules={[required]}>
          <FirmPicker />
        </Form.Item>
        <Form.Item name="year" label={t('supervision.modelFirms.fields.year')} rules={[required]}>
          <InputNumber min={2019} max={2100} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="reason" label={t('supervision.modelFirms.fields.nominationReason')} rules={[{ ...required, whitespace: true }, { max: 2000 }]}>
          <Input.TextArea rows={5} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
