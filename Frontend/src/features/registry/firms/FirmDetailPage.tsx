import { EditOutlined, TeamOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { permissions, usePermissions } from '../../../shared/auth/session';
import { enumLabel } from '../../../shared/ui/enums';
import { useFormat } from '../../../shared/ui/format';
import { Page } from '../../../shared/ui/Page';
import { QueryState } from '../../../shared/ui/QueryState';
import type { FirmDetails } from '../common/registryApi';
import { StatusChangeModal, type StatusAction } from '../common/StatusChangeModal';
import { StatusTag } from '../common/StatusTag';
import { useFirmRecord } from '../common/useFirmOptions';
import { useChangeFirmStatus, useFirm } from './useFirms';

/** The steps a firm in this status can take. */
export function firmActions(status: FirmDetails['status']): StatusAction[] {
  switch (status) {
    case 'Practising':
      return ['suspend', 'cancel'];
    case 'Suspended':
      return ['reinstate', 'cancel'];
    default:
      return [];
  }
}

function HeadOffice({ id }: { id: string }) {
  const firm = useFirmRecord(id);
  return <Link to={`/registry/firms/${id}`}>{firm.data?.data.name ?? id}</Link>;
}

function FirmFacts({ firm }: { firm: FirmDetails }) {
  const { t } = useTranslation();
  const format = useFormat();

  return (
    <Flex vertical gap={24}>
      <Descriptions bordered column={{ xs: 1, md: 2 }} size="middle" title={t('firms.detail.facts')}>
        <Descriptions.Item label={t('firms.fields.name')}>{firm.name}</Descriptions.Item>
        <Descriptions.Item label={t('firms.fields.uscc')}>
          <Typography.Text code copyable>
            {firm.uscc}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('firms.fields.licenceNumber')}>{firm.licenceNumber}</Descriptions.Item>
        <Descriptions.Item label={t('firms.fields.organisationForm')}>
          {enumLabel(t, 'organisationForm', firm.organisationForm)}
        </Descriptions.Item>
        <Descriptions.Item label={t('firms.fields.sizeBand')}>{enumLabel(t, 'firmSizeBand', firm.sizeBand)}</Descriptions.Item>
        <Descriptions.Item label={t('firms.fields.region')}>
          {firm.regionName} <Typography.Text type="secondary">{firm.regionCode}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('firms.fields.director')}>{firm.director}</Descriptions.Item>
        <Descriptions.Item label={t('firms.fields.foundedOn')}>{format.date(firm.foundedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('firms.fields.address')} span="filled">
          {firm.address}
        </Descriptions.Item>
        <Descriptions.Item label={t('firms.fields.phone')}>{firm.phone ?? t('detail.none')}</Descriptions.Item>
        <Descriptions.Item label={t('firms.fields.branchOf')}>
          {firm.branchOfId ? <HeadOffice id={firm.branchOfId} /> : t('detail.none')}
        </Descriptions.Item>
      </Descriptions>

      <Descriptions bordered column={{ xs: 1, md: 2 }} size="middle" title={t('firms.detail.practice')}>
        <Descriptions.Item label={t('firms.fields.status')}>
          <StatusTag kind="firm" status={firm.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.statusChangedOn')}>
          {firm.statusChangedOn ? format.date(firm.statusChangedOn) : t('detail.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.statusReason')} span="filled">
          {firm.statusReason ?? t('detail.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('firms.fields.practisingLawyerCount')}>
          <Space>
            {format.number(firm.practisingLawyerCount)}
            <Link to={`/registry/lawyers?firmId=${firm.id}`}>
              <TeamOutlined /> {t('firms.detail.viewLawyers')}
            </Link>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.updatedAt')}>{format.dateTime(firm.updatedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('detail.createdAt')}>{format.dateTime(firm.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('detail.version')}>{firm.version}</Descriptions.Item>
      </Descriptions>
    </Flex>
  );
}

/** One firm: its registered facts, its status and why, its lawyers, and what an officer may do with it. */
export function FirmDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const firm = useFirm(id);
  const changeStatus = useChangeFirmStatus(id);
  const { can } = usePermissions();
  const [action, setAction] = useState<StatusAction>();
  const record = firm.data?.data;
  const mayWrite = can(permissions.firmsWrite);
  const mayRegisterLawyers = can(permissions.lawyersWrite);

  return (
    <Page
      title={record?.name ?? t('firms.detail.title')}
      description={record && <StatusTag kind="firm" status={record.status} />}
      extra={
        record && (
          <Space wrap>
            {mayRegisterLawyers && record.status === 'Practising' && (
              <Button icon={<UserAddOutlined />} onClick={() => void navigate(`/registry/lawyers/new?firmId=${id}`)}>
                {t('firms.detail.registerLawyer')}
              </Button>
            )}
            {mayWrite && record.status !== 'Cancelled' && (
              <Button icon={<EditOutlined />} onClick={() => void navigate(`/registry/firms/${id}/edit`)}>
                {t('form.edit')}
              </Button>
            )}
            {mayWrite &&
              firmActions(record.status).map((step) => (
                <Button key={step} danger={step === 'cancel'} onClick={() => setAction(step)}>
                  {t(`statusChange.${step}.button`)}
                </Button>
              ))}
          </Space>
        )
      }
    >
      <QueryState query={firm}>{({ data }) => <FirmFacts firm={data} />}</QueryState>
      {record && firm.data && (
        <StatusChangeModal
          kind="firm"
          action={action}
          subject={record.name}
          onSubmit={async (step, change) => {
            await changeStatus.mutateAsync({ action: step, change, etag: firm.data!.etag });
            void message.success(t(`statusChange.${step}.done`, { name: record.name }));
          }}
          onClose={() => setAction(undefined)}
          onReload={() => firm.refetch()}
        />
      )}
    </Page>
  );
}
