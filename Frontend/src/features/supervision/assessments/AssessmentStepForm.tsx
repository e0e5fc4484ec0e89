import { App, Button, Card, Col, Flex, Form, Input, InputNumber, Row, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Versioned } from '../../../shared/api/client';
import { enumOptions, type AssessmentResult } from '../../../shared/ui/enums';
import { toApiText } from '../../../shared/ui/format';
import { SubmitProblemAlert } from '../../../shared/ui/SubmitProblemAlert';
import { useEditedVersion } from '../../../shared/ui/useEditedVersion';
import { useFormSubmission } from '../../../shared/ui/useFormSubmission';
import type { AssessmentDetails, AssessmentStepCommand } from '../common/supervisionApi';
import { useAssessmentStep, type AssessmentStep } from './useAssessments';

/** One lawyer's row; which lawyer is its position in the assessment's list. */
interface LawyerValues {
  practice?: string;
  casesHandled?: number | null;
  proBonoHours?: number | null;
  trainingCredits?: number | null;
  result?: AssessmentResult;
  reason?: string;
  overrideReason?: string;
}

/** The form's values under the API's names (`lawyers[0].casesHandled`, `verdicts[1].reason`), so that a 400 lands on its field. */
interface StepValues {
  selfReport?: string;
  opinion?: string;
  firmResult?: AssessmentResult;
  firmReason?: string;
  lawyers?: LawyerValues[];
  verdicts?: LawyerValues[];
}

/** A lawyer sanctioned in the year rated 合格 by the bureau needs an override reason (FirmAssessment.Decide). */
export const needsOverride = (sanctionedInYear: boolean, result: AssessmentResult | undefined) => sanctionedInYear && result === 'Qualified';

function initialValues(step: AssessmentStep, assessment: AssessmentDetails): StepValues {
  switch (step) {
    case 'selfReport':
      return {
        selfReport: assessment.selfReport ?? undefined,
        lawyers: assessment.lawyers.map((lawyer) => ({
          practice: lawyer.practice ?? undefined,
          casesHandled: lawyer.casesHandled ?? null,
          proBonoHours: lawyer.proBonoHours ?? null,
          trainingCredits: lawyer.trainingCredits ?? null,
        })),
      };
    case 'opinion':
      return { opinion: assessment.opinion ?? undefined, verdicts: assessment.lawyers.map((lawyer) => ({ result: lawyer.suggestedResult, reason: lawyer.opinion ?? undefined })) };
    case 'result':
      // The bureau starts from the association's suggestions.
      return { verdicts: assessment.lawyers.map((lawyer) => ({ result: lawyer.suggestedResult, reason: lawyer.opinion ?? undefined })) };
  }
}

/** The body of each step: only the fields that step reads (AssessmentStepCommand on the server). */
export function assessmentCommand(step: AssessmentStep, values: StepValues, assessment: AssessmentDetails, submit = false): AssessmentStepCommand {
  const lawyerAt = (index: number) => assessment.lawyers[index];
  switch (step) {
    case 'selfReport':
      return {
        selfReport: toApiText(values.selfReport),
        lawyers: (values.lawyers ?? []).map((lawyer, index) => ({
          lawyerId: lawyerAt(index)?.lawyerId,
          practice: toApiText(lawyer.practice),
          casesHandled: lawyer.casesHandled ?? null,
          proBonoHours: lawyer.proBonoHours ?? null,
          trainingCredits: lawyer.trainingCredits ?? null,
        })),
        submit,
      };
    case 'opinion':
      return {
        opinion: toApiText(values.opinion),
        verdicts: (values.verdicts ?? []).map((verdict, index) => ({ lawyerId: lawyerAt(index)?.lawyerId, result: verdict.result, reason: toApiText(verdict.reason) })),
      };
    case 'result':
      return {
        firmResult: values.firmResult,
        firmReason: toApiText(values.firmReason),
        verdicts: (values.verdicts ?? []).map((verdict, index) => {
          const sanctioned = lawyerAt(index)?.sanctionedInYear ?? false;
          return {
            lawyerId: lawyerAt(index)?.lawyerId,
            result: verdict.result,
            reason: toApiText(verdict.reason),
            overrideReason: needsOverride(sanctioned, verdict.result) ? toApiText(verdict.overrideReason) : null,
          };
        }),
      };
  }
}

