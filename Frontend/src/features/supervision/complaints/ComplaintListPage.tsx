import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { permissions, usePermissions } from '../../../shared/auth/session';
import { DateTextPicker } from '../../../shared/ui/DateTextPicker';
import { enumLabel, enumOptions } from '../../../shared/ui/enums';
import { useFormat } from '../../../shared/ui/format';
import { ListPage, type ListColumn, type ListFilter } from '../../../shared/ui/ListPage';
import { FirmPicker } from '../../registry/common/FirmPicker';
import { LawyerPicker } from '../../registry/common/LawyerPicker';
import { RegionSelect } from '../../registry/common/RegionSelect';
import { useRegionLabel } from '../../registry/common/useRegions';
import { CaseStateTag } from '../common/CaseStateTag';
import { DaysLeft, deadlineStepLabel } from '../common/Deadline';
import type { ComplaintSummary } from '../common/supervisionApi';
import { defaultComplaintSort, exportComplaints, useComplaintList } from './useComplaints';

/** 投诉台账: the complaints of the caller's region, latest first, overdue ones highlighted; CSV export of the same set. */
export function ComplaintListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { can } = usePermissions();
  const regionLabel = useRegionLabel();
  const field = (name: 'state' | 'region' | 'overdue' | 'handler' | 'filedFrom' | 'filedTo' | 'lawyer' | 'firm') =>
    t(`supervision.complaints.fields.${name}`);

  const filters: ListFilter[] = [
    { name: 'state', label: field('state'), options: enumOptions(t, 'complaintState') },
    { name: 'overdue', label: field('overdue'), options: [{ value: 'true', label: t('list.yes') }, { value: 'false', label: t('list.no') }] },
    { name: 'regionCode', label: field('region'), input: <RegionSelect /> },
    { name: 'handler', label: field('handler'), placeholder: t('supervision.complaints.hints.handler') },
    { name: 'filedFrom', label: field('filedFrom'), input: <DateTextPicker /> },
    { name: 'filedTo', label: field('filedTo'), input: <DateTextPicker /> },
    { name: 'lawyerId', label: field('lawyer'), input: <LawyerPicker /> },
    { name: 'firmId', label: field('firm'), input: <FirmPicker /> },
  ];

  const columns: ListColumn<ComplaintSummary>[] = [
    {
      key: 'receiptNumber',
      title: t('supervision.complaints.fields.receiptNumber'),
      render: (_, complaint) => (
        <Link to={`/supervision/complaints/${complaint.id}`} style={{ whiteSpace: 'nowrap' }}>
          {complaint.receiptNumber}
        </Link>
      ),
    },
    {
      key: 'filedAt',
      sortField: 'filedAt',
      title: t('supervision.complaints.fields.filedAt'),
      render: (_, complaint) => <span style={{ whiteSpace: 'nowrap' }}>{format.dateTime(complaint.filedAt)}</span>,
    },
    { key: 'subject', title: t('supervision.complaints.fields.subject'), dataIndex: 'subjectName' },
    { key: 'region', title: field('region'), render: (_, complaint) => regionLabel(complaint.regionCode) },
    {
      key: 'summary',
      title: t('supervision.complaints.fields.summary'),
      render: (_, complaint) => (
        <Typography.Text style={{ maxWidth: 240 }} ellipsis={{ tooltip: complaint.summary }}>
          {complaint.summary}
        </Typography.Text>
      ),
    },
    { key: 'state', title: field('state'), render: (_, complaint) => <CaseStateTag kind="complaint" state={complaint.state} /> },
    { key: 'handler', title: field('handler'), render: (_, complaint) => complaint.handlerName ?? t('detail.none') },
    {
      key: 'deadlineStep',
      title: t('supervision.complaints.fields.deadlineStep'),
      render: (_, complaint) => (complaint.deadlineStep ? deadlineStepLabel(t, complaint.deadlineStep) : t('detail.none')),
    },
    {
      key: 'dueOn',
      sortField: 'dueOn',
      title: t('supervision.complaints.fields.dueOn'),
      render: (_, complaint) => <span style={{ whiteSpace: 'nowrap' }}>{complaint.dueOn ? format.date(complaint.dueOn) : t('detail.none')}</span>,
    },
    {
      key: 'daysLeft',
      title: t('supervision.complaints.fields.daysLeft'),
      render: (_, complaint) => <DaysLeft daysLeft={complaint.daysLeft} overdue={complaint.overdue} />,
    },
    { key: 'channel', title: t('supervision.complaints.fields.channel'), render: (_, complaint) => enumLabel(t, 'complaintChannel', complaint.channel) },
  ];

  return (
    <ListPage<ComplaintSummary>
      title={t('supervision.complaints.title')}
      description={t('supervision.complaints.description')}
      actions={
        can(permissions.complaintsFile) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/supervision/complaints/new')}>
            {t('supervision.complaints.file')}
          </Button>
        )
      }
      filters={filters}
      columns={columns}
      rowKey={(complaint) => complaint.id}
      useList={useComplaintList}
      onExport={exportComplaints}
      defaultSort={defaultComplaintSort}
      emptyDescription={t('supervision.complaints.empty')}
      highlightRow={(complaint) => complaint.overdue}
    />
  );
}
