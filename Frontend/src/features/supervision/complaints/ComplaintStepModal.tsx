import { DatePicker, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ActionModal } from '../../../shared/ui/ActionModal';
import {
  enumLabel,
  enumOptions,
  type ComplaintOutcome,
  type DisciplineKind,
  type NotificationChannel,
  type PenaltyKind,
  type SubjectKind,
} from '../../../shared/ui/enums';
import { toApiDate, toApiText, today } from '../../../shared/ui/format';
import { PenaltyMonthsItem } from '../common/PenaltyMonthsItem';
import { StepTextItem } from '../common/StepTextItem';
import { penaltiesFor, penaltyNeedsAmount } from '../common/penaltyRules';
import type { ComplaintDetails, ComplaintStepCommand } from '../common/supervisionApi';
import type { ComplaintStep } from './useComplaints';

/** The form's values: the API's fields under the API's names (so a 400's errors land on them). */
interface StepValues {
  handlerName?: string;
  note?: string;
  reason?: string;
  outcome?: ComplaintOutcome;
  subject?: SubjectKind;
  discipline?: DisciplineKind;
  penalty?: PenaltyKind;
  amount?: number | null;
  months?: number | null;
  documentNumber?: string;
  decidedOn?: Dayjs | null;
  channel?: NotificationChannel;
  notifiedOn?: Dayjs | null;
}

/** The body of each step: only the fields that step reads (ComplaintStepCommand on the server). */
export function stepCommand(step: ComplaintStep, values: StepValues): ComplaintStepCommand {
  switch (step) {
    case 'acceptance': {
      // The host takes the handler from handlerId (the caller when empty); a name typed here is both.
      const handler = toApiText(values.handlerName);
      return { handlerId: handler, handlerName: handler, note: toApiText(values.note) };
    }
    case 'rejection':
    case 'reopening':
      return { reason: toApiText(values.reason) };
    case 'notes':
      return { note: toApiText(values.note) };
    case 'decision':
      return {
        outcome: values.outcome,
        subject: values.outcome === 'Dismissed' ? undefined : values.subject,
        discipline: values.outcome === 'Discipline' ? values.discipline : undefined,
        reason: toApiText(values.reason),
        documentNumber: toApiText(values.documentNumber),
        decidedOn: toApiDate(values.decidedOn),
      };
    case 'penalty':
      return {
        penalty: values.penalty,
        amount: penaltyNeedsAmount(values.penalty) ? (values.amount ?? null) : null,
        months: values.months ?? null,
        documentNumber: toApiText(values.documentNumber),
        decidedOn: toApiDate(values.decidedOn),
        note: toApiText(values.note),
      };
    case 'notification':
      return { channel: values.channel, notifiedOn: toApiDate(values.notifiedOn), note: toApiText(values.note) };
    case 'closure':
      return { note: toApiText(values.note) };
  }
}

function DateItem({ name, label, t }: { name: 'decidedOn' | 'notifiedOn'; label: string; t: TFunction }) {
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('form.required') }]}>
      <DatePicker style={{ width: '100%' }} />
    </Form.Item>
  );
}

function DocumentNumberItem({ required, t }: { required: boolean; t: TFunction }) {
  return (
    <Form.Item
      name="documentNumber"
      label={t('supervision.complaints.decision.documentNumber')}
      rules={[{ required, whitespace: true, message: t('form.required') }, { max: 60 }]}
    >
      <Input maxLength={60} />
    </Form.Item>
  );
}

/** 处理决定: the outcome decides which further fields there are. */
function DecisionFields({ complaint }: { complaint: ComplaintDetails }) {
  const { t } = useTranslation();
  const outcome = Form.useWatch<ComplaintOutcome | undefined>('outcome', Form.useFormInstance());
  // A complaint naming both a lawyer and a firm needs to be told whom the decision concerns.
  const chooseSubject = outcome !== undefined && outcome !== 'Dismissed' && Boolean(complaint.lawyerId && complaint.firmId);
  return (
    <>
      <Form.Item name="outcome" label={t('supervision.complaints.decision.outcome')} rules={[{ required: true, message: t('form.required') }]}>
        <Select options={enumOptions(t, 'complaintOutcome')} placeholder={t('form.choose')} />
      </Form.Item>
      {chooseSubject && (
        <Form.Item name="subject" label={t('supervision.complaints.decision.subject')} extra={t('supervision.complaints.stepFields.subjectDefault')}>
          <Select options={enumOptions(t, 'subjectKind')} placeholder={t('form.choose')} allowClear />
        </Form.Item>
      )}
      {outcome === 'Discipline' && (
        <Form.Item name="discipline" label={t('supervision.complaints.decision.discipline')} rules={[{ required: true, message: t('form.required') }]}>
          <Select options={enumOptions(t, 'disciplineKind')} placeholder={t('form.choose')} />
        </Form.Item>
      )}
      <StepTextItem name="reason" label={t('supervision.complaints.decision.reason')} required />
      <DocumentNumberItem required={outcome === 'Discipline'} t={t} />
      <DateItem name="decidedOn" label={t('supervision.complaints.decision.decidedOn')} t={t} />
    </>
  );
}

