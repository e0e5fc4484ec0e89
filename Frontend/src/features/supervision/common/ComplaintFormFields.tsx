import { Col, Form, Input, Row } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ComplaintFormFieldsProps {
  /** Staff take a complaint for someone (投诉人姓名); the public files their own (您的姓名). */
  audience: 'staff' | 'public';
  /** The fields naming the lawyer and/or the firm: pickers for staff, numbers for the public. */
  subject: ReactNode;
}

/**
 * What every complaint holds, under the API's names and limits (FileComplaint and
 * SubmitPublicComplaint): the complainant, whom it concerns, a summary and the facts.
 */
export function ComplaintFormFields({ audience, subject }: ComplaintFormFieldsProps) {
  const { t } = useTranslation();
  const required = [{ required: true, whitespace: true, message: t('form.required') }];
  const labels =
    audience === 'staff'
      ? { name: t('supervision.complaints.fields.complainantName'), phone: t('supervision.complaints.fields.complainantPhone') }
      : { name: t('supervision.public.fields.complainantName'), phone: t('supervision.public.fields.complainantPhone') };
  return (
    <Row gutter={24}>
      <Col xs={24} md={12}>
        <Form.Item name="complainantName" label={labels.name} rules={required}>
          <Input maxLength={50} autoComplete={audience === 'public' ? 'name' : 'off'} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="complainantPhone"
          label={labels.phone}
          extra={audience === 'public' ? t('supervision.public.hints.phone') : undefined}
          rules={required}
        >
          <Input maxLength={20} autoComplete={audience === 'public' ? 'tel' : 'off'} />
        </Form.Item>
      </Col>
      {subject}
      <Col xs={24}>
        <Form.Item name="summary" label={t('supervision.complaints.fields.summary')} rules={required}>
          <Input maxLength={200} showCount />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="details" label={t('supervision.complaints.fields.details')} rules={required}>
          <Input.TextArea rows={6} maxLength={5000} showCount />
        </Form.Item>
      </Col>
    </Row>
  );
}
