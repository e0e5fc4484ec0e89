import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jilinRegions } from '../../registry/regions/regions.fixture';
import {
  administratorPermissions,
  jsonResponse,
  mockApi,
  problemResponse,
  sessionResponse,
  sessionRoute,
  testAntiforgeryToken,
} from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { formatSharedKey } from './useAccount';

const regionsRoute = 'GET /api/registry/regions';
const sharedKey = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const enrolment = {
  sharedKey,
  authenticatorUri: `otpauth://totp/LawyerWork:admin?secret=${sharedKey}&issuer=LawyerWork&digits=6&period=30`,
};
const pendingAdministrator = () =>
  sessionResponse('system-administrator', 'region:220000', ['access.session'], { displayName: '系统管理员甲', twoFactorEnrolmentRequired: true });
const button = (label: string) => screen.getByRole('button', { name: new RegExp(`^${[...label].join('\\s?')}$`) });

describe('Two-factor enrolment', () => {
  it('formats the shared key in groups of four', () => {
    expect(formatSharedKey(sharedKey)).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(formatSharedKey('ABCDEF')).toBe('ABCD EF');
  });

  it('holds an administrator without a second factor on the enrolment page until a code turns it on', async () => {
    const { requestsTo } = mockApi({
      [sessionRoute]: [pendingAdministrator, () => sessionResponse('system-administrator', 'region:220000', administratorPermissions)],
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      'POST /api/auth/two-factor/enrolment': () => jsonResponse(enrolment),
      'GET /api/access/users': () => jsonResponse({ items: [], page: 1, pageSize: 20, totalCount: 0, nextCursor: null }),
      'POST /api/auth/two-factor/activation': [
        () =>
          problemResponse({
            type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
            title: '一个或多个字段无效',
            status: 400,
            errors: { code: ['验证码不正确，请输入验证器应用当前显示的 6 位数字。'] },
          }),
        () => new Response(null, { status: 204 }),
      ],
    });
    const { user, router } = renderApp('/admin/users');

    expect(await screen.findByRole('heading', { name: '设置双因素认证' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/account/two-factor');
    expect(new URLSearchParams(router.state.location.search).get('returnTo')).toBe('/admin/users');
    expect(screen.getByText('必须设置双因素认证')).toBeInTheDocument();
    // Nothing else to go to until it is done.
    expect(within(screen.getByRole('navigation', { name: '主导航' })).queryAllByRole('link')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: /生成密钥/ }));

    expect(await screen.findByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: enrolment.authenticatorUri })).toHaveAttribute('href', enrolment.authenticatorUri);
    expect(requestsTo('/api/auth/two-factor/enrolment')[0]!.headers.get('X-XSRF-TOKEN')).toBe(testAntiforgeryToken);

    await user.type(screen.getByLabelText('验证码'), '000000');
    await user.click(button('启用'));
    expect(await screen.findByText('验证码不正确，请输入验证器应用当前显示的 6 位数字。')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('验证码'));
    await user.type(screen.getByLabelText('验证码'), '123456');
    await user.click(button('启用'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/users'));
    expect(requestsTo('/api/auth/two-factor/activation')[1]!.body).toEqual({ code: '123456' });
    expect(await screen.findByRole('heading', { name: '用户管理' })).toBeInTheDocument();
  });
});

describe('Account settings', () => {
  it('shows who I am, and puts the server’s password complaints next to the fields', async () => {
    const { requestsTo } = mockApi({
      [sessionRoute]: () => sessionResponse('city-officer', 'region:220100', undefined, { displayName: '王芳' }),
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      'POST /api/auth/password': [
        () =>
          problemResponse({
            type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
            title: '一个或多个字段无效',
            status: 400,
            errors: { currentPassword: ['当前密码不正确。'], newPassword: ['密码须包含数字。'] },
          }),
        () => new Response(null, { status: 204 }),
      ],
    });
    const { user } = renderApp('/account');

    expect(await screen.findByRole('heading', { name: '账户设置' })).toBeInTheDocument();
    // In the header's user menu and in the profile.
    expect(screen.getAllByText('王芳')).toHaveLength(2);
    expect(await screen.findByText('长春市（220100）')).toBeInTheDocument();
    expect(screen.getByText('你的角色不强制使用双因素认证。')).toBeInTheDocument();

    await user.type(screen.getByLabelText('当前密码'), 'Old-password-1');
    await user.type(screen.getByLabelText('新密码'), 'New-password-x');
    await user.type(screen.getByLabelText('确认新密码'), 'New-password-y');
    await user.click(screen.getByRole('button', { name: '修改密码' }));
    expect(await screen.findByText('两次输入的新密码不一致')).toBeInTheDocument();
    expect(requestsTo('/api/auth/password')).toHaveLength(0);

    await user.clear(screen.getByLabelText('确认新密码'));
    await user.type(screen.getByLabelText('确认新密码'), 'New-password-x');
    await user.click(screen.getByRole('button', { name: '修改密码' }));

    expect(await screen.findByText('当前密码不正确。')).toBeInTheDocument();
    expect(screen.getByText('密码须包含数字。')).toBeInTheDocument();
    expect(requestsTo('/api/auth/password')[0]!.body).toEqual({ currentPassword: 'Old-password-1', newPassword: 'New-password-x' });

    await user.click(screen.getByRole('button', { name: '修改密码' }));
    expect(await screen.findByText('密码已修改')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('当前密码')).toHaveValue(''));
  });
});
