import { Button, Col, DatePicker, Flex, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { enumOptions, type FirmSizeBand, type OrganisationForm } from '../../../shared/ui/enums';
import { fromApiDate, toApiDate, toApiText } from '../../../shared/ui/format';
import type { SubmitProblem } from '../../../shared/ui/serverErrors';
import { SubmitProblemAlert } from '../../../shared/ui/SubmitProblemAlert';
import { FirmPicker } from '../common/FirmPicker';
import type { FirmDetails } from '../common/registryApi';
import { RegionSelect } from '../common/RegionSelect';
import type { RegisterFirmCommand } from './useFirms';

/** The form's values: the API's fields under the API's names (so server errors land on them). */
export interface FirmFormValues {
  name?: string;
  uscc?: string;
  licenceNumber?: string;
  organisationForm?: OrganisationForm;
  sizeBand?: FirmSizeBand;
  regionCode?: string;
  director?: string;
  address?: string;
  phone?: string;
  foundedOn?: Dayjs | null;
  branchOfId?: string;
}

export function firmFormValues(firm: FirmDetails): FirmFormValues {
  return {
    name: firm.name,
    uscc: firm.uscc,
    licenceNumber: firm.licenceNumber,
    organisationForm: firm.organisationForm,
    sizeBand: firm.sizeBand,
    regionCode: firm.regionCode,
    director: firm.director,
    address: firm.address,
    phone: firm.phone ?? undefined,
    foundedOn: fromApiDate(firm.foundedOn),
    branchOfId: firm.branchOfId ?? undefined,
  };
}

/** The body RegisterFirm and UpdateFirm take (the same fields). */
export function firmCommand(values: FirmFormValues): RegisterFirmCommand {
  return {
    name: toApiText(values.name),
    uscc: toApiText(values.uscc)?.toUpperCase() ?? null,
    licenceNumber: toApiText(values.licenceNumber),
    organisationForm: values.organisationForm,
    sizeBand: values.sizeBand,
    regionCode: values.regionCode ?? null,
    director: toApiText(values.director),
    address: toApiText(values.address),
    phone: toApiText(values.phone),
    foundedOn: toApiDate(values.foundedOn),
    branchOfId: values.branchOfId ?? null,
  };
}

interface FirmFormProps {
  form: ReturnType<typeof Form.useForm<FirmFormValues>>[0];
  initialValues?: FirmFormValues;
  /** The firm being edited (not offered as its own head office). */
  firmId?: string;
  submitLabel: string;
  submitting: boolean;
  problem: SubmitProblem | undefined;
  onSubmit: (values: FirmFormValues) => void;
  onCancel: () => void;
  onReload?: () => void;
  reloading?: boolean;
}

/** The facts of a firm, for registering one or correcting them. */
export function FirmForm({
  form,
  initialValues,
  firmId,
  submitLabel,
  submitting,
  problem,
  onSubmit,
  onCancel,
  onReload,
  reloading,
}: FirmFormProps) {
  const { t } = useTranslation();
  const required = [{ required: true, whitespace: true, message: t('form.required') }];

  return (
    <Form<FirmFormValues>
      form={form}
      name="firm"
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      scrollToFirstError
      aria-label={submitLabel}
    >
      <Flex vertical gap={16}>
        <SubmitProblemAlert problem={problem} onReload={onReload} reloading={reloading} />
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('firms.fields.name')} rules={required}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="uscc" label={t('firms.fields.uscc')} rules={required} extra={t('firms.hints.uscc')}>
              <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="licenceNumber" label={t('firms.fields.licenceNumber')} rules={required}>
              <Input maxLength={30} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="regionCode" label={t('firms.fields.region')} rules={[{ required: true, message: t('form.required') }]}>
              <RegionSelect />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="organisationForm"
              label={t('firms.fields.organisationForm')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Select options={enumOptions(t, 'organisationForm')} placeholder={t('form.choose')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="sizeBand" label={t('firms.fields.sizeBand')} rules={[{ required: true, message: t('form.required') }]}>
              <Select options={enumOptions(t, 'firmSizeBand')} placeholder={t('form.choose')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="director" label={t('firms.fields.director')} rules={required}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="foundedOn" label={t('firms.fields.foundedOn')} rules={[{ required: true, message: t('form.required') }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="address" label={t('firms.fields.address')} rules={required}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="phone" label={t('firms.fields.phone')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="branchOfId" label={t('firms.fields.branchOf')} extra={t('firms.hints.branchOf')}>
              <FirmPicker excludeId={firmId} />
            </Form.Item>
          </Col>
        </Row>
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
