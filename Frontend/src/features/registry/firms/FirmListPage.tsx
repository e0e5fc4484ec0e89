import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { permissions, usePermissions } from '../../../shared/auth/session';
import { enumLabel, enumOptions } from '../../../shared/ui/enums';
import { useFormat } from '../../../shared/ui/format';
import { ListPage, type ListColumn, type ListFilter } from '../../../shared/ui/ListPage';
import type { FirmSummary } from '../common/registryApi';
import { RegionSelect } from '../common/RegionSelect';
import { StatusTag } from '../common/StatusTag';
import { exportFirms, useFirmList } from './useFirms';

/** 律师事务所: the firms in the caller's region, filtered, sorted and paged on the server. */
export function FirmListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { can } = usePermissions();

  const filters: ListFilter[] = [
    { name: 'name', label: t('firms.fields.name') },
    { name: 'nameMatch', label: t('list.nameMatch'), options: enumOptions(t, 'nameMatch'), placeholder: t('enums.nameMatch.Prefix') },
    { name: 'uscc', label: t('firms.fields.uscc') },
    { name: 'regionCode', label: t('firms.fields.region'), input: <RegionSelect /> },
    { name: 'status', label: t('firms.fields.status'), options: enumOptions(t, 'firmStatus') },
    { name: 'organisationForm', label: t('firms.fields.organisationForm'), options: enumOptions(t, 'organisationForm') },
    { name: 'sizeBand', label: t('firms.fields.sizeBand'), options: enumOptions(t, 'firmSizeBand') },
  ];

  const columns: ListColumn<FirmSummary>[] = [
    {
      key: 'name',
      sortField: 'name',
      title: t('firms.fields.name'),
      dataIndex: 'name',
      render: (_, firm) => <Link to={`/registry/firms/${firm.id}`}>{firm.name}</Link>,
    },
    {
      key: 'uscc',
      title: t('firms.fields.uscc'),
      dataIndex: 'uscc',
      render: (uscc: string) => <Typography.Text code>{uscc}</Typography.Text>,
    },
    {
      key: 'organisationForm',
      title: t('firms.fields.organisationForm'),
      render: (_, firm) => enumLabel(t, 'organisationForm', firm.organisationForm),
    },
    { key: 'sizeBand', title: t('firms.fields.sizeBand'), render: (_, firm) => enumLabel(t, 'firmSizeBand', firm.sizeBand) },
    { key: 'region', title: t('firms.fields.region'), dataIndex: 'regionName' },
    { key: 'director', title: t('firms.fields.director'), dataIndex: 'director' },
    {
      key: 'foundedOn',
      sortField: 'foundedOn',
      title: t('firms.fields.foundedOn'),
      render: (_, firm) => format.date(firm.foundedOn),
    },
    {
      key: 'lawyerCount',
      sortField: 'lawyerCount',
      title: t('firms.fields.practisingLawyerCount'),
      align: 'right',
      render: (_, firm) => format.number(firm.practisingLawyerCount),
    },
    { key: 'status', title: t('firms.fields.status'), render: (_, firm) => <StatusTag kind="firm" status={firm.status} /> },
  ];

  return (
    <ListPage<FirmSummary>
      title={t('firms.title')}
      description={t('firms.description')}
      actions={
        can(permissions.firmsWrite) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/registry/firms/new')}>
            {t('firms.create')}
          </Button>
        )
      }
      filters={filters}
      columns={columns}
      rowKey={(firm) => firm.id}
      useList={useFirmList}
      onExport={exportFirms}
      defaultSort="name"
      emptyDescription={t('firms.empty')}
    />
  );
}