function LawyerHeading({ assessment, index }: { assessment: AssessmentDetails; index: number }) {
  const { t } = useTranslation();
  const lawyer = assessment.lawyers[index];
  if (!lawyer) return null;
  return (
    <Flex gap={8} align="center">
      <Typography.Text strong>{lawyer.lawyerName}</Typography.Text>
      {lawyer.sanctionedInYear && <Tag color="red">{t('supervision.assessments.sanctionedInYear')}</Tag>}
    </Flex>
  );
}

function SelfReportFields({ assessment }: { assessment: AssessmentDetails }) {
  const { t } = useTranslation();
  const field = (name: 'selfReport' | 'practice' | 'casesHandled' | 'proBonoHours' | 'trainingCredits') => t(`supervision.assessments.fields.${name}`);
  return (
    <>
      <Form.Item name="selfReport" label={field('selfReport')} extra={t('supervision.assessments.hints.selfReport')} rules={[{ max: 10000 }]}>
        <Input.TextArea rows={6} maxLength={10000} showCount />
      </Form.Item>
      <Form.List name="lawyers">
        {(rows) =>
          rows.map((row) => (
            <Card key={row.key} size="small" type="inner" title={<LawyerHeading assessment={assessment} index={row.name} />} data-testid={`lawyer-${row.name + 1}`} style={{ marginBottom: 12 }}>
              <Row gutter={16}>
                <Col xs={24}>
                  <Form.Item name={[row.name, 'practice']} label={field('practice')} rules={[{ max: 2000 }]}>
                    <Input.TextArea rows={2} maxLength={2000} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[row.name, 'casesHandled']} label={field('casesHandled')}>
                    <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[row.name, 'proBonoHours']} label={field('proBonoHours')}>
                    <InputNumber min={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[row.name, 'trainingCredits']} label={field('trainingCredits')}>
                    <InputNumber min={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))
        }
      </Form.List>
    </>
  );
}

function VerdictFields({ assessment, withOverride }: { assessment: AssessmentDetails; withOverride: boolean }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<StepValues>();
  const verdicts = Form.useWatch('verdicts', form);
  const field = (name: 'result' | 'reason' | 'overrideReason') => t(`supervision.assessments.fields.${name}`);
  return (
    <Form.List name="verdicts">
      {(rows) =>
        rows.map((row) => {
          const lawyer = assessment.lawyers[row.name];
          const override = withOverride && needsOverride(lawyer?.sanctionedInYear ?? false, verdicts?.[row.name]?.result);
          return (
            <Card key={row.key} size="small" type="inner" title={<LawyerHeading assessment={assessment} index={row.name} />} data-testid={`verdict-${row.name + 1}`} style={{ marginBottom: 12 }}>
              <Row gutter={16}>
                <Col xs={24} md={8}>
                  <Form.Item name={[row.name, 'result']} label={field('result')} rules={[{ required: true, message: t('form.required') }]}>
                    <Select options={enumOptions(t, 'assessmentResult')} placeholder={t('form.choose')} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item name={[row.name, 'reason']} label={field('reason')} extra={t('supervision.assessments.hints.reason')} rules={[{ max: 2000 }]}>
                    <Input.TextArea rows={2} maxLength={2000} />
                  </Form.Item>
                </Col>
                {override && (
                  <Col xs={24}>
                    <Form.Item
                      name={[row.name, 'overrideReason']}
                      label={field('overrideReason')}
                      extra={t('supervision.assessments.hints.overrideReason')}
                      rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 2000 }]}
                    >
                      <Input.TextArea rows={2} maxLength={2000} />
                    </Form.Item>
                  </Col>
                )}
              </Row>
            </Card>
          );
        })
      }
    </Form.List>
  );
}

