import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jilinRegions } from '../features/registry/regions/regions.fixture';
import { testIdentityStorageKey } from '../shared/auth/testIdentity';
import { jsonResponse, mockApi, problemResponse, sessionResponse, sessionRoute } from '../test/fetchMock';
import { renderApp } from '../test/renderApp';

const regionsRoute = 'GET /api/registry/regions';
const menu = () => within(screen.getByRole('navigation', { name: '主导航' }));

describe('Test identity and menus', () => {
  it('sends the default identity (provincial officer, whole province) and shows it in the header', async () => {
    const { requestsTo } = mockApi({ [regionsRoute]: () => jsonResponse(jilinRegions()) });

    renderApp('/registry/regions');

    expect(await screen.findByText('测试身份')).toBeInTheDocument();
    expect(screen.getByText('省司法厅工作人员')).toBeInTheDocument();
    const session = requestsTo('/api/auth/session')[0]!;
    expect(session.headers.get('X-Test-Role')).toBe('provincial-officer');
    expect(session.headers.get('X-Test-Scope')).toBe('region:220000');
    expect(requestsTo('/api/registry/regions')[0]!.headers.get('X-Test-Role')).toBe('provincial-officer');
    expect(await menu().findByRole('link', { name: '律师事务所' })).toHaveAttribute('href', '/registry/firms');
    expect(menu().getByRole('link', { name: '律师' })).toHaveAttribute('href', '/registry/lawyers');
  });

  it('shows only the pages the session’s permissions allow', async () => {
    mockApi({
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [sessionRoute]: () => sessionResponse('auditor', 'region:220100', ['access.session', 'registry.firms.read']),
    });

    renderApp('/registry/regions');

    expect(await menu().findByRole('link', { name: '律师事务所' })).toBeInTheDocument();
    expect(menu().getByRole('link', { name: '行政区划' })).toBeInTheDocument();
    expect(menu().queryByRole('link', { name: '律师' })).not.toBeInTheDocument();
  });

  it('says “not signed in” and offers no picker where the host ignores test headers (401)', async () => {
    mockApi({
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [sessionRoute]: () => problemResponse({ type: 'about:blank', title: '未登录', status: 401, detail: '请先登录。' }),
    });

    renderApp('/registry/regions');

    expect(await screen.findByText('未登录')).toBeInTheDocument();
    expect(screen.queryByText('测试身份')).not.toBeInTheDocument();
    expect(menu().queryByRole('link', { name: '律师事务所' })).not.toBeInTheDocument();
    expect(menu().getByRole('link', { name: '行政区划' })).toBeInTheDocument();
  });

  it('switches identity, remembers it, and asks again as the new identity', async () => {
    const { requestsTo } = mockApi({
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [sessionRoute]: [() => sessionResponse(), () => sessionResponse('city-officer', 'region:220100')],
    });
    const { user } = renderApp('/registry/regions');
    await user.click(await screen.findByRole('button', { name: '切换测试身份' }));

    fireEvent.mouseDown(await screen.findByLabelText('角色'));
    await user.click(await screen.findByTitle('市（州）司法局工作人员'));
    const scope = screen.getByLabelText('数据范围');
    await user.clear(scope);
    await user.type(scope, 'region:22');
    expect(screen.getByText('格式应为 region:220000、firm:{UUID} 或 self:{UUID}')).toBeInTheDocument();
    await user.type(scope, '0100');
    await user.click(screen.getByRole('button', { name: /应\s?用/ }));

    expect(await screen.findByText('市（州）司法局工作人员')).toBeInTheDocument();
    expect(JSON.parse(window.localStorage.getItem(testIdentityStorageKey)!)).toEqual({
      role: 'city-officer',
      scope: 'region:220100',
    });
    await waitFor(() => expect(requestsTo('/api/auth/session').at(-1)!.headers.get('X-Test-Role')).toBe('city-officer'));
    expect(requestsTo('/api/auth/session').at(-1)!.headers.get('X-Test-Scope')).toBe('region:220100');
  });
});
