import { App, Button, Card, Descriptions, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { permissions, usePermissions } from '../../../shared/auth/session';
import { enumLabel } from '../../../shared/ui/enums';
import { useFormat } from '../../../shared/ui/format';
import { Page } from '../../../shared/ui/Page';
import { QueryState } from '../../../shared/ui/QueryState';
import { useRegionLabel } from '../../registry/common/useRegions';
import { CaseStateTag } from '../common/CaseStateTag';
import { CaseTimeline } from '../common/CaseTimeline';
import { DaysLeft, deadlineStepLabel, OverdueTag } from '../common/Deadline';
import type { RightsCaseDetails } from '../common/supervisionApi';
import { rightsActions } from './rightsActions';
import { RightsStepModal } from './RightsStepModal';
import { useRightsCase, useRightsStep, type RightsStep } from './useRightsCases';

function RightsCaseFacts({ report }: { report: RightsCaseDetails }) {
  const { t } = useTranslation();
  const format = useFormat();
  const regionLabel = useRegionLabel();
  const { can } = usePermissions();
  const none = t('detail.none');

  return (
    <Flex vertical gap={24}>
      <Descriptions bordered column={{ xs: 1, md: 2 }} size="middle" title={t('supervision.rights.detail.facts')}>
        <Descriptions.Item label={t('supervision.rights.fields.receiptNumber')}>
          <Typography.Text code copyable>
            {report.receiptNumber}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('supervision.rights.fields.lawyer')}>
          {can(permissions.lawyersRead) ? <Link to={`/registry/lawyers/${report.lawyerId}`}>{report.lawyerName}</Link> : report.lawyerName}
        </Descriptions.Item>
        <Descriptions.Item label={t('supervision.rights.fields.region')}>{regionLabel(report.regionCode)}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.rights.fields.obstruction')}>{enumLabel(t, 'obstructionKind', report.obstruction)}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.rights.fields.authority')}>{report.authority}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.rights.fields.occurredOn')}>{format.date(report.occurredOn)}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.rights.fields.reportedAt')}>{format.dateTime(report.reportedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.rights.fields.account')} span="filled">
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{report.account}</Typography.Paragraph>
        </Descriptions.Item>
      </Descriptions>

      <Descriptions bordered column={{ xs: 1, md: 2 }} size="middle" title={t('supervision.rights.detail.handling')}>
        <Descriptions.Item label={t('supervision.rights.fields.state')}>
          <CaseStateTag kind="rights" state={report.state} />
        </Descriptions.Item>
        <Descriptions.Item label={t('supervision.rights.fields.handler')}>{report.handlerName ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.rights.fields.deadlineStep')}>{deadlineStepLabel(t, report.deadlineStep)}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.rights.fields.dueOn')}>{report.dueOn ? format.date(report.dueOn) : none}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.rights.fields.daysLeft')}>
          <DaysLeft daysLeft={report.daysLeft} overdue={report.overdue} />
        </Descriptions.Item>
        <Descriptions.Item label={t('supervision.rights.fields.satisfaction')}>
          {report.satisfaction ? enumLabel(t, 'satisfaction', report.satisfaction) : none}
        </Descriptions.Item>
        {report.closedAt && (
          <Descriptions.Item label={t('supervision.rights.fields.closedAt')}>{format.dateTime(report.closedAt)}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('supervision.rights.fields.answer')} span="filled">
          <span style={{ whiteSpace: 'pre-wrap' }}>{report.answer ?? none}</span>
        </Descriptions.Item>
      </Descriptions>

      <Card size="small" title={t('supervision.timeline.title')}>
        <CaseTimeline steps={report.steps} family="rightsSteps" />
      </Card>
    </Flex>
  );
}

/** 维权案件: the lawyer's report, how it is handled, its history, and the centre's next steps (If-Match on each). */
export function RightsCaseDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const report = useRightsCase(id);
  const takeStep = useRightsStep(id);
  const { can } = usePermissions();
  const [step, setStep] = useState<RightsStep>();
  const record = report.data?.data;

  return (
    <Page
      title={record ? `${t('supervision.rights.detail.title')} ${record.receiptNumber}` : t('supervision.rights.detail.title')}
      description={
        record && (
          <Space size={6}>
            <CaseStateTag kind="rights" state={record.state} />
            {record.overdue && <OverdueTag />}
            {record.lawyerName}
          </Space>
        )
      }
      extra={
        record && (
          <Space wrap data-testid="rights-actions">
            {rightsActions(record.state, can(permissions.rightsHandle)).map((action) => (
              <Button key={action} type={action === 'coordination' ? 'default' : 'primary'} danger={action === 'rejection'} onClick={() => setStep(action)}>
                {t(`supervision.rights.steps.${action}.button`)}
              </Button>
            ))}
          </Space>
        )
      }
    >
      <QueryState query={report}>{({ data }) => <RightsCaseFacts report={data} />}</QueryState>
      {record && report.data && (
        <RightsStepModal
          step={step}
          onSubmit={async (chosen, body) => {
            await takeStep.mutateAsync({ step: chosen, body, etag: report.data!.etag });
            void message.success(t(`supervision.rights.steps.${chosen}.done`));
          }}
          onClose={() => setStep(undefined)}
          onReload={() => report.refetch()}
        />
      )}
    </Page>
  );
}
