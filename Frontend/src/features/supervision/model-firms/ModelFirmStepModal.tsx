import { Col, DatePicker, Flex, Form, Input, InputNumber, Row, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ActionModal } from '../../../shared/ui/ActionModal';
import { toApiDate, toApiText } from '../../../shared/ui/format';
import { StepTextItem } from '../common/StepTextItem';
import type { ModelFirmStepCommand, ModelFirmView } from '../common/supervisionApi';
import type { ModelFirmStep } from './useModelFirms';

/**
 * The review's criteria as the host has them by default (ModelFirmCriteria: 20 points each, to be
 * confirmed by the department). The host does not publish its configured list: a configured one shows
 * in its 400 answer, and the criteria here can be renamed, added or removed to match it.
 */
export const defaultCriteria = ['党建工作', '内部管理制度', '执业质量与诚信', '公益法律服务', '人才培养'];

interface StepValues {
  scores?: { criterion?: string; score?: number | null }[];
  note?: string;
  from?: Dayjs | null;
  until?: Dayjs | null;
  documentNumber?: string;
  reason?: string;
}

/** The body of each step: only the fields that step reads (ModelFirmStepCommand on the server). */
export function modelFirmStepCommand(step: ModelFirmStep, values: StepValues): ModelFirmStepCommand {
  switch (step) {
    case 'review':
      return {
        scores: (values.scores ?? []).map((row) => ({ criterion: toApiText(row.criterion), score: row.score ?? null })),
        note: toApiText(values.note),
      };
    case 'designation':
      return { from: toApiDate(values.from), until: toApiDate(values.until), documentNumber: toApiText(values.documentNumber) };
    case 'declining':
      return { note: toApiText(values.note) };
    case 'revocation':
      return { reason: toApiText(values.reason) };
  }
}

function ScoreRows() {
  const { t } = useTranslation();
  const required = { required: true, message: t('form.required') };
  return (
    <Form.List name="scores">
      {(rows, _operations, { errors }) => (
        <Flex vertical gap={0}>
          <Typography.Text strong>{t('supervision.modelFirms.fields.scores')}</Typography.Text>
          {rows.map((row) => (
            <Row key={row.key} gutter={12} data-testid={`score-${row.name + 1}`}>
              <Col span={14}>
                <Form.Item name={[row.name, 'criterion']} label={t('supervision.modelFirms.fields.criterion')} rules={[{ ...required, whitespace: true }]}>
                  <Input />
                </Form.Item>
              </Col>
              <Col span={10}>
                <Form.Item name={[row.name, 'score']} label={t('supervision.modelFirms.fields.score')} rules={[required]}>
                  <InputNumber min={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
        </Flex>
      )}
    </Form.List>
  );
}

function StepFields({ step }: { step: ModelFirmStep }) {
  const { t } = useTranslation();
  const required = { required: true, message: t('form.required') };
  switch (step) {
    case 'review':
      return (
        <>
          <ScoreRows />
          <StepTextItem name="note" label={t('supervision.modelFirms.fields.reviewNote')} />
        </>
      );
    case 'designation':
      return (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="from" label={t('supervision.modelFirms.fields.designatedFrom')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="until" label={t('supervision.modelFirms.fields.designatedUntil')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="documentNumber" label={t('supervision.modelFirms.fields.documentNumber')} rules={[{ ...required, whitespace: true }, { max: 60 }]}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
        </Row>
      );
    case 'declining':
      return <StepTextItem name="note" label={t('supervision.modelFirms.fields.declineNote')} required />;
    case 'revocation':
      return <StepTextItem name="reason" label={t('supervision.modelFirms.fields.revocationReason')} required />;
  }
}

interface ModelFirmStepModalProps {
  step: ModelFirmStep | undefined;
  nomination: ModelFirmView;
  onSubmit: (step: ModelFirmStep, body: ModelFirmStepCommand) => Promise<unknown>;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}

/** One step on a nomination, as a form: its fields, the server's field errors next to them, 409 and 412 above them. */
export function ModelFirmStepModal({ step, nomination, onSubmit, onClose, onReload }: ModelFirmStepModalProps) {
  const { t } = useTranslation();
  const shown = step ?? 'review';
  const criteria = nomination.scores.length > 0 ? nomination.scores.map((score) => score.criterion) : defaultCriteria;
  return (
    <ActionModal<StepValues>
      name="modelFirmStep"
      open={step !== undefined}
      title={t(`supervision.modelFirms.steps.${shown}.title`)}
      okText={t(`supervision.modelFirms.steps.${shown}.confirm`)}
      danger={shown === 'revocation' || shown === 'declining'}
      intro={<Typography.Paragraph style={{ margin: 0 }}>{t(`supervision.modelFirms.steps.${shown}.intro`)}</Typography.Paragraph>}
      initialValues={{ scores: criteria.map((criterion) => ({ criterion, score: null })) }}
      onSubmit={(values) => onSubmit(shown, modelFirmStepCommand(shown, values))}
      onClose={onClose}
      onReload={onReload}
    >
      <StepFields step={shown} />
    </ActionModal>
  );
}
