import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jilinRegions } from '../../registry/regions/regions.fixture';
import {
  jsonResponse,
  mockApi,
  problemResponse,
  session,
  sessionRoute,
  testAntiforgeryToken,
  unauthorized,
} from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';

const signInRoute = 'POST /api/auth/sign-in';
const codeRoute = 'POST /api/auth/sign-in/two-factor';
const regionsRoute = 'GET /api/registry/regions';
const wrongPassword = () =>
  problemResponse({
    type: 'urn:lawyerwork:problem:sign-in-failed',
    title: '未授权',
    status: 401,
    code: 'sign-in-failed',
    detail: '用户名或密码错误，或账户已被锁定。连续 5 次失败将锁定 15 分钟。',
  });
// antd spaces out two-character Chinese button labels (登 录).
const button = (label: string) => screen.getByRole('button', { name: new RegExp(`^${[...label].join('\\s?')}$`) });

async function fillPassword(user: ReturnType<typeof renderApp>['user'], userName = 'li.ming', password = 'Correct-Horse-42') {
  await user.type(await screen.findByLabelText('用户名'), userName);
  await user.type(screen.getByLabelText('密码'), password);
  await user.click(button('登录'));
}

describe('Sign-in', () => {
  it('sends a page without a session to sign in, and back to it afterwards, with a fresh antiforgery token', async () => {
    const { requestsTo } = mockApi({
      [sessionRoute]: [unauthorized, () => jsonResponse(session())],
      [signInRoute]: () => jsonResponse({ status: 'SignedIn', session: session() }),
      [regionsRoute]: () => jsonResponse(jilinRegions()),
    });
    const { user, router } = renderApp('/registry/regions?q=%E9%95%BF%E6%98%A5');

    expect(await screen.findByRole('heading', { name: '登录' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(router.state.location.search).get('returnTo')).toBe('/registry/regions?q=%E9%95%BF%E6%98%A5');
    // Nobody was signed in: no "expired" message.
    expect(screen.queryByText('会话已过期，请重新登录')).not.toBeInTheDocument();

    await fillPassword(user);

    await waitFor(() => expect(router.state.location.pathname).toBe('/registry/regions'));
    expect(router.state.location.search).toBe('?q=%E9%95%BF%E6%98%A5');
    const [request] = requestsTo('/api/auth/sign-in');
    expect(request!.body).toEqual({ userName: 'li.ming', password: 'Correct-Horse-42' });
    expect(request!.headers.get('X-XSRF-TOKEN')).toBe(testAntiforgeryToken);
    expect(requestsTo('/api/auth/antiforgery')).toHaveLength(1);
    expect(await screen.findByRole('heading', { name: '行政区划' })).toBeInTheDocument();
    // The session came with the sign-in answer: the page did not ask again.
    expect(requestsTo('/api/auth/session')).toHaveLength(1);
  });

  it('shows the server’s message on the form for a wrong password, and empties the password', async () => {
    mockApi({ [signInRoute]: wrongPassword });
    const { user, router } = renderApp('/sign-in');

    await fillPassword(user, 'li.ming', 'wrong-password');

    expect(await screen.findByText('登录失败')).toBeInTheDocument();
    expect(screen.getByText('用户名或密码错误，或账户已被锁定。连续 5 次失败将锁定 15 分钟。')).toBeInTheDocument();
    expect(screen.getByLabelText('密码')).toHaveValue('');
    expect(screen.getByLabelText('用户名')).toHaveValue('li.ming');
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('asks for the authenticator code when the account has one, says so when the code is wrong, and signs in with the right one', async () => {
    const { requestsTo } = mockApi({
      [signInRoute]: () => jsonResponse({ status: 'TwoFactorRequired', session: null }),
      [codeRoute]: [
        () => problemResponse({ type: 'urn:lawyerwork:problem:sign-in-failed', title: '未授权', status: 401, code: 'sign-in-failed' }),
        () => jsonResponse({ status: 'SignedIn', session: session({ role: 'system-administrator' }) }),
      ],
      [regionsRoute]: () => jsonResponse(jilinRegions()),
    });
    const { user, router } = renderApp('/sign-in?returnTo=%2Fregistry%2Fregions');

    await fillPassword(user, 'admin', 'Admin-Password-1');

    expect(await screen.findByRole('heading', { name: '双因素验证' })).toBeInTheDocument();
    const code = screen.getByLabelText('验证码');
    await user.type(code, '12345');
    await user.click(button('验证'));
    expect(await screen.findByText('请输入 6 位数字')).toBeInTheDocument();
    expect(requestsTo('/api/auth/sign-in/two-factor')).toHaveLength(0);

    await user.type(code, '6');
    await user.click(button('验证'));
    expect(await screen.findByText('验证码不正确')).toBeInTheDocument();
    expect(screen.getByLabelText('验证码')).toHaveValue('');

    await user.type(screen.getByLabelText('验证码'), '654 321');
    await user.click(button('验证'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/registry/regions'));
    const [first, second] = requestsTo('/api/auth/sign-in/two-factor');
    expect(first!.body).toEqual({ code: '123456' });
    expect(second!.body).toEqual({ code: '654321' });
    expect(second!.headers.get('X-XSRF-TOKEN')).toBe(testAntiforgeryToken);
  });

  it('says when to try again after too many attempts (429 with Retry-After)', async () => {
    mockApi({
      [signInRoute]: () =>
        new Response(JSON.stringify({ type: 'about:blank', title: 'Too Many Requests', status: 429, detail: '请求过于频繁，请在 42 秒后重试。' }), {
          status: 429,
          headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '42' },
        }),
    });
    const { user } = renderApp('/sign-in');

    await fillPassword(user);

    expect(await screen.findByText('尝试过于频繁')).toBeInTheDocument();
    expect(screen.getByText('请在 42 秒后重试。')).toBeInTheDocument();
  });

  it('puts the server’s field errors next to the fields (400)', async () => {
    mockApi({
      [signInRoute]: () =>
        problemResponse({
          type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
          title: '一个或多个字段无效',
          status: 400,
          errors: { password: ['此项为必填项。'] },
        }),
    });
    const { user } = renderApp('/sign-in');

    await fillPassword(user, 'li.ming', ' ');

    expect(await screen.findByText('此项为必填项。')).toBeInTheDocument();
  });

  it('never follows a returnTo that leaves the site', async () => {
    mockApi({
      [signInRoute]: () => jsonResponse({ status: 'SignedIn', session: session() }),
      [regionsRoute]: () => jsonResponse(jilinRegions()),
    });
    const { user, router } = renderApp('/sign-in?returnTo=%2F%2Fevil.example%2Fphish');

    await fillPassword(user);

    // `/` leads home (the regions page).
    await waitFor(() => expect(router.state.location.pathname).toBe('/registry/regions'));
  });

  it('is available in English, with the language switch', async () => {
    mockApi({});
    const { user } = renderApp('/sign-in?reason=expired');
    expect(await screen.findByText('会话已过期，请重新登录')).toBeInTheDocument();

    await user.click(screen.getByText('English'));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText('Your session expired; sign in again')).toBeInTheDocument();
    expect(screen.getByLabelText('User name')).toBeInTheDocument();
  });
});
