import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { Versioned } from '../../../shared/api/client';
import { Page } from '../../../shared/ui/Page';
import { QueryState } from '../../../shared/ui/QueryState';
import { refetchVersioned, useEditedVersion } from '../../../shared/ui/useEditedVersion';
import { useFormSubmission } from '../../../shared/ui/useFormSubmission';
import type { LawyerDetails } from '../common/registryApi';
import { LawyerForm, lawyerFormValues, registerCommand, updateCommand, type LawyerFormValues } from './LawyerForm';
import { newIdempotencyKey, useLawyer, useRegisterLawyer, useUpdateLawyer } from './useLawyers';

/** 执业登记: registers a lawyer (at a firm, or for an employer), then opens them. `?firmId=` preselects the firm. */
export function LawyerCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [form] = Form.useForm<LawyerFormValues>();
  const register = useRegisterLawyer();
  const { problem, submitting, submit } = useFormSubmission(form);
  const firmId = searchParams.get('firmId') ?? undefined;

  async function save(values: LawyerFormValues) {
    const created = await submit(() =>
      register.mutateAsync({ body: registerCommand(values), idempotencyKey: newIdempotencyKey() }),
    );
    if (created) {
      void message.success(t('lawyers.created', { name: created.data.name }));
      void navigate(`/registry/lawyers/${created.data.id}`);
    }
  }

  return (
    <Page title={t('lawyers.createTitle')}>
      <LawyerForm
        form={form}
        initialValues={{
          foreignRelated: false,
          languages: [],
          specialties: [],
          ...(firmId ? { firmId, category: 'FullTime' } : {}),
        }}
        submitLabel={t('lawyers.createSubmit')}
        submitting={submitting}
        problem={problem}
        onSubmit={(values) => void save(values)}
        onCancel={() => void navigate(firmId ? `/registry/firms/${firmId}` : '/registry/lawyers')}
      />
    </Page>
  );
}

interface LawyerEditFormProps {
  loaded: Versioned<LawyerDetails>;
  reload: () => Promise<Versioned<LawyerDetails> | undefined>;
}

function LawyerEditForm({ loaded, reload }: LawyerEditFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<LawyerFormValues>();
  const { problem, submitting, submit, clearProblem } = useFormSubmission(form);
  // The version editing started from; only an explicit reload moves it.
  const { base, reloading, reloadRecord } = useEditedVersion(loaded, reload, form, lawyerFormValues, clearProblem);
  const lawyer = base.data;
  const update = useUpdateLawyer(lawyer.id);

  async function save(values: LawyerFormValues) {
    const updated = await submit(() => update.mutateAsync({ body: updateCommand(values), etag: base.etag }));
    if (updated) {
      void message.success(t('form.saved'));
      void navigate(`/registry/lawyers/${lawyer.id}`);
    }
  }


  return (
    <LawyerForm
      form={form}
      editing={lawyer}
      initialValues={lawyerFormValues(lawyer)}
      submitLabel={t('form.save')}
      submitting={submitting}
      problem={problem}
      onSubmit={(values) => void save(values)}
      onCancel={() => void navigate(`/registry/lawyers/${lawyer.id}`)}
      onReload={() => void reloadRecord()}
      reloading={reloading}
    />
  );
}

/** 编辑律师信息: corrects a lawyer's facts against the version they were loaded at. */
export function LawyerEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const lawyer = useLawyer(id);

  return (
    <Page title={t('lawyers.editTitle')} description={lawyer.data?.data.name}>
      <QueryState query={lawyer}>
        {(loaded) => (
          <LawyerEditForm
            loaded={loaded}
            reload={refetchVersioned(lawyer)}
          />
        )}
      </QueryState>
    </Page>
  );
}
