import { App, Button, Card, Flex, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { permissions, usePermissions } from '../../../shared/auth/session';
import { Page } from '../../../shared/ui/Page';
import { QueryState } from '../../../shared/ui/QueryState';
import { CaseStateTag } from '../common/CaseStateTag';
import { CaseTimeline } from '../common/CaseTimeline';
import { OverdueTag } from '../common/Deadline';
import type { ComplaintDetails } from '../common/supervisionApi';
import { complaintActions } from './complaintActions';
import { ComplaintAttachments } from './ComplaintAttachments';
import { ComplaintDecisions } from './ComplaintDecisions';
import { ComplaintFacts } from './ComplaintFacts';
import { ComplaintStepModal } from './ComplaintStepModal';
import { useComplaint, useComplaintStep, type ComplaintStep } from './useComplaints';

function ComplaintContent({ complaint, mayUpload }: { complaint: ComplaintDetails; mayUpload: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={24}>
      <ComplaintFacts complaint={complaint} />
      <Card size="small" title={t('supervision.complaints.detail.decisions')}>
        <ComplaintDecisions complaint={complaint} />
      </Card>
      <Card size="small" title={t('supervision.complaints.detail.attachments')}>
        <ComplaintAttachments complaint={complaint} mayUpload={mayUpload} />
      </Card>
      <Card size="small" title={t('supervision.timeline.title')}>
        <CaseTimeline steps={complaint.steps} family="complaintSteps" />
      </Card>
    </Flex>
  );
}

/**
 * 投诉: where a complaint stands, its decisions, evidence and history, and the steps the caller may
 * take now (by its state and their permissions), each sent with If-Match naming the version read.
 */
export function ComplaintDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const complaint = useComplaint(id);
  const takeStep = useComplaintStep(id);
  const { can } = usePermissions();
  const [step, setStep] = useState<ComplaintStep>();
  const record = complaint.data?.data;

  return (
    <Page
      title={record ? `${t('supervision.complaints.detail.title')} ${record.receiptNumber}` : t('supervision.complaints.detail.title')}
      description={
        record && (
          <Space size={6}>
            <CaseStateTag kind="complaint" state={record.state} />
            {record.overdue && <OverdueTag />}
            {record.subjectName}
          </Space>
        )
      }
      extra={
        record && (
          <Space wrap data-testid="complaint-actions">
            {complaintActions(record.state, can).map((action) => (
              <Button key={action} type={action === 'notes' ? 'default' : 'primary'} danger={action === 'rejection'} onClick={() => setStep(action)}>
                {t(`supervision.complaints.steps.${action}.button`)}
              </Button>
            ))}
          </Space>
        )
      }
    >
      <QueryState query={complaint}>
        {({ data }) => <ComplaintContent complaint={data} mayUpload={can(permissions.complaintsHandle)} />}
      </QueryState>
      {record && complaint.data && (
        <ComplaintStepModal
          step={step}
          complaint={record}
          onSubmit={async (chosen, body) => {
            await takeStep.mutateAsync({ step: chosen, body, etag: complaint.data!.etag });
            void message.success(t(`supervision.complaints.steps.${chosen}.done`));
          }}
          onClose={() => setStep(undefined)}
          onReload={() => complaint.refetch()}
        />
      )}
    </Page>
  );
}
