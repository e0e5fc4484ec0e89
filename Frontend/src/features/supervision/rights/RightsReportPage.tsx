import { App, Button, Col, DatePicker, Flex, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { parseDataScope } from '../../../shared/auth/dataScope';
import { usePermissions } from '../../../shared/auth/session';
import { enumOptions, type ObstructionKind } from '../../../shared/ui/enums';
import { toApiDate, toApiText } from '../../../shared/ui/format';
import { Page } from '../../../shared/ui/Page';
import { SubmitProblemAlert } from '../../../shared/ui/SubmitProblemAlert';
import { useFormSubmission } from '../../../shared/ui/useFormSubmission';
import { LawyerPicker } from '../../registry/common/LawyerPicker';
import { useReportObstruction } from './useRightsCases';

interface ReportValues {
  lawyerId?: string;
  obstruction?: ObstructionKind;
  authority?: string;
  occurredOn?: Dayjs | null;
  account?: string;
}

/** 申请维权: a lawyer reports an obstruction of their own practice; association staff report for a lawyer of their region. */
export function RightsReportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { session } = usePermissions();
  const [form] = Form.useForm<ReportValues>();
  const report = useReportObstruction();
  const { problem, submitting, submit } = useFormSubmission(form);
  // The host takes a lawyer's own id from their session; staff must name the lawyer.
  const forSelf = parseDataScope(session.data?.dataScope)?.kind === 'self';
  const required = [{ required: true, whitespace: true, message: t('form.required') }];

  async function save(values: ReportValues) {
    const created = await submit(() =>
      report.mutateAsync({
        lawyerId: forSelf ? null : (values.lawyerId ?? null),
        obstruction: values.obstruction,
        authority: toApiText(values.authority),
        occurredOn: toApiDate(values.occurredOn),
        account: toApiText(values.account),
      }),
    );
    if (created) {
      void message.success(t('supervision.rights.reported', { receipt: created.data.receiptNumber }));
      void navigate(`/supervision/rights-cases/${created.data.id}`);
    }
  }

  return (
    <Page title={t('supervision.rights.reportTitle')} description={forSelf ? t('supervision.rights.reportSelf') : t('supervision.rights.reportStaff')}>
      <Form<ReportValues> form={form} name="reportObstruction" layout="vertical" onFinish={(values) => void save(values)} scrollToFirstError>
        <Flex vertical gap={16}>
          <SubmitProblemAlert problem={problem} />
          <Row gutter={24}>
            {!forSelf && (
              <Col xs={24} md={12}>
                <Form.Item name="lawyerId" label={t('supervision.rights.fields.lawyer')} rules={[{ required: true, message: t('form.required') }]}>
                  <LawyerPicker />
                </Form.Item>
              </Col>
            )}
            <Col xs={24} md={12}>
              <Form.Item name="obstruction" label={t('supervision.rights.fields.obstruction')} rules={[{ required: true, message: t('form.required') }]}>
                <Select options={enumOptions(t, 'obstructionKind')} placeholder={t('form.choose')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="authority" label={t('supervision.rights.fields.authority')} extra={t('supervision.rights.hints.authority')} rules={required}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="occurredOn" label={t('supervision.rights.fields.occurredOn')} rules={[{ required: true, message: t('form.required') }]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="account" label={t('supervision.rights.fields.account')} rules={required}>
                <Input.TextArea rows={6} maxLength={5000} showCount />
              </Form.Item>
            </Col>
          </Row>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={submitting}>
              {t('supervision.rights.reportSubmit')}
            </Button>
            <Button onClick={() => void navigate('/supervision/rights-cases')}>{t('form.cancel')}</Button>
          </Flex>
        </Flex>
      </Form>
    </Page>
  );
}
