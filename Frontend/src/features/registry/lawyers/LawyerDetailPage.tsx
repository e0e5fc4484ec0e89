import { EditOutlined, LockOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { permissions, usePermissions } from '../../../shared/auth/session';
import { enumLabel } from '../../../shared/ui/enums';
import { useFormat } from '../../../shared/ui/format';
import { Page } from '../../../shared/ui/Page';
import { QueryState } from '../../../shared/ui/QueryState';
import type { LawyerDetails } from '../common/registryApi';
import { StatusChangeModal, type StatusAction } from '../common/StatusChangeModal';
import { StatusTag } from '../common/StatusTag';
import { PracticePlace } from './LawyerListPage';
import { TransferModal } from './TransferModal';
import { useChangeLawyerStatus, useLawyer, useTransferLawyer } from './useLawyers';

export function lawyerActions(status: LawyerDetails['status']): StatusAction[] {
  switch (status) {
    case 'Practising':
      return ['suspend', 'cancel'];
    case 'Suspended':
      return ['reinstate', 'cancel'];
    default:
      return [];
  }
}

function FirmHistory({ lawyer }: { lawyer: LawyerDetails }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (lawyer.firmHistory.length === 0) {
    return <Typography.Text type="secondary">{t('lawyers.detail.noFirmHistory')}</Typography.Text>;
  }
  // Newest first: where they practise now at the top.
  const periods = [...lawyer.firmHistory].sort((a, b) => b.from.localeCompare(a.from));
  return (
    <Timeline
      aria-label={t('lawyers.detail.firmHistory')}
      items={periods.map((period) => ({
        key: `${period.firmId}-${period.from}`,
        color: period.to ? 'gray' : 'green',
        content: (
          <Flex vertical gap={2}>
            <Link to={`/registry/firms/${period.firmId}`}>{period.firmName}</Link>
            <Typography.Text type="secondary">
              {period.to
                ? t('lawyers.detail.period', { from: format.date(period.from), to: format.date(period.to) })
                : t('lawyers.detail.periodOpen', { from: format.date(period.from) })}
            </Typography.Text>
          </Flex>
        ),
      }))}
    />
  );
}

function LawyerFacts({ lawyer }: { lawyer: LawyerDetails }) {
  const { t } = useTranslation();
  const format = useFormat();
  const none = t('detail.none');

  return (
    <Flex vertical gap={24}>
      {lawyer.personalDataMasked && (
        <Alert type="info" showIcon icon={<LockOutlined />} title={t('lawyers.detail.maskedNote')} />
      )}
      {lawyer.needsNewFirm && <Alert type="warning" showIcon title={t('lawyers.detail.needsNewFirm')} data-testid="needs-new-firm" />}
      {lawyer.unqualifiedInYear != null && (
        <Alert type="error" showIcon title={t('lawyers.detail.unqualifiedInYear', { year: lawyer.unqualifiedInYear })} data-testid="unqualified-in-year" />
      )}
      <Descriptions bordered column={{ xs: 1, md: 2 }} size="middle" title={t('lawyers.detail.facts')}>
        <Descriptions.Item label={t('lawyers.fields.name')}>{lawyer.name}</Descriptions.Item>
        <Descriptions.Item label={t('lawyers.fields.gender')}>{enumLabel(t, 'gender', lawyer.gender)}</Descriptions.Item>
        <Descriptions.Item label={t('lawyers.fields.idNumber')}>
          <Space>
            <Typography.Text code>{lawyer.idNumber}</Typography.Text>
            {lawyer.personalDataMasked && <Tag icon={<LockOutlined />}>{t('lawyers.detail.masked')}</Tag>}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('lawyers.fields.birthDate')}>
          {lawyer.birthDate ? format.date(lawyer.birthDate) : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('lawyers.fields.phone')}>
          {lawyer.phone ? (
            <Space>
              {lawyer.phone}
              {lawyer.personalDataMasked && <Tag icon={<LockOutlined />}>{t('lawyers.detail.masked')}</Tag>}
            </Space>
          ) : (
            none
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('lawyers.fields.certificateNumber')}>
          <Typography.Text code copyable>
            {lawyer.certificateNumber}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('lawyers.fields.category')}>{enumLabel(t, 'lawyerCategory', lawyer.category)}</Descriptions.Item>
        <Descriptions.Item label={t('lawyers.fields.practicePlace')}>
          <PracticePlace {...lawyer} />
        </Descriptions.Item>
        <Descriptions.Item label={t('lawyers.fields.region')}>
          {lawyer.regionName} <Typography.Text type="secondary">{lawyer.regionCode}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('lawyers.fields.firstPracticeYear')}>{lawyer.firstPracticeYear}</Descriptions.Item>
        <Descriptions.Item label={t('lawyers.fields.specialties')} span="filled">
          {lawyer.specialties.length > 0
            ? lawyer.specialties.map((specialty) => <Tag key={specialty}>{enumLabel(t, 'specialty', specialty)}</Tag>)
            : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('lawyers.fields.languages')}>
          {lawyer.languages.length > 0 ? lawyer.languages.map((language) => <Tag key={language}>{language}</Tag>) : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('lawyers.fields.foreignRelated')}>
          {lawyer.foreignRelated ? t('detail.yes') : t('detail.no')}
        </Descriptions.Item>
      </Descriptions>

      <Descriptions bordered column={{ xs: 1, md: 2 }} size="middle" title={t('lawyers.detail.practice')}>
        <Descriptions.Item label={t('lawyers.fields.status')}>
          <Space size={4} wrap>
            <StatusTag kind="lawyer" status={lawyer.status} />
            {lawyer.suspendedUntil && <Tag color="orange">{t('lawyers.detail.suspendedUntil', { date: format.date(lawyer.suspendedUntil) })}</Tag>}
            {lawyer.needsNewFirm && <Tag color="gold">{t('lawyers.detail.needsNewFirmTag')}</Tag>}
            {lawyer.unqualifiedInYear != null && <Tag color="red">{t('lawyers.detail.unqualifiedTag', { year: lawyer.unqualifiedInYear })}</Tag>}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.statusChangedOn')}>
          {lawyer.statusChangedOn ? format.date(lawyer.statusChangedOn) : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.statusReason')} span="filled">
          {lawyer.statusReason ?? none}
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.updatedAt')}>{format.dateTime(lawyer.updatedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('detail.createdAt')}>{format.dateTime(lawyer.createdAt)}</Descriptions.Item>
      </Descriptions>

      <Card size="small" title={t('lawyers.detail.firmHistory')}>
        <FirmHistory lawyer={lawyer} />
      </Card>
    </Flex>
  );
}

