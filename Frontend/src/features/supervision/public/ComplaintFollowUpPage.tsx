import { Alert, Button, Card, Col, Descriptions, Flex, Form, Input, Row, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { describeError } from '../../../shared/ui/describeError';
import { enumLabel } from '../../../shared/ui/enums';
import { useFormat } from '../../../shared/ui/format';
import { Page } from '../../../shared/ui/Page';
import { CaseStateTag } from '../common/CaseStateTag';
import { CaseTimeline } from '../common/CaseTimeline';
import type { ComplaintProgress } from '../common/supervisionApi';
import { useComplaintProgress, type ProgressLookup } from './usePublicComplaints';

function Progress({ progress }: { progress: ComplaintProgress }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = (name: 'receiptNumber' | 'subject' | 'state' | 'filedAt' | 'outcome') => t(`supervision.public.followFields.${name}`);
  return (
    <Flex vertical gap={16} data-testid="complaint-progress">
      <Descriptions bordered column={{ xs: 1, md: 2 }} size="middle">
        <Descriptions.Item label={label('receiptNumber')}>{progress.receiptNumber}</Descriptions.Item>
        <Descriptions.Item label={label('subject')}>{progress.subjectName}</Descriptions.Item>
        <Descriptions.Item label={label('state')}>
          <CaseStateTag kind="complaint" state={progress.state} />
        </Descriptions.Item>
        <Descriptions.Item label={label('filedAt')}>{format.dateTime(progress.filedAt)}</Descriptions.Item>
        {progress.outcome && (
          <Descriptions.Item label={label('outcome')}>{enumLabel(t, 'complaintOutcome', progress.outcome)}</Descriptions.Item>
        )}
      </Descriptions>
      <Card size="small" title={t('supervision.public.progress')}>
        <CaseTimeline steps={progress.steps} family="complaintSteps" />
      </Card>
    </Flex>
  );
}

/**
 * 投诉查询 (no sign-in): the complainant's receipt number and lookup code open the complaint's state
 * and milestones. The code stays out of the URL; a wrong pair answers as an unknown one.
 */
export function ComplaintFollowUpPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const [form] = Form.useForm<ProgressLookup>();
  const [lookup, setLookup] = useState<ProgressLookup>();
  const progress = useComplaintProgress(lookup);
  const required = [{ required: true, whitespace: true, message: t('form.required') }];
  const failure = progress.isError ? describeError(progress.error, t) : undefined;

  return (
    <Page title={t('supervision.public.followTitle')} description={t('supervision.public.followDescription')}>
      <Flex vertical gap={24}>
        <Form<ProgressLookup>
          form={form}
          name="followComplaint"
          layout="vertical"
          initialValues={{ receiptNumber: searchParams.get('receipt') ?? '' }}
          onFinish={(values) => {
            const next = { receiptNumber: values.receiptNumber.trim().toUpperCase(), lookupCode: values.lookupCode.trim().toUpperCase() };
            // The same pair again (after a 429, or to see what changed) asks the host again.
            if (lookup && next.receiptNumber === lookup.receiptNumber && next.lookupCode === lookup.lookupCode) void progress.refetch();
            else setLookup(next);
          }}
        >
          <Row gutter={16} align="bottom">
            <Col xs={24} md={9}>
              <Form.Item name="receiptNumber" label={t('supervision.public.followFields.receiptNumber')} rules={required}>
                <Input maxLength={30} style={{ fontFamily: 'monospace' }} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={9}>
              <Form.Item name="lookupCode" label={t('supervision.public.followFields.lookupCode')} rules={required}>
                <Input maxLength={30} style={{ fontFamily: 'monospace' }} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item>
                <Button type="primary" htmlType="submit" loading={progress.isFetching}>
                  {t('supervision.public.followSubmit')}
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
        {progress.isFetching && !progress.data && (
          <Flex justify="center" role="status" aria-label={t('state.loading')}>
            <Spin />
          </Flex>
        )}
        {/* 404 means "no complaint with this receipt and code": the host's own words say so, not the staff's not-found page. */}
        {failure && <Alert type="error" showIcon title={failure.title} description={failure.detail} />}
        {progress.data && !progress.isError && <Progress progress={progress.data} />}
      </Flex>
    </Page>
  );
}
