import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select, Space, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { enumOptions, type FirmSizeBand, type OrganisationForm, type QuestionKind } from '../../../shared/ui/enums';
import { fromApiDate, toApiDate, toApiText } from '../../../shared/ui/format';
import type { SubmitProblem } from '../../../shared/ui/serverErrors';
import { SubmitProblemAlert } from '../../../shared/ui/SubmitProblemAlert';
import { RegionSelect } from '../../registry/common/RegionSelect';
import type { DraftSurveyCommand, SurveyDetails } from '../common/supervisionApi';

interface QuestionValues {
  kind?: QuestionKind;
  text?: string;
  options?: string[];
  required?: boolean;
  min?: number | null;
  max?: number | null;
}

/** The form's values under the API's names, so that `questions[1].options` lands on its field. */
export interface SurveyFormValues {
  title?: string;
  description?: string;
  targetRegionCode?: string;
  targetSizeBands?: FirmSizeBand[];
  targetForms?: OrganisationForm[];
  closesOn?: Dayjs | null;
  questions?: QuestionValues[];
}

const isChoice = (kind: QuestionKind | undefined) => kind === 'SingleChoice' || kind === 'MultipleChoice';

export const newQuestion = (): QuestionValues => ({ kind: 'SingleChoice', text: '', options: [], required: true });

export function surveyFormValues(survey: SurveyDetails): SurveyFormValues {
  return {
    title: survey.title,
    description: survey.description,
    targetRegionCode: survey.targetRegionCode,
    targetSizeBands: survey.targetSizeBands as FirmSizeBand[],
    targetForms: survey.targetForms as OrganisationForm[],
    closesOn: fromApiDate(survey.closesOn),
    questions: survey.questions.map((question) => ({
      kind: question.kind,
      text: question.text,
      options: question.options,
      required: question.required,
      min: question.min ?? null,
      max: question.max ?? null,
    })),
  };
}

/** The body DraftSurvey and ReviseSurvey take: options only for choices, bounds only for numbers. */
export function surveyCommand(values: SurveyFormValues): DraftSurveyCommand {
  return {
    title: toApiText(values.title),
    description: toApiText(values.description),
    targetRegionCode: values.targetRegionCode ?? null,
    targetSizeBands: values.targetSizeBands ?? [],
    targetForms: values.targetForms ?? [],
    closesOn: toApiDate(values.closesOn),
    questions: (values.questions ?? []).map((question) => ({
      kind: question.kind,
      text: toApiText(question.text),
      options: isChoice(question.kind) ? (question.options ?? []).map((option) => option.trim()).filter((option) => option !== '') : [],
      required: question.required ?? false,
      min: question.kind === 'Number' ? (question.min ?? null) : null,
      max: question.kind === 'Number' ? (question.max ?? null) : null,
    })),
  };
}

/** One question of the builder: its kind decides whether it has options (one a line) or bounds. */
function QuestionCard({ index, count, onRemove, onMove }: { index: number; count: number; onRemove: () => void; onMove: (to: number) => void }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<SurveyFormValues>();
  const kind = Form.useWatch(['questions', index, 'kind'], form);
  const field = (name: 'kind' | 'text' | 'options' | 'required' | 'min' | 'max') => t(`supervision.surveys.question.${name}`);

  return (
    <Card
      size="small"
      data-testid={`question-${index + 1}`}
      title={t('supervision.surveys.question.title', { position: index + 1 })}
      extra={
        <Space size={4}>
          <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={t('supervision.surveys.question.up')} />
          <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={index === count - 1} onClick={() => onMove(index + 1)} aria-label={t('supervision.surveys.question.down')} />
          <Button size="small" type="text" danger icon={<DeleteOutlined />} disabled={count === 1} onClick={onRemove} aria-label={t('supervision.surveys.question.remove')} />
        </Space>
      }
    >
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name={[index, 'kind']} label={field('kind')} rules={[{ required: true, message: t('form.required') }]}>
            <Select options={enumOptions(t, 'questionKind')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name={[index, 'text']} label={field('text')} rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 500 }]}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
        {isChoice(kind) && (
          <Col xs={24}>
            <Form.Item
              name={[index, 'options']}
              label={field('options')}
              extra={t('supervision.surveys.question.optionsHint')}
              getValueProps={(options?: string[]) => ({ value: (options ?? []).join('\n') })}
              normalize={(text: string) => text.split('\n')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Input.TextArea rows={4} />
            </Form.Item>
          </Col>
        )}
        {kind === 'Number' && (
          <>
            <Col xs={12} md={8}>
              <Form.Item name={[index, 'min']} label={field('min')}>
                <InputNumber style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name={[index, 'max']} label={field('max')}>
                <InputNumber style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={24} md={8}>
          <Form.Item name={[index, 'required']} valuePropName="checked" label={field('required')}>
            <Checkbox>{t('supervision.surveys.question.requiredHint')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

interface SurveyFormProps {
  form: FormInstance<SurveyFormValues>;
  initialValues: SurveyFormValues;
  submitLabel: string;
  submitting: boolean;
  problem: SubmitProblem | undefined;
  onSubmit: (values: SurveyFormValues) => void;
  onCancel: () => void;
  onReload?: () => void;
  reloading?: boolean;
}

/** A draft survey: what it asks, of which firms, until when; the question builder below. */
export function SurveyForm({ form, initialValues, submitLabel, submitting, problem, onSubmit, onCancel, onReload, reloading }: SurveyFormProps) {
  const { t } = useTranslation();
  const field = (name: 'title' | 'description' | 'targetRegionCode' | 'targetSizeBands' | 'targetForms' | 'closesOn' | 'questions') =>
    t(`supervision.surveys.fields.${name}`);

  return (
    <Form<SurveyFormValues> form={form} name="survey" layout="vertical" initialValues={initialValues} onFinish={onSubmit} scrollToFirstError>
      <Flex vertical gap={16}>
        <SubmitProblemAlert problem={problem} onReload={onReload} reloading={reloading} />
        <Row gutter={24}>
          <Col xs={24}>
            <Form.Item name="title" label={field('title')} rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 200 }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="description" label={field('description')} rules={[{ max: 2000 }]}>
              <Input.TextArea rows={3} maxLength={2000} showCount />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="targetRegionCode" label={field('targetRegionCode')} rules={[{ required: true, message: t('form.required') }]}>
              <RegionSelect />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="closesOn" label={field('closesOn')} rules={[{ required: true, message: t('form.required') }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="targetSizeBands" label={field('targetSizeBands')} extra={t('supervision.surveys.hints.allWhenEmpty')}>
              <Select mode="multiple" allowClear options={enumOptions(t, 'firmSizeBand')} placeholder={t('supervision.surveys.hints.all')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="targetForms" label={field('targetForms')} extra={t('supervision.surveys.hints.allWhenEmpty')}>
              <Select mode="multiple" allowClear options={enumOptions(t, 'organisationForm')} placeholder={t('supervision.surveys.hints.all')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="questions">
          {(questions, { add, remove, move }) => (
            <Flex vertical gap={12}>
              {questions.map((question, index) => (
                <QuestionCard key={question.key} index={question.name} count={questions.length} onRemove={() => remove(index)} onMove={(to) => move(index, to)} />
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newQuestion())}>
                {t('supervision.surveys.question.add')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={submitting}>
            {submitLabel}
          </Button>
          <Button onClick={onCancel}>{t('form.cancel')}</Button>
        </Flex>
      </Flex>
    </Form>
  );
}
