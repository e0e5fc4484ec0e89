import { SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Form, Input, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { roleLabel, twoFactorRoles } from '../../../shared/auth/roles';
import { useSession, type CurrentSession } from '../../../shared/auth/session';
import { QueryState } from '../../../shared/ui/QueryState';
import { SubmitProblemAlert } from '../../../shared/ui/SubmitProblemAlert';
import { useFormSubmission } from '../../../shared/ui/useFormSubmission';
import { DataScopeLabel } from '../common/DataScopeLabel';
import { useChangePassword } from './useAccount';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

function ChangePassword() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const change = useChangePassword();
  const { problem, submitting, submit } = useFormSubmission(form);

  async function save(values: PasswordValues) {
    const done = await submit(async () => {
      await change.mutateAsync({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      return true;
    });
    if (done) {
      form.resetFields();
      void message.success(t('account.passwordChanged'));
    }
  }

  return (
    <Card title={t('account.password')}>
      <Form form={form} name="changePassword" layout="vertical" style={{ maxWidth: 420 }} onFinish={(values) => void save(values)}>
        <SubmitProblemAlert problem={problem} />
        <Form.Item name="currentPassword" label={t('account.currentPassword')} rules={[{ required: true, message: t('form.required') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('account.newPassword')}
          extra={t('account.passwordRules')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('account.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('form.required') },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('account.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('account.changePassword')}
        </Button>
      </Form>
    </Card>
  );
}

function TwoFactor({ session }: { session: CurrentSession }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The session says only whether enrolment is still owed (roles that must use it); for other roles
  // the host does not say whether an authenticator is set up.
  const mandatory = twoFactorRoles.some((role) => role === session.role);

  return (
    <Card title={t('account.twoFactor')}>
      <Flex vertical gap={12} align="flex-start" style={{ maxWidth: 560 }}>
        {mandatory ? (
          <Tag color="green">{t('account.twoFactorOn')}</Tag>
        ) : (
          <Typography.Text type="secondary">{t('account.twoFactorOptional')}</Typography.Text>
        )}
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {mandatory ? t('account.twoFactorMandatoryHint') : t('account.twoFactorHint')}
        </Typography.Paragraph>
        <Button icon={<SafetyCertificateOutlined />} onClick={() => void navigate('/account/two-factor')}>
          {mandatory ? t('account.twoFactorReplace') : t('account.twoFactorSetUp')}
        </Button>
      </Flex>
    </Card>
  );
}

/** 账户设置: who I am (name, role, scope), my password, my second factor. */
export function AccountPage() {
  const { t } = useTranslation();
  const session = useSession();

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('account.title')}
      </Typography.Title>
      <QueryState query={session}>
        {(current) => (
          <Flex vertical gap={16}>
            <Card title={t('account.profile')}>
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('account.displayName')}>{current.displayName}</Descriptions.Item>
                <Descriptions.Item label={t('account.role')}>{roleLabel(t, current.role)}</Descriptions.Item>
                <Descriptions.Item label={t('account.dataScope')}>
                  <DataScopeLabel scope={current.dataScope} />
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <ChangePassword />
            <TwoFactor session={current} />
          </Flex>
        )}
      </QueryState>
    </Flex>
  );
}
