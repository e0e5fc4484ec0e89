import { Alert, Button, Col, DatePicker, Descriptions, Flex, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { enumOptions, type Gender, type LawyerCategory, type Specialty } from '../../../shared/ui/enums';
import { toApiDate, toApiText } from '../../../shared/ui/format';
import type { SubmitProblem } from '../../../shared/ui/serverErrors';
import { SubmitProblemAlert } from '../../../shared/ui/SubmitProblemAlert';
import { FirmPicker } from '../common/FirmPicker';
import type { LawyerDetails } from '../common/registryApi';
import { RegionSelect } from '../common/RegionSelect';
import type { RegisterLawyerCommand, UpdateLawyerCommand } from './useLawyers';

/** Public-sector, corporate and legal-aid lawyers practise for an employer (in a region), not at a firm. */
export const worksForEmployer = (category: LawyerCategory | undefined) =>
  category === 'PublicSector' || category === 'Corporate' || category === 'LegalAid';

export const maxSpecialties = 5;
const commonLanguages = ['en', 'ru', 'ko', 'ja', 'fr', 'de', 'es', 'ar', 'mn'];

/** The form's values, under the API's field names (so the server's errors land on them). */
export interface LawyerFormValues {
  name?: string;
  gender?: Gender;
  idNumber?: string;
  phone?: string;
  certificateNumber?: string;
  category?: LawyerCategory;
  firmId?: string;
  employer?: string;
  regionCode?: string;
  firstPracticeYear?: number | null;
  practisingSince?: Dayjs | null;
  foreignRelated?: boolean;
  languages?: string[];
  specialties?: Specialty[];
}

export function registerCommand(values: LawyerFormValues): RegisterLawyerCommand {
  const employer = worksForEmployer(values.category);
  return {
    name: toApiText(values.name),
    gender: values.gender,
    idNumber: toApiText(values.idNumber)?.toUpperCase() ?? null,
    phone: toApiText(values.phone),
    certificateNumber: toApiText(values.certificateNumber),
    category: values.category,
    firmId: employer ? null : (values.firmId ?? null),
    employer: employer ? toApiText(values.employer) : null,
    regionCode: employer ? (values.regionCode ?? null) : null,
    firstPracticeYear: values.firstPracticeYear ?? null,
    practisingSince: toApiDate(values.practisingSince),
    foreignRelated: values.foreignRelated ?? false,
    languages: values.languages ?? [],
    specialties: values.specialties ?? [],
  };
}

export function updateCommand(values: LawyerFormValues): UpdateLawyerCommand {
  return {
    name: toApiText(values.name),
    gender: values.gender,
    phone: toApiText(values.phone),
    category: values.category,
    employer: worksForEmployer(values.category) ? toApiText(values.employer) : null,
    firstPracticeYear: values.firstPracticeYear ?? null,
    foreignRelated: values.foreignRelated ?? false,
    languages: values.languages ?? [],
    specialties: values.specialties ?? [],
  };
}

/** A masked phone cannot be sent back (it is not a number); the field then starts empty. */
export function lawyerFormValues(lawyer: LawyerDetails): LawyerFormValues {
  return {
    name: lawyer.name,
    gender: lawyer.gender,
    phone: lawyer.personalDataMasked ? undefined : (lawyer.phone ?? undefined),
    category: lawyer.category,
    employer: lawyer.employer ?? undefined,
    firstPracticeYear: lawyer.firstPracticeYear,
    foreignRelated: lawyer.foreignRelated,
    languages: lawyer.languages,
    specialties: lawyer.specialties,
  };
}

/** Digits 6–9 of a practice certificate number are the first practice year. */
export function yearFromCertificate(certificateNumber: string | undefined): number | undefined {
  if (!certificateNumber || !/^\d{17}$/.test(certificateNumber)) return undefined;
  return Number(certificateNumber.slice(5, 9));
}

interface LawyerFormProps {
  form: ReturnType<typeof Form.useForm<LawyerFormValues>>[0];
  /** The lawyer being edited; registering a new one without. */
  editing?: LawyerDetails;
  initialValues?: LawyerFormValues;
  submitLabel: string;
  submitting: boolean;
  problem: SubmitProblem | undefined;
  onSubmit: (values: LawyerFormValues) => void;
  onCancel: () => void;
  onReload?: () => void;
  reloading?: boolean;
}

/** A lawyer's facts: all of them to register; on edit, what may change without a new certificate or a transfer. */
export function LawyerForm({
  form,
  editing,
  initialValues,
  submitLabel,
  submitting,
  problem,
  onSubmit,
  onCancel,
  onReload,
  reloading,
}: LawyerFormProps) {
  const { t, i18n } = useTranslation();
  const category = Form.useWatch('category', form);
  const required = [{ required: true, message: t('form.required') }];
  const requiredText = [{ required: true, whitespace: true, message: t('form.required') }];
  const languageNames = new Intl.DisplayNames([i18n.resolvedLanguage ?? 'zh-CN'], { type: 'language' });
  const languageOptions = commonLanguages.map((code) => ({ value: code, label: `${languageNames.of(code) ?? code}（${code}）` }));
  const phoneMasked = editing?.personalDataMasked === true && Boolean(editing.phone);

  return (
    <Form<LawyerFormValues>
      form={form}
      name="lawyer"
      layout="vertical"
      initialValues={initialValues ?? { foreignRelated: false, languages: [], specialties: [] }}
      onFinish={onSubmit}
      onValuesChange={(changed: LawyerFormValues) => {
        // The first practice year is written into the certificate number: offer it.
        const year = yearFromCertificate(changed.certificateNumber);
        if (year && !form.getFieldValue('firstPracticeYear')) form.setFieldValue('firstPracticeYear', year);
      }}
      scrollToFirstError
      aria-label={submitLabel}
    >
      <Flex vertical gap={16}>
        <SubmitProblemAlert problem={problem} onReload={onReload} reloading={reloading} />
        {editing && (
          <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('lawyers.fields.certificateNumber')}>{editing.certificateNumber}</Descriptions.Item>
            <Descriptions.Item label={t('lawyers.fields.idNumber')}>{editing.idNumber}</Descriptions.Item>
            <Descriptions.Item label={t('lawyers.fields.firm')}>
              {editing.firmId ? <Link to={`/registry/firms/${editing.firmId}`}>{editing.firmName}</Link> : (editing.employer ?? '')}
            </Descriptions.Item>
          </Descriptions>
        )}
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('lawyers.fields.name')} rules={requiredText}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="gender" label={t('lawyers.fields.gender')} rules={required}>
              <Radio.Group options={enumOptions(t, 'gender')} />
            </Form.Item>
          </Col>
          {!editing && (
            <Col xs={24} md={12}>
              <Form.Item name="idNumber" label={t('lawyers.fields.idNumber')} rules={requiredText} extra={t('lawyers.hints.idNumber')}>
                <Input maxLength={18} style={{ fontFamily: 'monospace' }} autoComplete="off" />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={12}>
            <Form.Item
              name="phone"
              label={t('lawyers.fields.phone')}
              extra={phoneMasked ? t('lawyers.hints.phoneMasked', { phone: editing?.phone }) : undefined}
            >
              <Input maxLength={11} autoComplete="off" />
            </Form.Item>
          </Col>
          {!editing && (
            <Col xs={24} md={12}>
              <Form.Item
                name="certificateNumber"
                label={t('lawyers.fields.certificateNumber')}
                rules={requiredText}
                extra={t('lawyers.hints.certificateNumber')}
              >
                <Input maxLength={17} style={{ fontFamily: 'monospace' }} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={12}>
            <Form.Item name="category" label={t('lawyers.fields.category')} rules={required}>
              <Select options={enumOptions(t, 'lawyerCategory')} placeholder={t('form.choose')} />
            </Form.Item>
          </Col>
          {!editing && category !== undefined && !worksForEmployer(category) && (
            <Col xs={24} md={12}>
              <Form.Item name="firmId" label={t('lawyers.fields.firm')} rules={required}>
                <FirmPicker status="Practising" />
              </Form.Item>
            </Col>
          )}
          {worksForEmployer(category) && (
            <Col xs={24} md={12}>
              <Form.Item name="employer" label={t('lawyers.fields.employer')} rules={requiredText}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
          )}
          {!editing && worksForEmployer(category) && (
            <Col xs={24} md={12}>
              <Form.Item name="regionCode" label={t('lawyers.fields.employerRegion')} rules={required}>
                <RegionSelect />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={12}>
            <Form.Item name="firstPracticeYear" label={t('lawyers.fields.firstPracticeYear')} rules={required}>
              <InputNumber min={1979} max={new Date().getFullYear()} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {!editing && (
            <Col xs={24} md={12}>
              <Form.Item name="practisingSince" label={t('lawyers.fields.practisingSince')} extra={t('lawyers.hints.practisingSince')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={12}>
            <Form.Item name="specialties" label={t('lawyers.fields.specialties')} extra={t('lawyers.hints.specialties', { max: maxSpecialties })}>
              <Select mode="multiple" maxCount={maxSpecialties} options={enumOptions(t, 'specialty')} placeholder={t('form.choose')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="languages" label={t('lawyers.fields.languages')} extra={t('lawyers.hints.languages')}>
              <Select mode="tags" options={languageOptions} tokenSeparators={[',', ' ']} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="foreignRelated" label={t('lawyers.fields.foreignRelated')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        {editing && worksForEmployer(editing.category) !== worksForEmployer(category) && (
          <Alert type="warning" showIcon title={t('lawyers.hints.categoryChange')} />
        )}
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
