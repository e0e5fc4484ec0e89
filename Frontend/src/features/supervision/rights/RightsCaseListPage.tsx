import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { parseDataScope } from '../../../shared/auth/dataScope';
import { permissions, usePermissions } from '../../../shared/auth/session';
import { DateTextPicker } from '../../../shared/ui/DateTextPicker';
import { enumLabel, enumOptions } from '../../../shared/ui/enums';
import { useFormat } from '../../../shared/ui/format';
import { ListPage, type ListColumn, type ListFilter } from '../../../shared/ui/ListPage';
import { LawyerPicker } from '../../registry/common/LawyerPicker';
import { RegionSelect } from '../../registry/common/RegionSelect';
import { useRegionLabel } from '../../registry/common/useRegions';
import { CaseStateTag } from '../common/CaseStateTag';
import { DaysLeft, deadlineStepLabel } from '../common/Deadline';
import type { RightsCaseSummary } from '../common/supervisionApi';
import { defaultRightsSort, exportRightsCases, useRightsCaseList } from './useRightsCases';

/** 维权台账: the rights-protection cases of the caller's region (a lawyer: their own), overdue ones highlighted; CSV export of the same set. */
export function RightsCaseListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { can, session } = usePermissions();
  const regionLabel = useRegionLabel();
  // A lawyer sees their own cases: filters by region or lawyer mean nothing to them.
  const own = parseDataScope(session.data?.dataScope)?.kind === 'self';

  const filters: ListFilter[] = [
    { name: 'state', label: t('supervision.rights.fields.state'), options: enumOptions(t, 'rightsCaseState') },
    {
      name: 'overdue',
      label: t('supervision.rights.fields.overdue'),
      options: [{ value: 'true', label: t('list.yes') }, { value: 'false', label: t('list.no') }],
    },
    { name: 'obstruction', label: t('supervision.rights.fields.obstruction'), options: enumOptions(t, 'obstructionKind') },
    { name: 'reportedFrom', label: t('supervision.rights.fields.reportedFrom'), input: <DateTextPicker /> },
    { name: 'reportedTo', label: t('supervision.rights.fields.reportedTo'), input: <DateTextPicker /> },
    ...(own
      ? []
      : [
          { name: 'regionCode', label: t('supervision.rights.fields.region'), input: <RegionSelect /> },
          { name: 'handler', label: t('supervision.rights.fields.handler'), placeholder: t('supervision.complaints.hints.handler') },
          { name: 'lawyerId', label: t('supervision.rights.fields.lawyer'), input: <LawyerPicker /> },
        ]),
  ];

  const columns: ListColumn<RightsCaseSummary>[] = [
    {
      key: 'receiptNumber',
      title: t('supervision.rights.fields.receiptNumber'),
      render: (_, report) => (
        <Link to={`/supervision/rights-cases/${report.id}`} style={{ whiteSpace: 'nowrap' }}>
          {report.receiptNumber}
        </Link>
      ),
    },
    {
      key: 'reportedAt',
      sortField: 'reportedAt',
      title: t('supervision.rights.fields.reportedAt'),
      render: (_, report) => <span style={{ whiteSpace: 'nowrap' }}>{format.dateTime(report.reportedAt)}</span>,
    },
    { key: 'lawyer', title: t('supervision.rights.fields.lawyer'), dataIndex: 'lawyerName' },
    { key: 'region', title: t('supervision.rights.fields.region'), render: (_, report) => regionLabel(report.regionCode) },
    { key: 'obstruction', title: t('supervision.rights.fields.obstruction'), render: (_, report) => enumLabel(t, 'obstructionKind', report.obstruction) },
    { key: 'authority', title: t('supervision.rights.fields.authority'), dataIndex: 'authority' },
    { key: 'state', title: t('supervision.rights.fields.state'), render: (_, report) => <CaseStateTag kind="rights" state={report.state} /> },
    { key: 'handler', title: t('supervision.rights.fields.handler'), render: (_, report) => report.handlerName ?? t('detail.none') },
    {
      key: 'deadlineStep',
      title: t('supervision.rights.fields.deadlineStep'),
      render: (_, report) => (report.deadlineStep ? deadlineStepLabel(t, report.deadlineStep) : t('detail.none')),
    },
    {
      key: 'dueOn',
      sortField: 'dueOn',
      title: t('supervision.rights.fields.dueOn'),
      render: (_, report) => <span style={{ whiteSpace: 'nowrap' }}>{report.dueOn ? format.date(report.dueOn) : t('detail.none')}</span>,
    },
    { key: 'daysLeft', title: t('supervision.rights.fields.daysLeft'), render: (_, report) => <DaysLeft daysLeft={report.daysLeft} overdue={report.overdue} /> },
  ];

  return (
    <ListPage<RightsCaseSummary>
      title={t('supervision.rights.title')}
      description={own ? t('supervision.rights.ownDescription') : t('supervision.rights.description')}
      actions={
        can(permissions.rightsReport) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/supervision/rights-cases/new')}>
            {t('supervision.rights.report')}
          </Button>
        )
      }
      filters={filters}
      columns={columns}
      rowKey={(report) => report.id}
      useList={useRightsCaseList}
      onExport={exportRightsCases}
      defaultSort={defaultRightsSort}
      emptyDescription={t('supervision.rights.empty')}
      highlightRow={(report) => report.overdue}
    />
  );
}