interface AssessmentStepFormProps {
  step: AssessmentStep;
  loaded: Versioned<AssessmentDetails>;
  reload: () => Promise<Versioned<AssessmentDetails> | undefined>;
}

/**
 * The step the caller takes now, as a form on the page: the firm's self-report (saved, then handed
 * in), the association's opinion per lawyer, or the bureau's result (with an override reason for a
 * sanctioned lawyer rated 合格). Sent with If-Match naming the version the form started from.
 */
export function AssessmentStepForm({ step, loaded, reload }: AssessmentStepFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<StepValues>();
  const { problem, submitting, submit, clearProblem } = useFormSubmission(form);
  const { base, setBase, reloading, reloadRecord } = useEditedVersion(loaded, reload, form, (record: AssessmentDetails) => initialValues(step, record), clearProblem);
  const assessment = base.data;
  const send = useAssessmentStep(assessment.id);
  const [submitted, setSubmitted] = useState(false);

  async function save(values: StepValues, handIn: boolean) {
    setSubmitted(handIn);
    const saved = await submit(() => send.mutateAsync({ step, body: assessmentCommand(step, values, assessment, handIn), etag: base.etag }));
    if (saved) {
      setBase(saved);
      void message.success(t(step === 'selfReport' && !handIn ? 'supervision.assessments.steps.selfReport.saved' : `supervision.assessments.steps.${step}.done`));
    }
  }


  async function validated(handIn: boolean) {
    try {
      await save(await form.validateFields(), handIn);
    } catch {
      // The form shows what is missing.
    }
  }

  return (
    <Card title={t(`supervision.assessments.steps.${step}.title`)} data-testid="assessment-step">
      <Form<StepValues> form={form} name={`assessment-${step}`} layout="vertical" initialValues={initialValues(step, assessment)}>
        <Flex vertical gap={12}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t(`supervision.assessments.steps.${step}.intro`)}
          </Typography.Paragraph>
          <SubmitProblemAlert problem={problem} onReload={() => void reloadRecord()} reloading={reloading} />
          {step === 'selfReport' && <SelfReportFields assessment={assessment} />}
          {step === 'opinion' && (
            <>
              <Form.Item name="opinion" label={t('supervision.assessments.fields.opinion')} rules={[{ max: 5000 }]}>
                <Input.TextArea rows={4} maxLength={5000} showCount />
              </Form.Item>
              <VerdictFields assessment={assessment} withOverride={false} />
            </>
          )}
          {step === 'result' && (
            <>
              <Row gutter={16}>
                <Col xs={24} md={8}>
                  <Form.Item name="firmResult" label={t('supervision.assessments.fields.firmResult')} rules={[{ required: true, message: t('form.required') }]}>
                    <Select options={enumOptions(t, 'assessmentResult')} placeholder={t('form.choose')} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item name="firmReason" label={t('supervision.assessments.fields.firmReason')} rules={[{ max: 2000 }]}>
                    <Input.TextArea rows={2} maxLength={2000} />
                  </Form.Item>
                </Col>
              </Row>
              <VerdictFields assessment={assessment} withOverride />
            </>
          )}
          <Flex gap={8}>
            {step === 'selfReport' && (
              <Button onClick={() => void validated(false)} loading={submitting && !submitted}>
                {t('supervision.assessments.steps.selfReport.save')}
              </Button>
            )}
            <Button type="primary" onClick={() => void validated(true)} loading={submitting && submitted}>
              {t(`supervision.assessments.steps.${step}.confirm`)}
            </Button>
          </Flex>
        </Flex>
      </Form>
    </Card>
  );
}
