import { Alert, App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Versioned } from '../../../shared/api/client';
import { Page } from '../../../shared/ui/Page';
import { QueryState } from '../../../shared/ui/QueryState';
import { refetchVersioned, useEditedVersion } from '../../../shared/ui/useEditedVersion';
import { useFormSubmission } from '../../../shared/ui/useFormSubmission';
import type { SurveyDetails } from '../common/supervisionApi';
import { newQuestion, SurveyForm, surveyCommand, surveyFormValues, type SurveyFormValues } from './SurveyForm';
import { useDraftSurvey, useReviseSurvey, useSurvey } from './useSurveys';

/** 新建调研: writes a draft, then opens it (sending is a step of its own). */
export function SurveyCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<SurveyFormValues>();
  const draft = useDraftSurvey();
  const { problem, submitting, submit } = useFormSubmission(form);

  async function save(values: SurveyFormValues) {
    const created = await submit(() => draft.mutateAsync(surveyCommand(values)));
    if (created) {
      void message.success(t('supervision.surveys.drafted', { title: created.data.title }));
      void navigate(`/supervision/surveys/${created.data.id}`);
    }
  }

  return (
    <Page title={t('supervision.surveys.createTitle')} description={t('supervision.surveys.createDescription')}>
      <SurveyForm
        form={form}
        initialValues={{ targetSizeBands: [], targetForms: [], questions: [newQuestion()] }}
        submitLabel={t('supervision.surveys.saveDraft')}
        submitting={submitting}
        problem={problem}
        onSubmit={(values) => void save(values)}
        onCancel={() => void navigate('/supervision/surveys')}
      />
    </Page>
  );
}

interface SurveyEditFormProps {
  loaded: Versioned<SurveyDetails>;
  reload: () => Promise<Versioned<SurveyDetails> | undefined>;
}

function SurveyEditForm({ loaded, reload }: SurveyEditFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<SurveyFormValues>();
  const { problem, submitting, submit, clearProblem } = useFormSubmission(form);
  const { base, reloading, reloadRecord } = useEditedVersion(loaded, reload, form, surveyFormValues, clearProblem);
  const survey = base.data;
  const revise = useReviseSurvey(survey.id);

  async function save(values: SurveyFormValues) {
    const saved = await submit(() => revise.mutateAsync({ body: surveyCommand(values), etag: base.etag }));
    if (saved) {
      void message.success(t('form.saved'));
      void navigate(`/supervision/surveys/${survey.id}`);
    }
  }


  if (survey.state !== 'Draft') return <Alert type="info" showIcon title={t('supervision.surveys.notDraft')} />;
  return (
    <SurveyForm
      form={form}
      initialValues={surveyFormValues(survey)}
      submitLabel={t('form.save')}
      submitting={submitting}
      problem={problem}
      onSubmit={(values) => void save(values)}
      onCancel={() => void navigate(`/supervision/surveys/${survey.id}`)}
      onReload={() => void reloadRecord()}
      reloading={reloading}
    />
  );
}

/** 修改调研: a draft's questions and targets, against the version it was loaded at (If-Match). */
export function SurveyEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const survey = useSurvey(id);

  return (
    <Page title={t('supervision.surveys.editTitle')} description={survey.data?.data.title}>
      <QueryState query={survey}>
        {(loaded) => (
          <SurveyEditForm loaded={loaded} reload={refetchVersioned(survey)} />
        )}
      </QueryState>
    </Page>
  );
}
