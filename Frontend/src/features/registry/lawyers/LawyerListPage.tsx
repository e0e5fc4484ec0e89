import { PlusOutlined } from '@ant-design/icons';
import { Button, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { permissions, usePermissions } from '../../../shared/auth/session';
import { enumLabel, enumOptions } from '../../../shared/ui/enums';
import { ListPage, type ListColumn, type ListFilter } from '../../../shared/ui/ListPage';
import { FirmPicker } from '../common/FirmPicker';
import type { LawyerSummary } from '../common/registryApi';
import { RegionSelect } from '../common/RegionSelect';
import { StatusTag } from '../common/StatusTag';
import { exportLawyers, useLawyerList } from './useLawyers';

/** Where a lawyer practises: their firm (linked) or, for public-sector, corporate and legal-aid lawyers, their employer. */
export function PracticePlace({ firmId, firmName, employer }: Pick<LawyerSummary, 'firmId' | 'firmName' | 'employer'>) {
  if (firmId) return <Link to={`/registry/firms/${firmId}`}>{firmName ?? firmId}</Link>;
  return <>{employer ?? ''}</>;
}

/** 律师: the lawyers in the caller's scope, filtered, sorted and paged on the server. */
export function LawyerListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = usePermissions();

  const filters: ListFilter[] = [
    { name: 'name', label: t('lawyers.fields.name') },
    { name: 'nameMatch', label: t('list.nameMatch'), options: enumOptions(t, 'nameMatch'), placeholder: t('enums.nameMatch.Prefix') },
    { name: 'certificateNumber', label: t('lawyers.fields.certificateNumber') },
    { name: 'firmId', label: t('lawyers.fields.firm'), input: <FirmPicker /> },
    { name: 'regionCode', label: t('lawyers.fields.region'), input: <RegionSelect /> },
    { name: 'category', label: t('lawyers.fields.category'), options: enumOptions(t, 'lawyerCategory') },
    { name: 'status', label: t('lawyers.fields.status'), options: enumOptions(t, 'lawyerStatus') },
    { name: 'specialty', label: t('lawyers.fields.specialty'), options: enumOptions(t, 'specialty') },
    {
      name: 'foreignRelated',
      label: t('lawyers.fields.foreignRelated'),
      options: [
        { value: 'true', label: t('detail.yes') },
        { value: 'false', label: t('detail.no') },
      ],
    },
  ];

  const columns: ListColumn<LawyerSummary>[] = [
    {
      key: 'name',
      sortField: 'name',
      title: t('lawyers.fields.name'),
      render: (_, lawyer) => <Link to={`/registry/lawyers/${lawyer.id}`}>{lawyer.name}</Link>,
    },
    {
      key: 'certificateNumber',
      sortField: 'certificateNumber',
      title: t('lawyers.fields.certificateNumber'),
      render: (_, lawyer) => <Typography.Text code>{lawyer.certificateNumber}</Typography.Text>,
    },
    { key: 'gender', title: t('lawyers.fields.gender'), render: (_, lawyer) => enumLabel(t, 'gender', lawyer.gender) },
    { key: 'category', title: t('lawyers.fields.category'), render: (_, lawyer) => enumLabel(t, 'lawyerCategory', lawyer.category) },
    { key: 'practice', title: t('lawyers.fields.practicePlace'), render: (_, lawyer) => <PracticePlace {...lawyer} /> },
    { key: 'region', title: t('lawyers.fields.region'), dataIndex: 'regionName' },
    { key: 'firstPracticeYear', sortField: 'firstPracticeYear', title: t('lawyers.fields.firstPracticeYear'), dataIndex: 'firstPracticeYear' },
    {
      key: 'foreignRelated',
      title: t('lawyers.fields.foreignRelated'),
      render: (_, lawyer) => (lawyer.foreignRelated ? <Tag color="blue">{t('lawyers.foreignRelatedTag')}</Tag> : null),
    },
    { key: 'status', title: t('lawyers.fields.status'), render: (_, lawyer) => <StatusTag kind="lawyer" status={lawyer.status} /> },
  ];

  return (
    <ListPage<LawyerSummary>
      title={t('lawyers.title')}
      description={t('lawyers.description')}
      actions={
        can(permissions.lawyersWrite) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/registry/lawyers/new')}>
            {t('lawyers.create')}
          </Button>
        )
      }
      filters={filters}
      columns={columns}
      rowKey={(lawyer) => lawyer.id}
      useList={useLawyerList}
      onExport={exportLawyers}
      defaultSort="name"
      emptyDescription={t('lawyers.empty')}
    />
  );
}