/** One lawyer: facts (personal data masked unless the caller may see it), firm history, and the steps an officer may take. */
export function LawyerDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const lawyer = useLawyer(id);
  const changeStatus = useChangeLawyerStatus(id);
  const transfer = useTransferLawyer(id);
  const { can } = usePermissions();
  const [action, setAction] = useState<StatusAction>();
  const [transferring, setTransferring] = useState(false);
  const record = lawyer.data?.data;
  const mayWrite = can(permissions.lawyersWrite);

  return (
    <Page
      title={record?.name ?? t('lawyers.detail.title')}
      description={record && <StatusTag kind="lawyer" status={record.status} />}
      extra={
        record &&
        mayWrite && (
          <Space wrap>
            {record.status !== 'Cancelled' && (
              <Button icon={<EditOutlined />} onClick={() => void navigate(`/registry/lawyers/${id}/edit`)}>
                {t('form.edit')}
              </Button>
            )}
            {record.firmId && record.status !== 'Cancelled' && (
              <Button icon={<SwapOutlined />} onClick={() => setTransferring(true)}>
                {t('lawyers.transfer.button')}
              </Button>
            )}
            {lawyerActions(record.status).map((step) => (
              <Button key={step} danger={step === 'cancel'} onClick={() => setAction(step)}>
                {t(`statusChange.${step}.button`)}
              </Button>
            ))}
          </Space>
        )
      }
    >
      <QueryState query={lawyer}>{({ data }) => <LawyerFacts lawyer={data} />}</QueryState>
      {record && lawyer.data && (
        <>
          <StatusChangeModal
            kind="lawyer"
            action={action}
            subject={record.name}
            onSubmit={async (step, change) => {
              await changeStatus.mutateAsync({ action: step, change, etag: lawyer.data!.etag });
              void message.success(t(`statusChange.${step}.done`, { name: record.name }));
            }}
            onClose={() => setAction(undefined)}
            onReload={() => lawyer.refetch()}
          />
          <TransferModal
            open={transferring}
            lawyer={record}
            onSubmit={async (body) => {
              const moved = await transfer.mutateAsync({ body, etag: lawyer.data!.etag });
              void message.success(t('lawyers.transfer.done', { name: record.name, firm: moved.data.firmName ?? '' }));
            }}
            onClose={() => setTransferring(false)}
            onReload={() => lawyer.refetch()}
          />
        </>
      )}
    </Page>
  );
}
