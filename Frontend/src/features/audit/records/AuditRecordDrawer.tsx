import { Descriptions, Drawer, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { roleLabel } from '../../../shared/auth/roles';
import { useFormat } from '../../../shared/ui/format';
import type { AuditEntry } from '../common/auditApi';
import { AuditDetailsView } from './AuditDetailsView';
import { OutcomeTag } from './OutcomeTag';

const code = (text: string | null | undefined) => (text ? <Typography.Text code copyable>{text}</Typography.Text> : null);

/** One record in full: who, what, the outcome, the target, the changed fields, and where the request came from. */
export function AuditRecordDrawer({ record, regionName, onClose }: {
  record: AuditEntry | undefined;
  regionName: (code: string) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();

  return (
    <Drawer
      open={record !== undefined}
      onClose={onClose}
      size="large"
      title={record ? t('audit.records.drawerTitle', { operation: record.operation }) : undefined}
      destroyOnHidden
    >
      {record && (
        <Flex vertical gap={24}>
          <Descriptions column={1} bordered size="small" data-testid="audit-record">
            <Descriptions.Item label={t('audit.records.fields.sequence')}>
              {record.sealed && record.sequence != null ? (
                format.number(record.sequence)
              ) : (
                <Tag color="gold">{t('audit.records.unsealed')}</Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.records.fields.recordedAt')}>{format.dateTimeSeconds(record.recordedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('audit.records.fields.actor')}>
              <Flex vertical gap={2}>
                <span>
                  {record.actorName}
                  {record.role && <Typography.Text type="secondary">（{roleLabel(t, record.role)}）</Typography.Text>}
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('audit.records.actorId')}
                  {record.actorId}
                </Typography.Text>
                {record.dataScope && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('audit.records.dataScope')}
                    {record.dataScope}
                  </Typography.Text>
                )}
              </Flex>
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.records.fields.operation')}>
              <Typography.Text code>{record.operation}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.records.fields.outcome')}>
              <OutcomeTag outcome={record.outcome} />
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.records.fields.reason')}>{record.reason ?? ''}</Descriptions.Item>
            <Descriptions.Item label={t('audit.records.fields.target')}>
              {record.targetType && (
                <Flex vertical gap={2}>
                  <span>{record.targetType}</span>
                  {code(record.targetId)}
                </Flex>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.records.fields.region')}>{record.regionCode ? regionName(record.regionCode) : ''}</Descriptions.Item>
            <Descriptions.Item label={t('audit.records.fields.traceId')}>{code(record.traceId)}</Descriptions.Item>
            <Descriptions.Item label={t('audit.records.fields.clientIp')}>{record.clientIp ?? ''}</Descriptions.Item>
            <Descriptions.Item label={t('audit.records.fields.id')}>{code(record.id)}</Descriptions.Item>
          </Descriptions>
          <div>
            <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
              {t('audit.records.fields.details')}
            </Typography.Title>
            <AuditDetailsView details={record.details} />
          </div>
        </Flex>
      )}
    </Drawer>
  );
}
