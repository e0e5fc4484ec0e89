import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Input, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { safeReturnTo } from '../../../shared/auth/signInPath';
import { useSession } from '../../../shared/auth/session';
import { Page } from '../../../shared/ui/Page';
import { SubmitProblemAlert } from '../../../shared/ui/SubmitProblemAlert';
import { useFormSubmission } from '../../../shared/ui/useFormSubmission';
import { formatSharedKey, useActivateTwoFactor, useStartTwoFactorEnrolment, type TwoFactorEnrolment } from './useAccount';

interface CodeValues {
  code: string;
}

function EnrolmentKey({ enrolment }: { enrolment: TwoFactorEnrolment }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph style={{ margin: 0 }}>{t('twoFactor.scanOrType')}</Typography.Paragraph>
      <div>
        <Typography.Text type="secondary">{t('twoFactor.sharedKey')}</Typography.Text>
        <Typography.Paragraph
          data-testid="shared-key"
          code
          copyable={{ text: enrolment.sharedKey, tooltips: [t('secret.copy'), t('secret.copied')] }}
          style={{ fontSize: 18, margin: '4px 0 0', letterSpacing: 1 }}
        >
          {formatSharedKey(enrolment.sharedKey)}
        </Typography.Paragraph>
      </div>
      <div>
        <Typography.Text type="secondary">{t('twoFactor.uri')}</Typography.Text>
        <Typography.Paragraph
          data-testid="authenticator-uri"
          copyable={{ text: enrolment.authenticatorUri, tooltips: [t('secret.copy'), t('secret.copied')] }}
          style={{ margin: '4px 0 0', wordBreak: 'break-all' }}
        >
          {/* On a phone the link opens the authenticator app directly. */}
          <a href={enrolment.authenticatorUri}>{enrolment.authenticatorUri}</a>
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('twoFactor.uriHint')}
        </Typography.Text>
      </div>
    </Flex>
  );
}

/**
 * 设置双因素认证: a new authenticator key (shown as text and as the otpauth:// URI), then a first code
 * to turn it on. Administrators and auditors are sent here until they have done it.
 */
export function TwoFactorEnrolmentPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const required = session.data?.twoFactorEnrolmentRequired ?? false;
  const start = useStartTwoFactorEnrolment();
  const activate = useActivateTwoFactor();
  const [form] = Form.useForm<CodeValues>();
  const { problem, submitting, submit } = useFormSubmission(form);
  const enrolment = start.data;

  async function confirm(values: CodeValues) {
    const done = await submit(async () => {
      await activate.mutateAsync(values.code.replace(/\D/g, ''));
      return true;
    });
    if (done) {
      void message.success(t('twoFactor.activated'));
      void navigate(required ? safeReturnTo(params.get('returnTo')) : '/account', { replace: true });
    }
  }

  return (
    <Page title={t('twoFactor.title')} description={required ? t('twoFactor.requiredDescription') : t('twoFactor.description')}>
      <Flex vertical gap={24} style={{ maxWidth: 640 }}>
        {required && <Alert type="info" showIcon title={t('twoFactor.required')} description={t('twoFactor.requiredHint')} />}
        <Steps
          orientation="vertical"
          current={enrolment ? 1 : 0}
          items={[
            {
              title: t('twoFactor.step1'),
              content: (
                <Flex vertical gap={12} align="flex-start" style={{ paddingBlock: 8 }}>
                  <Typography.Text type="secondary">{t('twoFactor.step1Hint')}</Typography.Text>
                  {start.isError && <SubmitProblemAlert problem={{ kind: 'other', error: start.error }} />}
                  {enrolment ? (
                    <EnrolmentKey enrolment={enrolment} />
                  ) : (
                    <Button type="primary" icon={<SafetyCertificateOutlined />} loading={start.isPending} onClick={() => start.mutate()}>
                      {t('twoFactor.start')}
                    </Button>
                  )}
                  {enrolment && (
                    <Button size="small" onClick={() => start.mutate()} loading={start.isPending}>
                      {t('twoFactor.newKey')}
                    </Button>
                  )}
                </Flex>
              ),
            },
            {
              title: t('twoFactor.step2'),
              content: enrolment && (
                <Form form={form} name="twoFactorActivation" layout="vertical" requiredMark={false} onFinish={(values) => void confirm(values)} style={{ paddingBlock: 8 }}>
                  <SubmitProblemAlert problem={problem} />
                  <Form.Item
                    name="code"
                    label={t('twoFactor.code')}
                    extra={t('twoFactor.codeHint')}
                    rules={[
                      { required: true, message: t('form.required') },
                      { pattern: /^\s*\d{3}[\s-]?\d{3}\s*$/, message: t('signIn.codeFormat') },
                    ]}
                  >
                    <Input autoComplete="one-time-code" inputMode="numeric" maxLength={7} style={{ width: 200, letterSpacing: 4 }} />
                  </Form.Item>
                  <Button type="primary" htmlType="submit" loading={submitting}>
                    {t('twoFactor.activate')}
                  </Button>
                </Form>
              ),
            },
          ]}
        />
      </Flex>
    </Page>
  );
}
