import { Button, Col, Flex, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { toApiText } from '../../../shared/ui/format';
import { Page } from '../../../shared/ui/Page';
import { SubmitProblemAlert } from '../../../shared/ui/SubmitProblemAlert';
import { useFormSubmission } from '../../../shared/ui/useFormSubmission';
import { FirmPicker } from '../../registry/common/FirmPicker';
import { LawyerPicker } from '../../registry/common/LawyerPicker';
import { ComplaintFormFields } from '../common/ComplaintFormFields';
import { ComplaintReceipt } from '../common/ComplaintReceipt';
import type { FiledComplaint } from '../common/supervisionApi';
import { useFileComplaint } from './useComplaints';

interface FileValues {
  complainantName?: string;
  complainantPhone?: string;
  lawyerId?: string;
  firmId?: string;
  summary?: string;
  details?: string;
}

/** 登记投诉: staff take a complaint made by phone, letter or visit; the receipt number and lookup code are shown once. */
export function ComplaintFilePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<FileValues>();
  const file = useFileComplaint();
  const { problem, submitting, submit } = useFormSubmission(form);
  const [filed, setFiled] = useState<FiledComplaint>();

  async function save(values: FileValues) {
    const answer = await submit(() =>
      file.mutateAsync({
        complainantName: toApiText(values.complainantName),
        complainantPhone: toApiText(values.complainantPhone),
        lawyerId: values.lawyerId ?? null,
        firmId: values.firmId ?? null,
        summary: toApiText(values.summary),
        details: toApiText(values.details),
      }),
    );
    if (answer) setFiled(answer);
  }

  if (filed) {
    return (
      <Page title={t('supervision.complaints.fileTitle')}>
        <ComplaintReceipt
          title={t('supervision.complaints.filed')}
          receiptNumber={filed.receiptNumber}
          lookupCode={filed.lookupCode}
          hint={t('supervision.receipt.staffHint')}
          next={{ label: t('supervision.complaints.open'), onClick: () => void navigate(`/supervision/complaints/${filed.id}`) }}
          another={{
            label: t('supervision.complaints.fileAnother'),
            onClick: () => {
              // The code is forgotten with the result: it is not shown again.
              setFiled(undefined);
              form.resetFields();
            },
          }}
        />
      </Page>
    );
  }

  return (
    <Page title={t('supervision.complaints.fileTitle')} description={t('supervision.complaints.fileDescription')}>
      <Form<FileValues> form={form} name="fileComplaint" layout="vertical" onFinish={(values) => void save(values)} scrollToFirstError>
        <Flex vertical gap={16}>
          <SubmitProblemAlert problem={problem} />
          <ComplaintFormFields
            audience="staff"
            subject={
              <>
                <Col xs={24} md={12}>
                  <Form.Item name="lawyerId" label={t('supervision.complaints.fields.lawyer')} extra={t('supervision.complaints.hints.subject')}>
                    <LawyerPicker />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="firmId" label={t('supervision.complaints.fields.firm')}>
                    <FirmPicker />
                  </Form.Item>
                </Col>
              </>
            }
          />
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={submitting}>
              {t('supervision.complaints.fileSubmit')}
            </Button>
            <Button onClick={() => void navigate('/supervision/complaints')}>{t('form.cancel')}</Button>
          </Flex>
        </Flex>
      </Form>
    </Page>
  );
}
