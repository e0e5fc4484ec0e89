import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Versioned } from '../../../shared/api/client';
import { Page } from '../../../shared/ui/Page';
import { QueryState } from '../../../shared/ui/QueryState';
import { refetchVersioned, useEditedVersion } from '../../../shared/ui/useEditedVersion';
import { useFormSubmission } from '../../../shared/ui/useFormSubmission';
import type { MeetingDetails } from '../common/supervisionApi';
import { MeetingForm, meetingCommand, meetingFormValues, type MeetingFormValues } from './MeetingForm';
import { useCorrectMeeting, useMeeting, useRecordMeeting } from './useGovernance';

/** 记录会议: records a meeting, then opens it. */
export function MeetingCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<MeetingFormValues>();
  const record = useRecordMeeting();
  const { problem, submitting, submit } = useFormSubmission(form);

  async function save(values: MeetingFormValues) {
    const created = await submit(() => record.mutateAsync(meetingCommand(values)));
    if (created) {
      void message.success(t('supervision.meetings.recorded', { title: created.data.title }));
      void navigate(`/supervision/meetings/${created.data.id}`);
    }
  }

  return (
    <Page title={t('supervision.meetings.createTitle')}>
      <MeetingForm
        form={form}
        initialValues={{ attendees: [{}], decisions: [] }}
        submitLabel={t('supervision.meetings.createSubmit')}
        submitting={submitting}
        problem={problem}
        onSubmit={(values) => void save(values)}
        onCancel={() => void navigate('/supervision/meetings')}
      />
    </Page>
  );
}

function MeetingCorrectForm({ loaded, reload }: { loaded: Versioned<MeetingDetails>; reload: () => Promise<Versioned<MeetingDetails> | undefined> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<MeetingFormValues>();
  const { problem, submitting, submit, clearProblem } = useFormSubmission(form);
  const { base, reloading, reloadRecord } = useEditedVersion(loaded, reload, form, meetingFormValues, clearProblem);
  const meeting = base.data;
  const correct = useCorrectMeeting(meeting.id);

  async function save(values: MeetingFormValues) {
    const saved = await submit(() => correct.mutateAsync({ body: meetingCommand(values), etag: base.etag }));
    if (saved) {
      void message.success(t('form.saved'));
      void navigate(`/supervision/meetings/${meeting.id}`);
    }
  }


  return (
    <MeetingForm
      form={form}
      correcting
      initialValues={meetingFormValues(meeting)}
      submitLabel={t('form.save')}
      submitting={submitting}
      problem={problem}
      onSubmit={(values) => void save(values)}
      onCancel={() => void navigate(`/supervision/meetings/${meeting.id}`)}
      onReload={() => void reloadRecord()}
      reloading={reloading}
    />
  );
}

/** 更正会议记录: corrects the record against the version it was loaded at; decisions entered are added. */
export function MeetingCorrectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  return (
    <Page title={t('supervision.meetings.correctTitle')} description={meeting.data?.data.title}>
      <QueryState query={meeting}>
        {(loaded) => (
          <MeetingCorrectForm loaded={loaded} reload={refetchVersioned(meeting)} />
        )}
      </QueryState>
    </Page>
  );
}
