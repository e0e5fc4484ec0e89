import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { permissions, usePermissions } from '../../../shared/auth/session';
import { DateTextPicker } from '../../../shared/ui/DateTextPicker';
import { enumLabel, enumOptions, measureLabel } from '../../../shared/ui/enums';
import { useFormat } from '../../../shared/ui/format';
import { ListPage, type ListColumn, type ListFilter } from '../../../shared/ui/ListPage';
import { RegionSelect } from '../../registry/common/RegionSelect';
import { useRegionLabel } from '../../registry/common/useRegions';
import type { IntegrityRecordView } from '../common/supervisionApi';
import { IntegrityRecordModal } from './IntegrityRecordModal';
import { defaultIntegritySort, useIntegrityRecordList } from './useIntegrityRecords';

/** 诚信档案: rewards and sanctions of the caller's region, the latest decisions first; rewards and outside sanctions are entered here. */
export function IntegrityRecordListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const { can } = usePermissions();
  const regionLabel = useRegionLabel();
  const [creating, setCreating] = useState(false);
  const field = (
    name: 'kind' | 'subject' | 'subjectName' | 'region' | 'measure' | 'title' | 'decidedBy' | 'documentNumber' | 'decidedOn' | 'effectiveUntil' | 'disclosedUntil' | 'decidedFrom' | 'decidedTo' | 'source',
  ) => t(`supervision.integrity.fields.${name}`);

  const filters: ListFilter[] = [
    { name: 'kind', label: field('kind'), options: enumOptions(t, 'integrityKind') },
    { name: 'subject', label: field('subject'), options: enumOptions(t, 'subjectKind') },
    { name: 'regionCode', label: field('region'), input: <RegionSelect /> },
    { name: 'decidedFrom', label: field('decidedFrom'), input: <DateTextPicker /> },
    { name: 'decidedTo', label: field('decidedTo'), input: <DateTextPicker /> },
  ];

  const columns: ListColumn<IntegrityRecordView>[] = [
    {
      key: 'decidedOn',
      sortField: 'decidedOn',
      title: field('decidedOn'),
      render: (_, record) => <span style={{ whiteSpace: 'nowrap' }}>{format.date(record.decidedOn)}</span>,
    },
    {
      key: 'kind',
      title: field('kind'),
      render: (_, record) => <Tag color={record.kind === 'Reward' ? 'green' : 'red'}>{enumLabel(t, 'integrityKind', record.kind)}</Tag>,
    },
    {
      key: 'subject',
      title: field('subjectName'),
      render: (_, record) => (
        <Flex vertical gap={0}>
          <Link to={record.subject === 'Lawyer' ? `/registry/lawyers/${record.subjectId}` : `/registry/firms/${record.subjectId}`}>{record.subjectName}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {enumLabel(t, 'subjectKind', record.subject)}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'region', title: field('region'), render: (_, record) => regionLabel(record.regionCode) },
    { key: 'measure', title: field('measure'), render: (_, record) => measureLabel(t, record.measure) },
    { key: 'title', title: field('title'), dataIndex: 'title' },
    { key: 'decidedBy', title: field('decidedBy'), dataIndex: 'decidedBy' },
    { key: 'documentNumber', title: field('documentNumber'), dataIndex: 'documentNumber' },
    {
      key: 'effectiveUntil',
      title: field('effectiveUntil'),
      render: (_, record) => (record.effectiveUntil ? format.date(record.effectiveUntil) : t('detail.none')),
    },
    { key: 'disclosedUntil', title: field('disclosedUntil'), render: (_, record) => format.date(record.disclosedUntil) },
    {
      key: 'source',
      title: field('source'),
      render: (_, record) =>
        record.complaintId ? (
          <Link to={`/supervision/complaints/${record.complaintId}`}>{t('supervision.integrity.fromComplaint')}</Link>
        ) : (
          t('supervision.integrity.direct')
        ),
    },
  ];

  return (
    <>
      <ListPage<IntegrityRecordView>
        title={t('supervision.integrity.title')}
        description={t('supervision.integrity.description')}
        actions={
          can(permissions.integrityWrite) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('supervision.integrity.create')}
            </Button>
          )
        }
        filters={filters}
        columns={columns}
        rowKey={(record) => record.id}
        useList={useIntegrityRecordList}
        defaultSort={defaultIntegritySort}
        emptyDescription={t('supervision.integrity.empty')}
      />
      {creating && (
        <IntegrityRecordModal
          onCreated={(record) => {
            setCreating(false);
            void message.success(t('supervision.integrity.created', { title: record.title }));
          }}
          onClose={() => setCreating(false)}
        />
      )}
    </>
  );
}
