import { Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleLabel } from '../../../shared/auth/roles';
import { DateTextPicker } from '../../../shared/ui/DateTextPicker';
import { enumOptions } from '../../../shared/ui/enums';
import { useFormat } from '../../../shared/ui/format';
import { ListPage, type ListColumn, type ListFilter } from '../../../shared/ui/ListPage';
import { RegionSelect } from '../../registry/common/RegionSelect';
import { useRegionLabel } from '../../registry/common/useRegions';
import type { AuditEntry } from '../common/auditApi';
import { AuditRecordDrawer } from './AuditRecordDrawer';
import { OutcomeTag } from './OutcomeTag';
import { defaultAuditSort, exportAuditRecords, useAuditRecordList } from './useAuditRecords';

/** 审计记录: who did what, to which record, with what outcome; newest first, filtered on the server. */
export function AuditRecordListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const regionName = useRegionLabel();
  const [opened, setOpened] = useState<AuditEntry>();

  const filters: ListFilter[] = [
    { name: 'actor', label: t('audit.records.filters.actor'), placeholder: t('audit.records.filters.actorPlaceholder') },
    { name: 'operation', label: t('audit.records.fields.operation'), placeholder: t('audit.records.filters.operationPlaceholder') },
    { name: 'outcome', label: t('audit.records.fields.outcome'), options: enumOptions(t, 'auditOutcome') },
    { name: 'targetType', label: t('audit.records.filters.targetType'), placeholder: t('audit.records.filters.targetTypePlaceholder') },
    { name: 'targetId', label: t('audit.records.filters.targetId') },
    { name: 'regionCode', label: t('audit.records.fields.region'), input: <RegionSelect /> },
    { name: 'from', label: t('audit.records.filters.from'), input: <DateTextPicker withTime /> },
    { name: 'to', label: t('audit.records.filters.to'), input: <DateTextPicker withTime /> },
  ];

  const columns: ListColumn<AuditEntry>[] = [
    {
      key: 'sequence',
      title: t('audit.records.fields.sequence'),
      align: 'right',
      render: (_, record) =>
        record.sealed && record.sequence != null ? (
          format.number(record.sequence)
        ) : (
          <Tag color="gold" style={{ marginInlineEnd: 0 }}>
            {t('audit.records.unsealed')}
          </Tag>
        ),
    },
    {
      key: 'recordedAt',
      sortField: 'recordedAt',
      title: t('audit.records.fields.recordedAt'),
      render: (_, record) => <span style={{ whiteSpace: 'nowrap' }}>{format.dateTimeSeconds(record.recordedAt)}</span>,
    },
    {
      key: 'actor',
      title: t('audit.records.fields.actor'),
      render: (_, record) => (
        <Flex vertical gap={0}>
          <span>{record.actorName}</span>
          {record.role && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {roleLabel(t, record.role)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'operation',
      title: t('audit.records.fields.operation'),
      render: (_, record) => <Typography.Text code>{record.operation}</Typography.Text>,
    },
    { key: 'outcome', title: t('audit.records.fields.outcome'), render: (_, record) => <OutcomeTag outcome={record.outcome} /> },
    {
      key: 'reason',
      title: t('audit.records.fields.reason'),
      render: (_, record) => record.reason && <Typography.Text style={{ maxWidth: 240 }} ellipsis={{ tooltip: record.reason }}>{record.reason}</Typography.Text>,
    },
    {
      key: 'target',
      title: t('audit.records.fields.target'),
      render: (_, record) =>
        record.targetType && (
          <Flex vertical gap={0}>
            <span>{record.targetType}</span>
            {record.targetId && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {record.targetId}
              </Typography.Text>
            )}
          </Flex>
        ),
    },
    { key: 'region', title: t('audit.records.fields.region'), render: (_, record) => (record.regionCode ? regionName(record.regionCode) : '') },
  ];

  return (
    <>
      <ListPage<AuditEntry>
        title={t('audit.records.title')}
        description={t('audit.records.description')}
        filters={filters}
        columns={columns}
        rowKey={(record) => record.id}
        useList={useAuditRecordList}
        onExport={exportAuditRecords}
        defaultSort={defaultAuditSort}
        emptyDescription={t('audit.records.empty')}
        onRowClick={setOpened}
      />
      <AuditRecordDrawer record={opened} regionName={regionName} onClose={() => setOpened(undefined)} />
    </>
  );
}
