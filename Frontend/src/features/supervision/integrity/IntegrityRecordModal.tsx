import { Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { enumValues, enumOptions, measureLabel, type IntegrityKind, type PenaltyKind, type SubjectKind } from '../../../shared/ui/enums';
import { toApiDate, toApiText, today } from '../../../shared/ui/format';
import { SubmitProblemAlert } from '../../../shared/ui/SubmitProblemAlert';
import { useFormSubmission } from '../../../shared/ui/useFormSubmission';
import { FirmPicker } from '../../registry/common/FirmPicker';
import { LawyerPicker } from '../../registry/common/LawyerPicker';
import { PenaltyMonthsItem } from '../common/PenaltyMonthsItem';
import { penaltiesFor } from '../common/penaltyRules';
import type { IntegrityRecordView } from '../common/supervisionApi';
import { useRecordIntegrity } from './useIntegrityRecords';

interface RecordValues {
  kind?: IntegrityKind;
  subject?: SubjectKind;
  subjectId?: string;
  measure?: string;
  title?: string;
  decidedBy?: string;
  documentNumber?: string;
  decidedOn?: Dayjs | null;
  months?: number | null;
}

const commendation = 'Reward:Commendation';

/** The measures of a kind for a subject: the reward, or every discipline and the penalties that fit the subject. */
function measuresOf(kind: IntegrityKind | undefined, subject: SubjectKind | undefined): string[] {
  if (kind === 'Reward') return [commendation];
  return [
    ...enumValues.disciplineKind.map((discipline) => `Discipline:${discipline}`),
    ...penaltiesFor(subject)
      .filter((penalty) => penalty !== 'NoPenalty')
      .map((penalty) => `Penalty:${penalty}`),
  ];
}

const penaltyOf = (measure: string | undefined) =>
  measure?.startsWith('Penalty:') ? (measure.slice('Penalty:'.length) as PenaltyKind) : undefined;

/** 录入奖惩: a reward, or a sanction decided elsewhere, with its decision document; a penalty that stops practice changes the register. */
export function IntegrityRecordModal({ onCreated, onClose }: { onCreated: (record: IntegrityRecordView) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RecordValues>();
  const record = useRecordIntegrity();
  const { problem, submitting, submit } = useFormSubmission(form);
  const kind = Form.useWatch('kind', form);
  const subject = Form.useWatch('subject', form);
  const measure = Form.useWatch('measure', form);
  const required = { required: true, message: t('form.required') };
  const requiredText = { required: true, whitespace: true, message: t('form.required') };
  const field = (name: 'kind' | 'subject' | 'lawyer' | 'firm' | 'measure' | 'title' | 'decidedBy' | 'documentNumber' | 'decidedOn' | 'months') =>
    t(`supervision.integrity.fields.${name}`);

  async function save(values: RecordValues) {
    const created = await submit(() =>
      record.mutateAsync({
        kind: values.kind,
        subject: values.subject,
        subjectId: values.subjectId ?? null,
        measure: values.measure ?? null,
        title: toApiText(values.title),
        decidedBy: toApiText(values.decidedBy),
        documentNumber: toApiText(values.documentNumber),
        decidedOn: toApiDate(values.decidedOn),
        months: values.months ?? null,
      }),
    );
    if (created) onCreated(created);
  }

  return (
    <Modal
      open
      width={720}
      title={t('supervision.integrity.createTitle')}
      okText={t('supervision.integrity.createSubmit')}
      okButtonProps={{ loading: submitting }}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <SubmitProblemAlert problem={problem} />
      <Form<RecordValues>
        form={form}
        name="recordIntegrity"
        layout="vertical"
        initialValues={{ kind: 'Sanction', subject: 'Lawyer', decidedOn: today() }}
        onFinish={(values) => void save(values)}
        onValuesChange={(changed: Partial<RecordValues>) => {
          // Another kind or subject offers other measures (and another register to pick from).
          if ('kind' in changed) form.setFieldValue('measure', changed.kind === 'Reward' ? commendation : undefined);
          if ('subject' in changed) form.setFieldsValue({ subjectId: undefined, measure: kind === 'Reward' ? commendation : undefined });
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label={field('kind')} rules={[required]}>
              <Select options={enumOptions(t, 'integrityKind')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="subject" label={field('subject')} rules={[required]}>
              <Select options={enumOptions(t, 'subjectKind')} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="subjectId" label={subject === 'Firm' ? field('firm') : field('lawyer')} rules={[required]}>
              {subject === 'Firm' ? <FirmPicker /> : <LawyerPicker />}
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="measure" label={field('measure')} rules={[required]}>
              <Select
                options={measuresOf(kind, subject).map((value) => ({ value, label: measureLabel(t, value) }))}
                placeholder={t('form.choose')}
                disabled={kind === 'Reward'}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <PenaltyMonthsItem penalty={penaltyOf(measure)} label={field('months')} />
          </Col>
          <Col xs={24}>
            <Form.Item name="title" label={field('title')} extra={t('supervision.integrity.hints.title')} rules={[requiredText, { max: 200 }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="decidedBy" label={field('decidedBy')} extra={t('supervision.integrity.hints.decidedBy')} rules={[requiredText, { max: 100 }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="documentNumber" label={field('documentNumber')} rules={[requiredText, { max: 60 }]}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="decidedOn" label={field('decidedOn')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
