import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { firmDetails, firmId, firmSummary, listPage } from '../features/registry/common/registry.fixture';
import { jilinRegions } from '../features/registry/regions/regions.fixture';
import {
  administratorPermissions,
  antiforgeryResponse,
  jsonResponse,
  mockApi,
  problemResponse,
  sessionResponse,
  sessionRoute,
  testAntiforgeryToken,
  unauthorized,
} from '../test/fetchMock';
import { renderApp } from '../test/renderApp';
import { versionedResponse } from '../test/versioned';

const regionsRoute = 'GET /api/registry/regions';
const firmsRoute = 'GET /api/registry/firms';
const menu = async () => within(await screen.findByRole('navigation', { name: '主导航' }));

describe('Session: expiry, antiforgery and sign-out', () => {
  it('sends the user to sign in when an API call answers 401, coming back to the same page, and forgets what was cached', async () => {
    mockApi({
      [firmsRoute]: [() => jsonResponse(listPage([firmSummary()])), unauthorized],
      [regionsRoute]: () => jsonResponse(jilinRegions()),
    });
    const { user, router, queryClient } = renderApp('/registry/firms?status=Practising');
    await screen.findByRole('link', { name: '吉林正道律师事务所' });

    // The next request finds the session gone.
    await user.click(screen.getByRole('columnheader', { name: /成立日期/ }));

    expect(await screen.findByText('会话已过期，请重新登录')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('returnTo')).toBe('/registry/firms?status=Practising&sort=foundedOn');
    expect(params.get('reason')).toBe('expired');
    await waitFor(() => expect(queryClient.getQueryCache().getAll().map((q) => q.queryKey)).toEqual([]));
  });

  it('echoes the XSRF-TOKEN cookie on unsafe requests, fetching a token first when there is none', async () => {
    const { requestsTo } = mockApi({
      [`GET /api/registry/firms/${firmId}`]: () => versionedResponse(firmDetails()),
      [`POST /api/registry/firms/${firmId}/suspension`]: () =>
        versionedResponse(firmDetails({ version: 4, status: 'Suspended', statusChangedOn: '2026-11-20', statusReason: '整顿' })),
    });
    const { user } = renderApp(`/registry/firms/${firmId}`);
    await screen.findByRole('heading', { name: '吉林正道律师事务所' });
    // Reads need no token.
    expect(requestsTo('/api/auth/antiforgery')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: /^停\s?业$/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('原因'), '整顿');
    await user.click(within(dialog).getByRole('button', { name: '确认停业' }));

    await waitFor(() => expect(requestsTo(`/api/registry/firms/${firmId}/suspension`)).toHaveLength(1));
    expect(requestsTo('/api/auth/antiforgery')).toHaveLength(1);
    expect(requestsTo(`/api/registry/firms/${firmId}/suspension`)[0]!.headers.get('X-XSRF-TOKEN')).toBe(testAntiforgeryToken);
    expect(requestsTo(`/api/registry/firms/${firmId}/suspension`)[0]!.headers.get('If-Match')).toBe('"3"');
  });

  it('retries once with a fresh token when the host refuses a stale one', async () => {
    document.cookie = 'XSRF-TOKEN=token-of-somebody-else; path=/';
    const { requestsTo } = mockApi({
      'GET /api/auth/antiforgery': () => antiforgeryResponse('fresh-token'),
      'POST /api/auth/sign-out': [
        () =>
          problemResponse({
            type: 'urn:lawyerwork:problem:antiforgery-token-invalid',
            title: '请求无效',
            status: 400,
            code: 'antiforgery-token-invalid',
          }),
        () => new Response(null, { status: 204 }),
      ],
      [regionsRoute]: () => jsonResponse(jilinRegions()),
    });
    const { user, router } = renderApp('/registry/regions');

    await user.click(await screen.findByRole('button', { name: '用户菜单：李明' }));
    await user.click(await screen.findByText('退出登录'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    const [refused, retried] = requestsTo('/api/auth/sign-out');
    expect(refused!.headers.get('X-XSRF-TOKEN')).toBe('token-of-somebody-else');
    expect(retried!.headers.get('X-XSRF-TOKEN')).toBe('fresh-token');
    expect(requestsTo('/api/auth/antiforgery')).toHaveLength(1);
  });

  it('shows who is signed in, and signs out from the user menu to the sign-in page', async () => {
    const { requestsTo } = mockApi({
      [sessionRoute]: () => sessionResponse('city-officer', 'region:220100', undefined, { displayName: '王芳' }),
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      'POST /api/auth/sign-out': () => new Response(null, { status: 204 }),
    });
    const { user, router, queryClient } = renderApp('/registry/regions');

    const userMenu = await screen.findByRole('button', { name: '用户菜单：王芳' });
    expect(within(userMenu).getByText('市（州）司法局工作人员')).toBeInTheDocument();
    await user.click(userMenu);
    expect(await screen.findByText(/长春市（220100）/)).toBeInTheDocument();
    expect(screen.getByText('账户设置')).toBeInTheDocument();

    await user.click(screen.getByText('退出登录'));

    expect(await screen.findByText('你已退出登录。')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    const [signOut] = requestsTo('/api/auth/sign-out');
    expect(signOut!.method).toBe('POST');
    expect(signOut!.headers.get('X-XSRF-TOKEN')).toBe(testAntiforgeryToken);
    await waitFor(() => expect(queryClient.getQueryCache().getAll()).toHaveLength(0));
  });
});

describe('Permissions: menu and 403', () => {
  it('shows the administration group only to a session with access.manage', async () => {
    mockApi({
      [sessionRoute]: () => sessionResponse('system-administrator', 'region:220000', administratorPermissions),
      [regionsRoute]: () => jsonResponse(jilinRegions()),
    });
    renderApp('/registry/regions');

    const nav = await menu();
    expect(await nav.findByText('系统管理')).toBeInTheDocument();
    expect(nav.getByRole('link', { name: '用户管理' })).toHaveAttribute('href', '/admin/users');
    expect(nav.getByRole('link', { name: '外部系统接入' })).toHaveAttribute('href', '/admin/clients');
  });

  it('leaves out what the session’s permissions do not allow', async () => {
    mockApi({
      [sessionRoute]: () => sessionResponse('auditor', 'region:220100', ['access.session', 'registry.firms.read']),
      [regionsRoute]: () => jsonResponse(jilinRegions()),
    });
    renderApp('/registry/regions');

    const nav = await menu();
    expect(await nav.findByRole('link', { name: '律师事务所' })).toBeInTheDocument();
    expect(nav.getByRole('link', { name: '行政区划' })).toBeInTheDocument();
    expect(nav.queryByRole('link', { name: '律师' })).not.toBeInTheDocument();
    expect(nav.queryByText('系统管理')).not.toBeInTheDocument();
  });

  it('shows the 403 page for a route whose permission the session lacks', async () => {
    const { requestsTo } = mockApi({});
    const { user, router } = renderApp('/admin/users');

    expect(await screen.findByText('无权访问此页面')).toBeInTheDocument();
    expect(screen.getByText('403')).toBeInTheDocument();
    expect(requestsTo('/api/access/users')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: '返回首页' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/registry/regions'));
  });

  it('shows the 403 page when the API refuses the page’s data', async () => {
    mockApi({
      [firmsRoute]: () => problemResponse({ type: 'https://tools.ietf.org/html/rfc9110#section-15.5.4', title: '禁止访问', status: 403 }),
    });
    renderApp('/registry/firms');

    expect(await screen.findByText('无权访问此页面')).toBeInTheDocument();
  });

  it('in English too', async () => {
    mockApi({});
    const { user } = renderApp('/admin/clients');
    await screen.findByText('无权访问此页面');

    await user.click(screen.getByText('English'));

    expect(await screen.findByText('You do not have access to this page')).toBeInTheDocument();
  });
});