/** 行政处罚决定: penalties that fit the referred subject; an amount or a period where the penalty has one. */
function PenaltyFields({ complaint }: { complaint: ComplaintDetails }) {
  const { t } = useTranslation();
  const penalty = Form.useWatch<PenaltyKind | undefined>('penalty', Form.useFormInstance());
  const options = penaltiesFor(complaint.decisionSubject).map((value) => ({ value, label: enumLabel(t, 'penaltyKind', value) }));
  return (
    <>
      <Form.Item name="penalty" label={t('supervision.complaints.decision.penalty')} rules={[{ required: true, message: t('form.required') }]}>
        <Select options={options} placeholder={t('form.choose')} />
      </Form.Item>
      {penaltyNeedsAmount(penalty) && (
        <Form.Item name="amount" label={t('supervision.complaints.decision.amount')} rules={[{ required: true, message: t('form.required') }]}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} />
        </Form.Item>
      )}
      <PenaltyMonthsItem penalty={penalty} label={t('supervision.complaints.decision.months')} />
      <DocumentNumberItem required t={t} />
      <DateItem name="decidedOn" label={t('supervision.complaints.decision.decidedOn')} t={t} />
      <StepTextItem name="note" label={t('supervision.complaints.stepFields.note')} />
    </>
  );
}

function StepFields({ step, complaint }: { step: ComplaintStep; complaint: ComplaintDetails }) {
  const { t } = useTranslation();
  switch (step) {
    case 'acceptance':
      return (
        <>
          <Form.Item
            name="handlerName"
            label={t('supervision.complaints.stepFields.handlerName')}
            extra={t('supervision.complaints.stepFields.handlerHint')}
            rules={[{ max: 100 }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <StepTextItem name="note" label={t('supervision.complaints.stepFields.note')} />
        </>
      );
    case 'rejection':
    case 'reopening':
      return <StepTextItem name="reason" label={t('supervision.complaints.stepFields.reason')} required />;
    case 'notes':
      return <StepTextItem name="note" label={t('supervision.complaints.stepFields.investigationNote')} required />;
    case 'decision':
      return <DecisionFields complaint={complaint} />;
    case 'penalty':
      return <PenaltyFields complaint={complaint} />;
    case 'notification':
      return (
        <>
          <Form.Item name="channel" label={t('supervision.complaints.decision.channel')} rules={[{ required: true, message: t('form.required') }]}>
            <Select options={enumOptions(t, 'notificationChannel')} placeholder={t('form.choose')} />
          </Form.Item>
          <DateItem name="notifiedOn" label={t('supervision.complaints.decision.notifiedOn')} t={t} />
          <StepTextItem name="note" label={t('supervision.complaints.stepFields.note')} />
        </>
      );
    case 'closure':
      return <StepTextItem name="note" label={t('supervision.complaints.stepFields.note')} />;
  }
}

interface ComplaintStepModalProps {
  /** The step to take; the modal is open while set. */
  step: ComplaintStep | undefined;
  complaint: ComplaintDetails;
  onSubmit: (step: ComplaintStep, body: ComplaintStepCommand) => Promise<unknown>;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}

/** One step on a complaint, as a form: its fields, the server's field errors next to them, 409 and 412 above them. */
export function ComplaintStepModal({ step, complaint, onSubmit, onClose, onReload }: ComplaintStepModalProps) {
  const { t } = useTranslation();
  const shown = step ?? 'acceptance';
  return (
    <ActionModal<StepValues>
      name="complaintStep"
      open={step !== undefined}
      title={t(`supervision.complaints.steps.${shown}.title`)}
      okText={t(`supervision.complaints.steps.${shown}.confirm`)}
      danger={shown === 'rejection'}
      intro={<Typography.Paragraph style={{ margin: 0 }}>{t(`supervision.complaints.steps.${shown}.intro`)}</Typography.Paragraph>}
      // One form serves every step: the dates every step may ask for start at today.
      initialValues={{ decidedOn: today(), notifiedOn: today() }}
      onSubmit={(values) => onSubmit(shown, stepCommand(shown, values))}
      onClose={onClose}
      onReload={onReload}
    >
      <StepFields step={shown} complaint={complaint} />
    </ActionModal>
  );
}
