import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../../shared/api/problem';
import { safeReturnTo } from '../../../shared/auth/signInPath';
import { describeError } from '../../../shared/ui/describeError';
import { classifySubmitError } from '../../../shared/ui/serverErrors';
import { useSignIn, useTwoFactorSignIn, type SignInResult } from './useSignIn';

interface PasswordValues {
  userName: string;
  password: string;
}

interface CodeValues {
  code: string;
}

type Step = 'password' | 'code';

/** What went wrong, in words for this form (the host's own words where it has them). */
function useFailureText() {
  const { t } = useTranslation();
  return (error: unknown, step: Step): { title: string; description?: string } => {
    if (error instanceof ApiError) {
      const { status, detail } = error.problem;
      if (status === 401) {
        return step === 'code'
          ? { title: t('signIn.codeFailed'), description: t('signIn.codeFailedHint') }
          : { title: t('signIn.failed'), description: detail ?? t('signIn.failedHint') };
      }
      if (status === 429) {
        return {
          title: t('signIn.tooMany'),
          description:
            error.retryAfterSeconds !== undefined ? t('signIn.tooManyRetry', { seconds: error.retryAfterSeconds }) : detail,
        };
      }
    }
    const { title, detail } = describeError(error, t);
    return { title, description: detail };
  };
}

/**
 * 登录: user name and password, then (for accounts with an authenticator) the six-digit code. After
 * signing in, back to the page that sent the user here (`returnTo`), or home.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const reason = params.get('reason');
  const returnTo = safeReturnTo(params.get('returnTo'));
  const [passwordForm] = Form.useForm<PasswordValues>();
  const [codeForm] = Form.useForm<CodeValues>();
  const [step, setStep] = useState<Step>('password');
  const [failure, setFailure] = useState<{ title: string; description?: string }>();
  const signIn = useSignIn();
  const twoFactor = useTwoFactorSignIn();
  const failureText = useFailureText();
  const queryClient = useQueryClient();

  // Whoever was signed in before (an expired session, a sign-out) is gone: so is all they could see.
  // Done here, once the staff pages have unmounted, so that nothing on screen asks for it again.
  useEffect(() => queryClient.clear(), [queryClient]);

  function after(result: SignInResult) {
    if (result.status === 'TwoFactorRequired') {
      // Not kept for a second try: "back" starts over with the user name only.
      passwordForm.setFieldValue('password', '');
      setStep('code');
      return;
    }
    void navigate(returnTo, { replace: true });
  }

  /** 400s go next to their fields; anything else above the form. */
  function fail(error: unknown, form: Parameters<typeof classifySubmitError>[1], current: Step) {
    const problem = classifySubmitError(error, form);
    setFailure(problem.kind === 'fields' && problem.unplaced.length === 0 ? undefined : failureText(error, current));
  }

  async function submitPassword(values: PasswordValues) {
    setFailure(undefined);
    try {
      after(await signIn.mutateAsync({ userName: values.userName.trim(), password: values.password }));
    } catch (error) {
      // Emptied first, so that a server error placed on the field stays.
      passwordForm.setFieldValue('password', '');
      fail(error, passwordForm, 'password');
    }
  }

  async function submitCode(values: CodeValues) {
    setFailure(undefined);
    try {
      after(await twoFactor.mutateAsync(values.code.replace(/\D/g, '')));
    } catch (error) {
      codeForm.setFieldValue('code', '');
      fail(error, codeForm, 'code');
    }
  }

  function restart() {
    setStep('password');
    setFailure(undefined);
  }

  return (
    <Flex justify="center" style={{ paddingTop: 48 }}>
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <Flex vertical gap={16}>
          <div>
            <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
              {step === 'password' ? t('signIn.title') : t('signIn.codeTitle')}
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
              {step === 'password' ? t('signIn.description') : t('signIn.codeDescription')}
            </Typography.Paragraph>
          </div>

          {reason === 'expired' && step === 'password' && !failure && (
            <Alert type="warning" showIcon title={t('signIn.expired')} />
          )}
          {reason === 'signed-out' && step === 'password' && !failure && (
            <Alert type="success" showIcon title={t('signIn.signedOut')} />
          )}
          {failure && <Alert type="error" showIcon role="alert" title={failure.title} description={failure.description} />}

          {step === 'password' ? (
            <Form key="password" form={passwordForm} name="signIn" layout="vertical" requiredMark={false} onFinish={(values) => void submitPassword(values)}>
              <Form.Item name="userName" label={t('signIn.userName')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
                <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
              </Form.Item>
              <Form.Item name="password" label={t('signIn.password')} rules={[{ required: true, message: t('form.required') }]}>
                <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
                {t('signIn.submit')}
              </Button>
            </Form>
          ) : (
            <Form key="code" form={codeForm} name="signInCode" layout="vertical" requiredMark={false} onFinish={(values) => void submitCode(values)}>
              <Form.Item
                name="code"
                label={t('signIn.code')}
                extra={t('signIn.codeHint')}
                rules={[
                  { required: true, message: t('form.required') },
                  { pattern: /^\s*\d{3}[\s-]?\d{3}\s*$/, message: t('signIn.codeFormat') },
                ]}
              >
                <Input
                  prefix={<SafetyOutlined />}
                  autoComplete="one-time-code"
                  inputMode="numeric"
                  maxLength={7}
                  autoFocus
                  style={{ letterSpacing: 4 }}
                />
              </Form.Item>
              <Flex vertical gap={8}>
                <Button type="primary" htmlType="submit" block loading={twoFactor.isPending}>
                  {t('signIn.verify')}
                </Button>
                <Button type="link" onClick={restart}>
                  {t('signIn.back')}
                </Button>
              </Flex>
            </Form>
          )}
        </Flex>
      </Card>
    </Flex>
  );
}
