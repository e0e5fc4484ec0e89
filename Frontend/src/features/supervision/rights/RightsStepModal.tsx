import { Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ActionModal } from '../../../shared/ui/ActionModal';
import { enumOptions, type Satisfaction } from '../../../shared/ui/enums';
import { toApiText } from '../../../shared/ui/format';
import { StepTextItem } from '../common/StepTextItem';
import type { RightsStepCommand } from '../common/supervisionApi';
import type { RightsStep } from './useRightsCases';

interface StepValues {
  note?: string;
  reason?: string;
  answer?: string;
  satisfaction?: Satisfaction;
}

/** The body of each step: only the fields that step reads (RightsStepCommand on the server). */
export function rightsStepCommand(step: RightsStep, values: StepValues): RightsStepCommand {
  switch (step) {
    case 'acceptance':
    case 'coordination':
      return { note: toApiText(values.note) };
    case 'rejection':
      return { reason: toApiText(values.reason) };
    case 'answer':
      return { answer: toApiText(values.answer) };
    case 'closure':
      return { satisfaction: values.satisfaction, note: toApiText(values.note) };
  }
}

function StepFields({ step }: { step: RightsStep }) {
  const { t } = useTranslation();
  switch (step) {
    case 'acceptance':
      return <StepTextItem name="note" label={t('supervision.rights.stepFields.note')} />;
    case 'rejection':
      return <StepTextItem name="reason" label={t('supervision.rights.stepFields.reason')} required />;
    case 'coordination':
      return <StepTextItem name="note" label={t('supervision.rights.stepFields.coordination')} required />;
    case 'answer':
      return <StepTextItem name="answer" label={t('supervision.rights.stepFields.answer')} required />;
    case 'closure':
      return (
        <>
          <Form.Item name="satisfaction" label={t('supervision.rights.fields.satisfaction')} rules={[{ required: true, message: t('form.required') }]}>
            <Select options={enumOptions(t, 'satisfaction')} placeholder={t('form.choose')} />
          </Form.Item>
          <StepTextItem name="note" label={t('supervision.rights.stepFields.note')} />
        </>
      );
  }
}

interface RightsStepModalProps {
  step: RightsStep | undefined;
  onSubmit: (step: RightsStep, body: RightsStepCommand) => Promise<unknown>;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}

/** One step on a rights case, as a form: its fields, the server's field errors next to them, 409 and 412 above them. */
export function RightsStepModal({ step, onSubmit, onClose, onReload }: RightsStepModalProps) {
  const { t } = useTranslation();
  const shown = step ?? 'acceptance';
  return (
    <ActionModal<StepValues>
      name="rightsStep"
      open={step !== undefined}
      title={t(`supervision.rights.steps.${shown}.title`)}
      okText={t(`supervision.rights.steps.${shown}.confirm`)}
      danger={shown === 'rejection'}
      intro={<Typography.Paragraph style={{ margin: 0 }}>{t(`supervision.rights.steps.${shown}.intro`)}</Typography.Paragraph>}
      onSubmit={(values) => onSubmit(shown, rightsStepCommand(shown, values))}
      onClose={onClose}
      onReload={onReload}
    >
      <StepFields step={shown} />
    </ActionModal>
  );
}
