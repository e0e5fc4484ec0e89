import { Button, Col, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { toApiText } from '../../../shared/ui/format';
import { Page } from '../../../shared/ui/Page';
import { SubmitProblemAlert } from '../../../shared/ui/SubmitProblemAlert';
import { useFormSubmission } from '../../../shared/ui/useFormSubmission';
import { ComplaintFormFields } from '../common/ComplaintFormFields';
import { ComplaintReceipt } from '../common/ComplaintReceipt';
import type { PublicComplaintReceipt } from '../common/supervisionApi';
import { useSubmitPublicComplaint } from './usePublicComplaints';

interface ComplaintValues {
  complainantName?: string;
  complainantPhone?: string;
  lawyerCertificateNumber?: string;
  firmUscc?: string;
  summary?: string;
  details?: string;
}

/** The lawyer by certificate number and/or the firm by USCC, as the public look-up shows them; at least one. */
function SubjectFields() {
  const { t } = useTranslation();
  const eitherGiven = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: () =>
      toApiText(getFieldValue('lawyerCertificateNumber') as string | undefined) || toApiText(getFieldValue('firmUscc') as string | undefined)
        ? Promise.resolve()
        : Promise.reject(new Error(t('supervision.public.hints.subjectRequired'))),
  });
  return (
    <>
      <Col xs={24}>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {t('supervision.public.hints.subject')}
        </Typography.Paragraph>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="lawyerCertificateNumber"
          label={t('supervision.public.fields.lawyerCertificateNumber')}
          dependencies={['firmUscc']}
          rules={[eitherGiven, { pattern: /^\s*\d{17}\s*$/, message: t('supervision.public.hints.certificateNumber') }]}
        >
          <Input maxLength={17} inputMode="numeric" style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="firmUscc"
          label={t('supervision.public.fields.firmUscc')}
          dependencies={['lawyerCertificateNumber']}
          rules={[eitherGiven, { pattern: /^\s*[0-9A-Za-z]{18}\s*$/, message: t('supervision.public.hints.uscc') }]}
        >
          <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      </Col>
    </>
  );
}

/**
 * 投诉 (no sign-in): anyone complains about a lawyer or a firm. The answer's receipt number and
 * lookup code are shown once, with a note to keep them: only they open the follow-up page.
 */
export function PublicComplaintPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<ComplaintValues>();
  const submitComplaint = useSubmitPublicComplaint();
  const { problem, submitting, submit } = useFormSubmission(form);
  const [receipt, setReceipt] = useState<PublicComplaintReceipt>();

  async function save(values: ComplaintValues) {
    const answer = await submit(() =>
      submitComplaint.mutateAsync({
        complainantName: toApiText(values.complainantName),
        complainantPhone: toApiText(values.complainantPhone),
        lawyerCertificateNumber: toApiText(values.lawyerCertificateNumber),
        firmUscc: toApiText(values.firmUscc)?.toUpperCase() ?? null,
        summary: toApiText(values.summary),
        details: toApiText(values.details),
      }),
    );
    if (answer) setReceipt(answer);
  }

  if (receipt) {
    return (
      <Page title={t('supervision.public.complaintTitle')}>
        <ComplaintReceipt
          title={t('supervision.public.complaintFiled')}
          receiptNumber={receipt.receiptNumber}
          lookupCode={receipt.lookupCode}
          hint={t('supervision.receipt.keepHint')}
          next={{
            label: t('supervision.public.follow'),
            onClick: () => void navigate(`/public/complaints/follow?receipt=${encodeURIComponent(receipt.receiptNumber)}`),
          }}
          another={{
            label: t('supervision.public.another'),
            onClick: () => {
              setReceipt(undefined);
              form.resetFields();
            },
          }}
        />
      </Page>
    );
  }

  return (
    <Page title={t('supervision.public.complaintTitle')} description={t('supervision.public.complaintDescription')}>
      <Form<ComplaintValues> form={form} name="publicComplaint" layout="vertical" onFinish={(values) => void save(values)} scrollToFirstError>
        <Flex vertical gap={16}>
          <SubmitProblemAlert problem={problem} />
          <ComplaintFormFields audience="public" subject={<SubjectFields />} />
          <div>
            <Button type="primary" htmlType="submit" loading={submitting}>
              {t('supervision.public.complaintSubmit')}
            </Button>
          </div>
        </Flex>
      </Form>
    </Page>
  );
}
