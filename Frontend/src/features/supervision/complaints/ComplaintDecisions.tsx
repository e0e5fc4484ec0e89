import { Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../../shared/ui/enums';
import { useFormat } from '../../../shared/ui/format';
import type { ComplaintDetails } from '../common/supervisionApi';

/**
 * What has been decided: the association's decision, the bureau's penalty, and how the complainant
 * was told. A decision superseded on appeal stays in the history, not here.
 */
export function ComplaintDecisions({ complaint }: { complaint: ComplaintDetails }) {
  const { t } = useTranslation();
  const format = useFormat();
  const none = t('detail.none');
  const label = (name: 'outcome' | 'subject' | 'discipline' | 'reason' | 'documentNumber' | 'decidedOn' | 'penalty' | 'amount' | 'months' | 'channel' | 'notifiedOn') =>
    t(`supervision.complaints.decision.${name}`);

  if (!complaint.outcome && !complaint.penalty && !complaint.notifiedBy) {
    return <Typography.Text type="secondary">{t('supervision.complaints.detail.noDecision')}</Typography.Text>;
  }

  return (
    <Flex vertical gap={16} data-testid="complaint-decisions">
      {complaint.outcome && (
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} title={t('supervision.complaints.detail.association')}>
          <Descriptions.Item label={label('outcome')}>{enumLabel(t, 'complaintOutcome', complaint.outcome)}</Descriptions.Item>
          {complaint.decisionSubject && (
            <Descriptions.Item label={label('subject')}>{enumLabel(t, 'subjectKind', complaint.decisionSubject)}</Descriptions.Item>
          )}
          {complaint.discipline && (
            <Descriptions.Item label={label('discipline')}>{enumLabel(t, 'disciplineKind', complaint.discipline)}</Descriptions.Item>
          )}
          <Descriptions.Item label={label('documentNumber')}>{complaint.decisionDocumentNumber ?? none}</Descriptions.Item>
          <Descriptions.Item label={label('decidedOn')}>{complaint.decidedOn ? format.date(complaint.decidedOn) : none}</Descriptions.Item>
          <Descriptions.Item label={label('reason')} span="filled">
            <span style={{ whiteSpace: 'pre-wrap' }}>{complaint.decisionReason ?? none}</span>
          </Descriptions.Item>
        </Descriptions>
      )}
      {complaint.penalty && (
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} title={t('supervision.complaints.detail.penalty')}>
          <Descriptions.Item label={label('penalty')}>{enumLabel(t, 'penaltyKind', complaint.penalty)}</Descriptions.Item>
          {complaint.penaltyAmount != null && (
            <Descriptions.Item label={label('amount')}>{format.number(complaint.penaltyAmount)}</Descriptions.Item>
          )}
          {complaint.penaltyMonths != null && (
            <Descriptions.Item label={label('months')}>
              {t('supervision.complaints.decision.monthsValue', { count: complaint.penaltyMonths })}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={label('documentNumber')}>{complaint.penaltyDocumentNumber ?? none}</Descriptions.Item>
          <Descriptions.Item label={label('decidedOn')}>
            {complaint.penaltyDecidedOn ? format.date(complaint.penaltyDecidedOn) : none}
          </Descriptions.Item>
        </Descriptions>
      )}
      {complaint.notifiedBy && (
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} title={t('supervision.complaints.detail.notification')}>
          <Descriptions.Item label={label('channel')}>{enumLabel(t, 'notificationChannel', complaint.notifiedBy)}</Descriptions.Item>
          <Descriptions.Item label={label('notifiedOn')}>{complaint.notifiedOn ? format.date(complaint.notifiedOn) : none}</Descriptions.Item>
        </Descriptions>
      )}
    </Flex>
  );
}
