import type { TFunction } from 'i18next';
import { Alert, App, Button, Checkbox, Flex, Form, Input, InputNumber, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Versioned } from '../../../shared/api/client';
import { useFormat } from '../../../shared/ui/format';
import { Page } from '../../../shared/ui/Page';
import { QueryState } from '../../../shared/ui/QueryState';
import { SubmitProblemAlert } from '../../../shared/ui/SubmitProblemAlert';
import { refetchVersioned, useEditedVersion } from '../../../shared/ui/useEditedVersion';
import { useFormSubmission } from '../../../shared/ui/useFormSubmission';
import { CaseStateTag } from '../common/CaseStateTag';
import type { FirmSurvey, QuestionView, SurveyAnswers } from '../common/supervisionApi';
import { useAnswerSurvey, useFirmSurvey, type AnswerStep } from './useFirmSurveys';

interface AnswerValues {
  /** By question id, as the API names them (`answers.{questionId}`), so that its 400 lands on the question. */
  answers?: Record<string, unknown>;
}

const answerValues = (survey: FirmSurvey): AnswerValues => ({ answers: survey.answers });

/** The answers as the API takes them: unanswered questions left out, texts trimmed. */
export function answersBody(questions: readonly QuestionView[], values: AnswerValues): SurveyAnswers {
  const body: SurveyAnswers = {};
  for (const question of questions) {
    const value = values.answers?.[question.id];
    if (value == null || (Array.isArray(value) && value.length === 0)) continue;
    if (typeof value === 'string') {
      if (value.trim() === '') continue;
      body[question.id] = value.trim();
    } else {
      body[question.id] = value;
    }
  }
  return body;
}

interface AnswerControlProps {
  question: QuestionView;
  /** Given by the Form.Item around it. */
  id?: string;
  value?: never;
  onChange?: (value: unknown) => void;
  disabled?: boolean;
}

/** The control that fits a question's kind: one option, several, a number within its bounds, or a text. */
function AnswerControl({ question, ...control }: AnswerControlProps) {
  switch (question.kind) {
    case 'SingleChoice':
      return (
        <Radio.Group {...control} onChange={(event) => control.onChange?.(event.target.value)}>
          <Space orientation="vertical">
            {question.options.map((option) => (
              <Radio key={option} value={option}>
                {option}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      );
    case 'MultipleChoice':
      return (
        <Checkbox.Group {...control}>
          <Space orientation="vertical">
            {question.options.map((option) => (
              <Checkbox key={option} value={option}>
                {option}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      );
    case 'Number':
      return <InputNumber {...control} min={question.min ?? undefined} max={question.max ?? undefined} style={{ width: 240 }} />;
    case 'Text':
      return <Input.TextArea {...control} onChange={(event) => control.onChange?.(event.target.value)} rows={4} maxLength={2000} showCount />;
  }
}

function boundsHint(question: QuestionView, t: TFunction): string | undefined {
  if (question.kind !== 'Number' || (question.min == null && question.max == null)) return undefined;
  return t('supervision.firmSurveys.bounds', { min: question.min ?? '—', max: question.max ?? '—' });
}

interface AnswerFormProps {
  loaded: Versioned<FirmSurvey>;
  /** What is stored now (a 409 reads it again): once submitted, the form is read-only. */
  current: FirmSurvey;
  reload: () => Promise<Versioned<FirmSurvey> | undefined>;
}

function AnswerForm({ loaded, current, reload }: AnswerFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<AnswerValues>();
  const { problem, submitting, submit, clearProblem } = useFormSubmission(form);
  // Saving moves the version the firm started from; a background refetch does not.
  const { base, setBase, reloading, reloadRecord } = useEditedVersion(loaded, reload, form, answerValues, clearProblem);
  const survey = base.data;
  const answer = useAnswerSurvey(survey.surveyId);
  const readOnly = current.state === 'Submitted' || survey.state === 'Submitted' || current.surveyState !== 'Open';

  async function send(step: AnswerStep) {
    const answers = answersBody(survey.questions, form.getFieldsValue(true) as AnswerValues);
    form.setFields(survey.questions.map((question) => ({ name: ['answers', question.id], errors: [] })));
    const saved = await submit(() => answer.mutateAsync({ step, body: answers, etag: base.etag }));
    if (saved) {
      setBase(saved);
      void message.success(t(step === 'save' ? 'supervision.firmSurveys.saved' : 'supervision.firmSurveys.submitted'));
    }
  }

  function confirmSubmission() {
    modal.confirm({
      title: t('supervision.firmSurveys.confirmTitle'),
      content: t('supervision.firmSurveys.confirmText'),
      okText: t('supervision.firmSurveys.submit'),
      cancelText: t('form.cancel'),
      onOk: () => send('submission'),
    });
  }


  return (
    <Flex vertical gap={16}>
      {survey.description && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{survey.description}</Typography.Paragraph>}
      <Space wrap>
        <span>{t('supervision.firmSurveys.fields.closesOn')}：{format.date(survey.closesOn)}</span>
        <CaseStateTag kind="response" state={current.state} />
      </Space>
      <SubmitProblemAlert problem={problem} onReload={() => void reloadRecord()} reloading={reloading} />
      {readOnly && (
        <Alert
          type="info"
          showIcon
          title={
            current.state === 'Submitted'
              ? t('supervision.firmSurveys.readOnlySubmitted', { at: format.dateTime(current.submittedAt) })
              : t('supervision.firmSurveys.readOnlyClosed')
          }
        />
      )}
      <Form<AnswerValues> form={form} name="surveyAnswers" layout="vertical" initialValues={answerValues(survey)} disabled={readOnly || submitting}>
        {survey.questions.map((question) => (
          <Form.Item
            key={question.id}
            name={['answers', question.id]}
            label={`${question.position}. ${question.text}`}
            required={question.required}
            extra={boundsHint(question, t)}
            data-testid={`answer-${question.position}`}
          >
            <AnswerControl question={question} />
          </Form.Item>
        ))}
      </Form>
      {!readOnly && (
        <Flex gap={8} data-testid="answer-actions">
          <Button onClick={() => void send('save')} loading={submitting && answer.variables?.step === 'save'}>
            {t('supervision.firmSurveys.save')}
          </Button>
          <Button type="primary" onClick={confirmSubmission} loading={submitting && answer.variables?.step === 'submission'}>
            {t('supervision.firmSurveys.submit')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}

/** 作答问卷: the firm's answers, saved as a draft any number of times, then submitted once; read-only afterwards. */
export function FirmSurveyAnswerPage() {
  const { t } = useTranslation();
  const { surveyId = '' } = useParams();
  const survey = useFirmSurvey(surveyId);

  return (
    <Page title={survey.data?.data.title ?? t('supervision.firmSurveys.answerTitle')} description={survey.data && <CaseStateTag kind="survey" state={survey.data.data.surveyState} />}>
      <QueryState query={survey}>
        {(loaded) => (
          <AnswerForm
            key={loaded.data.surveyId}
            loaded={loaded}
            current={loaded.data}
            reload={refetchVersioned(survey)}
          />
        )}
      </QueryState>
    </Page>
  );
}
