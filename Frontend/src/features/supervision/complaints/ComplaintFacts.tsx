import { LockOutlined } from '@ant-design/icons';
import { Alert, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { permissions, usePermissions } from '../../../shared/auth/session';
import { enumLabel } from '../../../shared/ui/enums';
import { useFormat } from '../../../shared/ui/format';
import { useRegionLabel } from '../../registry/common/useRegions';
import { CaseStateTag } from '../common/CaseStateTag';
import { DaysLeft, deadlineStepLabel } from '../common/Deadline';
import type { ComplaintDetails } from '../common/supervisionApi';

/** The subject as filed, linked to the register's record where the caller may open it. */
function Subject({ complaint }: { complaint: ComplaintDetails }) {
  const { can } = usePermissions();
  if (complaint.lawyerId && can(permissions.lawyersRead)) {
    return <Link to={`/registry/lawyers/${complaint.lawyerId}`}>{complaint.subjectName}</Link>;
  }
  if (complaint.firmId && can(permissions.firmsRead)) {
    return <Link to={`/registry/firms/${complaint.firmId}`}>{complaint.subjectName}</Link>;
  }
  return <>{complaint.subjectName}</>;
}

/** Where the complaint stands (state, handler, deadline) and what it says. */
export function ComplaintFacts({ complaint }: { complaint: ComplaintDetails }) {
  const { t } = useTranslation();
  const format = useFormat();
  const regionLabel = useRegionLabel();
  const none = t('detail.none');

  return (
    <Flex vertical gap={24}>
      <Descriptions bordered column={{ xs: 1, md: 2 }} size="middle" data-testid="complaint-header">
        <Descriptions.Item label={t('supervision.complaints.fields.receiptNumber')}>
          <Typography.Text code copyable>
            {complaint.receiptNumber}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('supervision.complaints.fields.state')}>
          <CaseStateTag kind="complaint" state={complaint.state} />
        </Descriptions.Item>
        <Descriptions.Item label={t('supervision.complaints.fields.subject')}>
          <Subject complaint={complaint} />
        </Descriptions.Item>
        <Descriptions.Item label={t('supervision.complaints.fields.region')}>{regionLabel(complaint.regionCode)}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.complaints.fields.handler')}>{complaint.handlerName ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.complaints.fields.deadlineStep')}>{deadlineStepLabel(t, complaint.deadlineStep)}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.complaints.fields.dueOn')}>{complaint.dueOn ? format.date(complaint.dueOn) : none}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.complaints.fields.daysLeft')}>
          <DaysLeft daysLeft={complaint.daysLeft} overdue={complaint.overdue} />
        </Descriptions.Item>
        <Descriptions.Item label={t('supervision.complaints.fields.channel')}>{enumLabel(t, 'complaintChannel', complaint.channel)}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.complaints.fields.filedAt')}>{format.dateTime(complaint.filedAt)}</Descriptions.Item>
        {complaint.closedAt && <Descriptions.Item label={t('supervision.complaints.fields.closedAt')}>{format.dateTime(complaint.closedAt)}</Descriptions.Item>}
      </Descriptions>

      {complaint.personalDataMasked && (
        <Alert type="info" showIcon icon={<LockOutlined />} title={t('supervision.complaints.detail.maskedNote')} />
      )}
      <Descriptions bordered column={{ xs: 1, md: 2 }} size="middle" title={t('supervision.complaints.detail.facts')}>
        <Descriptions.Item label={t('supervision.complaints.fields.complainantName')}>{complaint.complainantName}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.complaints.fields.complainantPhone')}>
          <Space>
            {complaint.complainantPhone}
            {complaint.personalDataMasked && <Tag icon={<LockOutlined />}>{t('supervision.complaints.detail.masked')}</Tag>}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('supervision.complaints.fields.summary')} span="filled">
          {complaint.summary}
        </Descriptions.Item>
        <Descriptions.Item label={t('supervision.complaints.fields.details')} span="filled">
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{complaint.details}</Typography.Paragraph>
        </Descriptions.Item>
      </Descriptions>
    </Flex>
  );
}
