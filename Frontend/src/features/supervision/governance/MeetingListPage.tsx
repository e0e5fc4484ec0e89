import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { permissions, usePermissions } from '../../../shared/auth/session';
import { DateTextPicker } from '../../../shared/ui/DateTextPicker';
import { enumLabel, enumOptions } from '../../../shared/ui/enums';
import { useFormat } from '../../../shared/ui/format';
import { ListPage, type ListColumn, type ListFilter } from '../../../shared/ui/ListPage';
import { OverdueTag } from '../common/Deadline';
import type { MeetingSummary } from '../common/supervisionApi';
import { defaultMeetingSort, useMeetingList } from './useGovernance';

/** 会议记录: the association's standing council and president's office meetings, newest first; meetings with overdue decisions highlighted. */
export function MeetingListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { can } = usePermissions();
  const field = (name: 'kind' | 'from' | 'to' | 'withOverdueDecisions' | 'title' | 'heldOn' | 'decisions') => t(`supervision.meetings.fields.${name}`);

  const filters: ListFilter[] = [
    { name: 'kind', label: field('kind'), options: enumOptions(t, 'meetingKind') },
    { name: 'from', label: field('from'), input: <DateTextPicker /> },
    { name: 'to', label: field('to'), input: <DateTextPicker /> },
    { name: 'withOverdueDecisions', label: field('withOverdueDecisions'), options: [{ value: 'true', label: t('list.yes') }, { value: 'false', label: t('list.no') }] },
  ];

  const columns: ListColumn<MeetingSummary>[] = [
    { key: 'heldOn', sortField: 'heldOn', title: field('heldOn'), render: (_, meeting) => format.date(meeting.heldOn) },
    { key: 'title', title: field('title'), render: (_, meeting) => <Link to={`/supervision/meetings/${meeting.id}`}>{meeting.title}</Link> },
    { key: 'kind', title: field('kind'), render: (_, meeting) => <Tag>{enumLabel(t, 'meetingKind', meeting.kind)}</Tag> },
    {
      key: 'decisions',
      title: field('decisions'),
      render: (_, meeting) => (
        <Space size={4}>
          {meeting.decisions}
          {meeting.overdueDecisions > 0 && <OverdueTag />}
          {meeting.overdueDecisions > 0 && t('supervision.meetings.overdueCount', { count: meeting.overdueDecisions })}
        </Space>
      ),
    },
  ];

  return (
    <ListPage<MeetingSummary>
      title={t('supervision.meetings.title')}
      description={t('supervision.meetings.description')}
      actions={
        can(permissions.governanceManage) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/supervision/meetings/new')}>
            {t('supervision.meetings.create')}
          </Button>
        )
      }
      filters={filters}
      columns={columns}
      rowKey={(meeting) => meeting.id}
      useList={useMeetingList}
      defaultSort={defaultMeetingSort}
      emptyDescription={t('supervision.meetings.empty')}
      highlightRow={(meeting) => meeting.overdueDecisions > 0}
    />
  );
}
