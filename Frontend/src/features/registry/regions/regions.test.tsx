import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../../app/i18n';
import { jsonResponse, mockApi, problemResponse } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { jilinRegions } from './regions.fixture';

const regionsRoute = 'GET /api/registry/regions';
// antd spaces out two-character Chinese button labels (重 试).
const retry = /^重\s?试$/;

function regionLine(code: string): HTMLElement {
  const line = document.querySelector<HTMLElement>(`[data-region-code="${code}"]`);
  if (!line) throw new Error(`No tree line for region ${code}`);
  return line;
}

describe('Regions page', () => {
  it('shows the province with its prefectures and their districts expanded', async () => {
    const { requestsTo } = mockApi({ [regionsRoute]: () => jsonResponse(jilinRegions()) });

    renderApp('/registry/regions');

    expect(await screen.findByText('南关区')).toBeVisible();
    expect(screen.getByText('吉林省')).toBeVisible();
    expect(screen.getByText('长春市')).toBeVisible();
    expect(screen.getByText('朝阳区')).toBeVisible();
    expect(screen.getByText('昌邑区')).toBeVisible();
    expect(within(regionLine('220000')).getByText('省')).toBeInTheDocument();
    expect(within(regionLine('220100')).getByText('市（州）')).toBeInTheDocument();
    expect(within(regionLine('220102')).getByText('县（市、区）')).toBeInTheDocument();
    expect(within(regionLine('220102')).getByText('220102')).toBeInTheDocument();
    expect(screen.getByText('共 8 个区划')).toBeInTheDocument();
    const requests = requestsTo('/api/registry/regions');
    expect(requests).toHaveLength(1);
    expect(requests[0]!.headers.get('Accept-Language')).toBe('zh-CN');
  });

  it('tags codes that are not administrative GB/T 2260 codes', async () => {
    mockApi({ [regionsRoute]: () => jsonResponse(jilinRegions()) });

    renderApp('/registry/regions');

    await screen.findByText('长春净月高新技术产业开发区');
    const zone = regionLine('220171');
    expect(within(zone).getByText('功能区')).toBeInTheDocument();
    expect(within(zone).getByText('统计用代码')).toBeInTheDocument();
    const changbaishan = regionLine('229900');
    expect(within(changbaishan).getByText('内部代码（非国标）')).toBeInTheDocument();
    expect(within(changbaishan).getByText('非 GB/T 2260 行政区划')).toBeInTheDocument();
    expect(within(regionLine('220102')).queryByText('行政区划代码')).not.toBeInTheDocument();
  });

  it('shows the empty state when there are no regions', async () => {
    mockApi({ [regionsRoute]: () => jsonResponse([]) });

    renderApp('/registry/regions');

    expect(await screen.findByText('尚无行政区划数据')).toBeInTheDocument();
    expect(screen.queryByRole('tree')).not.toBeInTheDocument();
  });

  it('shows the problem the server returned, and retrying loads the tree', async () => {
    const { requestsTo } = mockApi({
      [regionsRoute]: [
        () =>
          problemResponse({
            type: 'https://tools.ietf.org/html/rfc9110#section-15.6.4',
            title: '服务暂不可用',
            status: 503,
            detail: '数据库正在维护，请稍后再试。',
            traceId: '00-abc-def-01',
          }),
        () => jsonResponse(jilinRegions()),
      ],
    });
    const { user } = renderApp('/registry/regions');

    expect(await screen.findByText('服务暂不可用')).toBeInTheDocument();
    expect(screen.getByText('数据库正在维护，请稍后再试。')).toBeInTheDocument();
    expect(screen.getByText('追踪编号：00-abc-def-01')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: retry }));

    expect(await screen.findByText('南关区')).toBeVisible();
    expect(requestsTo('/api/registry/regions')).toHaveLength(2);
  });

  it('explains a response that is not a problem document in the interface language', async () => {
    mockApi({
      [regionsRoute]: () => new Response('<html>Bad Gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
    });

    renderApp('/registry/regions');

    expect(await screen.findByText('加载失败')).toBeInTheDocument();
    expect(screen.getByText('服务器返回了无法识别的响应（HTTP 502）。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: retry })).toBeInTheDocument();
  });

  it('reports a network failure with a retry button', async () => {
    mockApi({
      [regionsRoute]: () => {
        throw new TypeError('Failed to fetch');
      },
    });

    renderApp('/registry/regions');

    expect(await screen.findByText('无法连接到服务器，请检查网络后重试。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: retry })).toBeInTheDocument();
  });

  it('narrows the tree to regions whose name or code matches the search', async () => {
    mockApi({ [regionsRoute]: () => jsonResponse(jilinRegions()) });
    const { user } = renderApp('/registry/regions');
    await screen.findByText('南关区');
    const search = screen.getByRole('searchbox', { name: '按名称或代码搜索' });

    await user.type(search, '昌邑');
    expect(screen.getByText('吉林市')).toBeVisible();
    expect(screen.queryByText('长春市')).not.toBeInTheDocument();
    expect(screen.queryByText('南关区')).not.toBeInTheDocument();

    await user.clear(search);
    await user.type(search, '220104');
    expect(screen.getByText('朝阳区')).toBeVisible();
    expect(screen.queryByText('南关区')).not.toBeInTheDocument();

    await user.clear(search);
    await user.type(search, '不存在的地方');
    expect(screen.getByText('没有名称或代码匹配“不存在的地方”的区划')).toBeInTheDocument();

    await user.clear(search);
    expect(screen.getByText('南关区')).toBeVisible();
  });

  it('speaks English, and asks the server for English, after the switch', async () => {
    const { requestsTo } = mockApi({ [regionsRoute]: () => jsonResponse(jilinRegions()) });
    await chooseLanguage('en');

    renderApp('/registry/regions');

    expect(await screen.findByRole('heading', { name: 'Regions' })).toBeInTheDocument();
    await screen.findByText('南关区');
    expect(within(regionLine('220000')).getByText('Province')).toBeInTheDocument();
    expect(within(regionLine('220100')).getByText('Prefecture')).toBeInTheDocument();
    expect(within(regionLine('220102')).getByText('County')).toBeInTheDocument();
    expect(within(regionLine('220171')).getByText('Statistical code')).toBeInTheDocument();
    expect(within(regionLine('229900')).getByText('Internal code (not GB/T 2260)')).toBeInTheDocument();
    expect(screen.getByText('8 regions')).toBeInTheDocument();
    await waitFor(() => expect(requestsTo('/api/registry/regions')[0]?.headers.get('Accept-Language')).toBe('en'));
  });
});
