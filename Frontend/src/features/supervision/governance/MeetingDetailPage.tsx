import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Descriptions, Flex, Form, List, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { permissions, usePermissions } from '../../../shared/auth/session';
import { ActionModal } from '../../../shared/ui/ActionModal';
import { enumLabel } from '../../../shared/ui/enums';
import { toApiDate, today, useFormat } from '../../../shared/ui/format';
import { Page } from '../../../shared/ui/Page';
import { QueryState } from '../../../shared/ui/QueryState';
import { OverdueTag } from '../common/Deadline';
import type { DecisionView, MeetingDetails } from '../common/supervisionApi';
import { useCompleteDecision, useMeeting } from './useGovernance';

function MeetingFacts({ meeting, onComplete }: { meeting: MeetingDetails; onComplete?: (decision: DecisionView) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = usePermissions();
  const none = t('detail.none');
  const field = (name: 'kind' | 'heldOn' | 'agenda' | 'minutes' | 'attendees' | 'decisions') => t(`supervision.meetings.fields.${name}`);
  const decision = (name: 'text' | 'owner' | 'dueOn' | 'doneOn') => t(`supervision.meetings.decision.${name}`);

  return (
    <Flex vertical gap={24}>
      <Descriptions bordered column={{ xs: 1, md: 2 }} size="middle">
        <Descriptions.Item label={field('kind')}>{enumLabel(t, 'meetingKind', meeting.kind)}</Descriptions.Item>
        <Descriptions.Item label={field('heldOn')}>{format.date(meeting.heldOn)}</Descriptions.Item>
        <Descriptions.Item label={field('agenda')} span="filled">
          <span style={{ whiteSpace: 'pre-wrap' }}>{meeting.agenda}</span>
        </Descriptions.Item>
        <Descriptions.Item label={field('minutes')} span="filled">
          <span style={{ whiteSpace: 'pre-wrap' }}>{meeting.minutes ?? none}</span>
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title={field('attendees')}>
        <List
          size="small"
          dataSource={meeting.attendees}
          renderItem={(attendee) => (
            <List.Item>
              <Space>
                {attendee.lawyerId && can(permissions.lawyersRead) ? <Link to={`/registry/lawyers/${attendee.lawyerId}`}>{attendee.name}</Link> : attendee.name}
                {attendee.post && <Tag>{attendee.post}</Tag>}
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={field('decisions')} data-testid="meeting-decisions">
        <Table<DecisionView>
          size="small"
          pagination={false}
          rowKey={(row) => row.id}
          dataSource={meeting.decisions}
          locale={{ emptyText: t('supervision.meetings.noDecisions') }}
          columns={[
            { key: 'text', title: decision('text'), render: (_, row) => <span style={{ whiteSpace: 'pre-wrap' }}>{row.text}</span> },
            { key: 'owner', title: decision('owner'), dataIndex: 'owner' },
            { key: 'dueOn', title: decision('dueOn'), render: (_, row) => <Space size={4}>{format.date(row.dueOn)}{row.overdue && <OverdueTag />}</Space> },
            {
              key: 'doneOn',
              title: decision('doneOn'),
              render: (_, row) =>
                row.doneOn ? (
                  format.date(row.doneOn)
                ) : onComplete ? (
                  <Button size="small" onClick={() => onComplete(row)}>
                    {t('supervision.meetings.complete.button')}
                  </Button>
                ) : (
                  none
                ),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}

/** 会议详情: the record, its attendees and decisions (overdue flagged); the association corrects it and records decisions carried out. */
export function MeetingDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  const complete = useCompleteDecision(id);
  const { can } = usePermissions();
  const [completing, setCompleting] = useState<DecisionView>();
  const mayManage = can(permissions.governanceManage);
  const record = meeting.data?.data;

  return (
    <Page
      title={record?.title ?? t('supervision.meetings.title')}
      description={record && <Tag>{enumLabel(t, 'meetingKind', record.kind)}</Tag>}
      extra={
        record &&
        mayManage && (
          <Button icon={<EditOutlined />} onClick={() => void navigate(`/supervision/meetings/${id}/edit`)}>
            {t('supervision.meetings.correct')}
          </Button>
        )
      }
    >
      <QueryState query={meeting}>{({ data }) => <MeetingFacts meeting={data} onComplete={mayManage ? setCompleting : undefined} />}</QueryState>
      {meeting.data && mayManage && (
        <ActionModal<{ doneOn?: Dayjs | null }>
          name="completeDecision"
          open={completing !== undefined}
          title={t('supervision.meetings.complete.title')}
          okText={t('supervision.meetings.complete.confirm')}
          intro={completing?.text}
          initialValues={{ doneOn: today() }}
          onSubmit={async (values) => {
            await complete.mutateAsync({ step: completing!.id, body: toApiDate(values.doneOn), etag: meeting.data!.etag });
            void message.success(t('supervision.meetings.complete.done'));
          }}
          onClose={() => setCompleting(undefined)}
          onReload={() => meeting.refetch()}
        >
          <Form.Item name="doneOn" label={t('supervision.meetings.decision.doneOn')} rules={[{ required: true, message: t('form.required') }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </ActionModal>
      )}
    </Page>
  );
}
