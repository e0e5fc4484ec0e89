import { CheckOutlined, CopyOutlined, DownloadOutlined, ReloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Divider, Flex, Result, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { saveBlob } from '../../../shared/api/download';
import { describeError } from '../../../shared/ui/describeError';
import { enumLabel } from '../../../shared/ui/enums';
import { useFormat } from '../../../shared/ui/format';
import { Page } from '../../../shared/ui/Page';
import { QueryState } from '../../../shared/ui/QueryState';
import type { AuditVerification } from '../common/auditApi';
import { useCheckpointKey, useVerifyAuditTrail } from './useAuditVerification';

function IntactResult({ verification }: { verification: AuditVerification }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Result
      status="success"
      title={t('audit.verification.intact')}
      subTitle={
        <Flex vertical gap={4} data-testid="verification-counts">
          <span>
            {t('audit.verification.counts', {
              sealed: format.number(verification.sealedRecords),
              unsealed: format.number(verification.unsealedRecords),
            })}
          </span>
          <span>
            {verification.checkpointSequence != null
              ? t('audit.verification.checkpointAt', { sequence: format.number(verification.checkpointSequence) })
              : t('audit.verification.noCheckpoint')}
          </span>
          {verification.unsealedRecords > 0 && <span>{t('audit.verification.unsealedHint')}</span>}
        </Flex>
      }
    />
  );
}

function BrokenResult({ verification }: { verification: AuditVerification }) {
  const { t } = useTranslation();
  const format = useFormat();
  // The host always names the break of a broken chain; an unknown one (a newer host) still says "broken".
  const kind = verification.firstBreak ?? undefined;
  return (
    <Result
      status="error"
      title={t('audit.verification.broken')}
      subTitle={
        kind
          ? t('audit.verification.breakSummary', {
              kind: enumLabel(t, 'auditBreak', kind),
              sequence: verification.breakAtSequence != null ? format.number(verification.breakAtSequence) : '—',
            })
          : undefined
      }
      extra={
        <Descriptions column={1} bordered size="small" style={{ maxWidth: 640, margin: '0 auto', textAlign: 'start' }}>
          <Descriptions.Item label={t('audit.verification.fields.firstBreak')}>
            {kind ? enumLabel(t, 'auditBreak', kind) : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('audit.verification.fields.breakAtSequence')}>
            {verification.breakAtSequence != null ? format.number(verification.breakAtSequence) : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('audit.verification.fields.breakRecordId')}>
            {verification.breakRecordId ? (
              <Flex vertical gap={4} align="flex-start">
                <Typography.Text code copyable>
                  {verification.breakRecordId}
                </Typography.Text>
                <Link to="/audit/records">{t('audit.verification.openRecords')}</Link>
              </Flex>
            ) : (
              <Typography.Text type="secondary">{t('audit.verification.noRecord')}</Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('audit.verification.fields.sealedRecords')}>{format.number(verification.sealedRecords)}</Descriptions.Item>
          <Descriptions.Item label={t('audit.verification.fields.unsealedRecords')}>{format.number(verification.unsealedRecords)}</Descriptions.Item>
          <Descriptions.Item label={t('audit.verification.fields.checkpointSequence')}>
            {verification.checkpointSequence != null ? format.number(verification.checkpointSequence) : t('audit.verification.noCheckpointShort')}
          </Descriptions.Item>
        </Descriptions>
      }
    />
  );
}

function Verification() {
  const { t } = useTranslation();
  const verify = useVerifyAuditTrail();
  const error = verify.isError ? describeError(verify.error, t) : undefined;

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph style={{ margin: 0 }}>{t('audit.verification.explanation')}</Typography.Paragraph>
      <div>
        <Button
          type="primary"
          icon={verify.isSuccess ? <ReloadOutlined /> : <SafetyCertificateOutlined />}
          loading={verify.isPending}
          onClick={() => verify.mutate()}
        >
          {verify.isSuccess || verify.isError ? t('audit.verification.runAgain') : t('audit.verification.run')}
        </Button>
      </div>
      <div aria-live="polite">
        {verify.isPending && (
          <div role="status" style={{ padding: 32, textAlign: 'center' }}>
            <Spin description={t('audit.verification.running')}>
              <div style={{ minHeight: 48 }} />
            </Spin>
          </div>
        )}
        {error && (
          <Alert
            type="error"
            showIcon
            title={error.title}
            description={[error.detail, error.traceId && t('state.traceId', { traceId: error.traceId })].filter(Boolean).join(' ')}
          />
        )}
        {verify.isSuccess &&
          (verify.data.intact ? <IntactResult verification={verify.data} /> : <BrokenResult verification={verify.data} />)}
        {verify.isIdle && <Typography.Text type="secondary">{t('audit.verification.idle')}</Typography.Text>}
      </div>
    </Flex>
  );
}

/** The name docs/audit.md's offline check uses for the key. */
const checkpointKeyFile = 'checkpoint-key.pem';

function CheckpointKey() {
  const { t } = useTranslation();
  const key = useCheckpointKey();
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
        {t('audit.checkpointKey.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('audit.checkpointKey.explanation')}
      </Typography.Paragraph>
      <QueryState query={key}>
        {(pem) =>
          pem === null ? (
            <Alert type="info" showIcon title={t('audit.checkpointKey.notConfigured')} description={t('audit.checkpointKey.notConfiguredHint')} />
          ) : (
            <Flex vertical gap={8} data-testid="checkpoint-key">
              <Space size={16} wrap>
                <Typography.Text
                  copyable={{
                    text: pem,
                    tooltips: false,
                    icon: [
                      <span key="copy">
                        <CopyOutlined /> {t('audit.checkpointKey.copy')}
                      </span>,
                      <span key="copied">
                        <CheckOutlined /> {t('secret.copied')}
                      </span>,
                    ],
                  }}
                />
                <Button
                  type="link"
                  size="small"
                  icon={<DownloadOutlined />}
                  style={{ paddingInline: 0 }}
                  onClick={() => saveBlob(new Blob([pem], { type: 'application/x-pem-file' }), checkpointKeyFile)}
                >
                  {t('audit.checkpointKey.download', { file: checkpointKeyFile })}
                </Button>
              </Space>
              <pre style={{ margin: 0, padding: 12, fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all', background: 'rgba(0, 0, 0, 0.04)', borderRadius: 6 }}>
                {pem.trim()}
              </pre>
            </Flex>
          )
        }
      </QueryState>
    </Flex>
  );
}

/** 完整性校验: recompute the seal chain on the host and name the first break; the checkpoint public key for offline checks. */
export function AuditVerificationPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('audit.verification.title')} description={t('audit.verification.description')}>
      <Verification />
      <Divider />
      <CheckpointKey />
    </Page>
  );
}
