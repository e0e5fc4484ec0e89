import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Page } from '../../../shared/ui/Page';
import { QueryState } from '../../../shared/ui/QueryState';
import { refetchVersioned, useEditedVersion } from '../../../shared/ui/useEditedVersion';
import { useFormSubmission } from '../../../shared/ui/useFormSubmission';
import type { Versioned } from '../../../shared/api/client';
import type { FirmDetails } from '../common/registryApi';
import { FirmForm, firmCommand, firmFormValues, type FirmFormValues } from './FirmForm';
import { newIdempotencyKey, useFirm, useRegisterFirm, useUpdateFirm } from './useFirms';

/** 登记律师事务所: registers a firm, then opens it. */
export function FirmCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FirmFormValues>();
  const register = useRegisterFirm();
  const { problem, submitting, submit } = useFormSubmission(form);

  async function save(values: FirmFormValues) {
    // A fresh key per submission; the mutation's automatic retry reuses it.
    const created = await submit(() =>
      register.mutateAsync({ body: firmCommand(values), idempotencyKey: newIdempotencyKey() }),
    );
    if (created) {
      void message.success(t('firms.created', { name: created.data.name }));
      void navigate(`/registry/firms/${created.data.id}`);
    }
  }

  return (
    <Page title={t('firms.createTitle')}>
      <FirmForm
        form={form}
        submitLabel={t('firms.createSubmit')}
        submitting={submitting}
        problem={problem}
        onSubmit={(values) => void save(values)}
        onCancel={() => void navigate('/registry/firms')}
      />
    </Page>
  );
}

interface FirmEditFormProps {
  loaded: Versioned<FirmDetails>;
  reload: () => Promise<Versioned<FirmDetails> | undefined>;
}

function FirmEditForm({ loaded, reload }: FirmEditFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FirmFormValues>();
  const { problem, submitting, submit, clearProblem } = useFormSubmission(form);
  const { base, reloading, reloadRecord } = useEditedVersion(loaded, reload, form, firmFormValues, clearProblem);
  const firm = base.data;
  const update = useUpdateFirm(firm.id);

  async function save(values: FirmFormValues) {
    const updated = await submit(() => update.mutateAsync({ body: firmCommand(values), etag: base.etag }));
    if (updated) {
      void message.success(t('form.saved'));
      void navigate(`/registry/firms/${firm.id}`);
    }
  }


  return (
    <FirmForm
      form={form}
      firmId={firm.id}
      initialValues={firmFormValues(firm)}
      submitLabel={t('form.save')}
      submitting={submitting}
      problem={problem}
      onSubmit={(values) => void save(values)}
      onCancel={() => void navigate(`/registry/firms/${firm.id}`)}
      onReload={() => void reloadRecord()}
      reloading={reloading}
    />
  );
}

/** 编辑律师事务所: corrects a firm's facts, against the version it was loaded at. */
export function FirmEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const firm = useFirm(id);

  return (
    <Page title={t('firms.editTitle')} description={firm.data?.data.name}>
      <QueryState query={firm}>
        {(loaded) => <FirmEditForm loaded={loaded} reload={refetchVersioned(firm)} />}
      </QueryState>
    </Page>
  );
}
