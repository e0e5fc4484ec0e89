import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { enumOptions, type MeetingKind } from '../../../shared/ui/enums';
import { fromApiDate, toApiDate, toApiText } from '../../../shared/ui/format';
import type { SubmitProblem } from '../../../shared/ui/serverErrors';
import { SubmitProblemAlert } from '../../../shared/ui/SubmitProblemAlert';
import { LawyerPicker } from '../../registry/common/LawyerPicker';
import type { MeetingDetails, RecordMeetingCommand } from '../common/supervisionApi';

interface AttendeeValues {
  lawyerId?: string;
  name?: string;
  post?: string;
}

interface DecisionValues {
  text?: string;
  owner?: string;
  dueOn?: Dayjs | null;
}

/** The form's values under the API's names (`attendees[1].name`, `decisions[0].dueOn`). */
export interface MeetingFormValues {
  kind?: MeetingKind;
  heldOn?: Dayjs | null;
  title?: string;
  agenda?: string;
  minutes?: string;
  attendees?: AttendeeValues[];
  decisions?: DecisionValues[];
}

/** A correction starts from the record; its decisions list holds only decisions to add (the host keeps the others). */
export function meetingFormValues(meeting: MeetingDetails): MeetingFormValues {
  return {
    kind: meeting.kind,
    heldOn: fromApiDate(meeting.heldOn),
    title: meeting.title,
    agenda: meeting.agenda,
    minutes: meeting.minutes ?? undefined,
    attendees: meeting.attendees.map((attendee) => ({ lawyerId: attendee.lawyerId ?? undefined, name: attendee.name, post: attendee.post ?? undefined })),
    decisions: [],
  };
}

export function meetingCommand(values: MeetingFormValues): RecordMeetingCommand {
  return {
    kind: values.kind,
    heldOn: toApiDate(values.heldOn),
    title: toApiText(values.title),
    agenda: toApiText(values.agenda),
    minutes: toApiText(values.minutes),
    // A lawyer of the register is named by the register: the name typed is sent only for staff.
    attendees: (values.attendees ?? []).map((attendee) => ({
      lawyerId: attendee.lawyerId ?? null,
      name: attendee.lawyerId ? null : toApiText(attendee.name),
      post: toApiText(attendee.post),
    })),
    decisions: (values.decisions ?? []).map((decision) => ({ text: toApiText(decision.text), owner: toApiText(decision.owner), dueOn: toApiDate(decision.dueOn) })),
  };
}

function AttendeeRow({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<MeetingFormValues>();
  const fromRegister = Form.useWatch(['attendees', index, 'lawyerId'], form) !== undefined;
  const field = (name: 'lawyer' | 'name' | 'post') => t(`supervision.meetings.attendee.${name}`);
  return (
    <Row gutter={12} align="bottom" data-testid={`attendee-${index + 1}`}>
      <Col xs={24} md={9}>
        <Form.Item name={[index, 'lawyerId']} label={field('lawyer')}>
          <LawyerPicker />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={[index, 'name']} label={field('name')} rules={[{ required: !fromRegister, whitespace: true, message: t('supervision.meetings.attendee.nameOrLawyer') }, { max: 50 }]}>
          <Input maxLength={50} disabled={fromRegister} />
        </Form.Item>
      </Col>
      <Col xs={10} md={7}>
        <Form.Item name={[index, 'post']} label={field('post')} rules={[{ max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={2} md={2}>
        <Form.Item>
          <Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('supervision.meetings.attendee.remove')} />
        </Form.Item>
      </Col>
    </Row>
  );
}

interface MeetingFormProps {
  form: FormInstance<MeetingFormValues>;
  initialValues: MeetingFormValues;
  correcting?: boolean;
  submitLabel: string;
  submitting: boolean;
  problem: SubmitProblem | undefined;
  onSubmit: (values: MeetingFormValues) => void;
  onCancel: () => void;
  onReload?: () => void;
  reloading?: boolean;
}

/** A meeting's record: kind, date, title, who attended (lawyers of the register or staff), agenda, minutes, decisions. */
export function MeetingForm({ form, initialValues, correcting, submitLabel, submitting, problem, onSubmit, onCancel, onReload, reloading }: MeetingFormProps) {
  const { t } = useTranslation();
  const required = { required: true, message: t('form.required') };
  const field = (name: 'kind' | 'heldOn' | 'title' | 'agenda' | 'minutes' | 'attendees' | 'decisions' | 'newDecisions') => t(`supervision.meetings.fields.${name}`);

  return (
    <Form<MeetingFormValues> form={form} name="meeting" layout="vertical" initialValues={initialValues} onFinish={onSubmit} scrollToFirstError>
      <Flex vertical gap={16}>
        <SubmitProblemAlert problem={problem} onReload={onReload} reloading={reloading} />
        <Row gutter={24}>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label={field('kind')} rules={[required]}>
              <Select options={enumOptions(t, 'meetingKind')} placeholder={t('form.choose')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="heldOn" label={field('heldOn')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="title" label={field('title')} rules={[{ ...required, whitespace: true }, { max: 200 }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="agenda" label={field('agenda')} rules={[{ ...required, whitespace: true }, { max: 5000 }]}>
              <Input.TextArea rows={4} maxLength={5000} showCount />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="minutes" label={field('minutes')} rules={[{ max: 20000 }]}>
              <Input.TextArea rows={6} maxLength={20000} showCount />
            </Form.Item>
          </Col>
        </Row>
        <Card size="small" title={field('attendees')}>
          <Form.List name="attendees">
            {(rows, { add, remove }, { errors }) => (
              <Flex vertical>
                {rows.map((row) => (
                  <AttendeeRow key={row.key} index={row.name} onRemove={() => remove(row.name)} />
                ))}
                <Form.ErrorList errors={errors} />
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                  {t('supervision.meetings.attendee.add')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Card>
        <Card size="small" title={correcting ? field('newDecisions') : field('decisions')}>
          <Form.List name="decisions">
            {(rows, { add, remove }) => (
              <Flex vertical>
                {rows.map((row) => (
                  <Row key={row.key} gutter={12} align="bottom" data-testid={`decision-${row.name + 1}`}>
                    <Col xs={24} md={12}>
                      <Form.Item name={[row.name, 'text']} label={t('supervision.meetings.decision.text')} rules={[{ ...required, whitespace: true }, { max: 2000 }]}>
                        <Input.TextArea rows={1} maxLength={2000} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={5}>
                      <Form.Item name={[row.name, 'owner']} label={t('supervision.meetings.decision.owner')} rules={[{ ...required, whitespace: true }, { max: 100 }]}>
                        <Input maxLength={100} />
                      </Form.Item>
                    </Col>
                    <Col xs={10} md={5}>
                      <Form.Item name={[row.name, 'dueOn']} label={t('supervision.meetings.decision.dueOn')} rules={[required]}>
                        <DatePicker style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={2} md={2}>
                      <Form.Item>
                        <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(row.name)} aria-label={t('supervision.meetings.decision.remove')} />
                      </Form.Item>
                    </Col>
                  </Row>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                  {t('supervision.meetings.decision.add')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Card>
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
