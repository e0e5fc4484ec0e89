import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { firmSummary, listPage } from '../../features/registry/common/registry.fixture';
import { jilinRegions } from '../../features/registry/regions/regions.fixture';
import { jsonResponse, mockApi, problemResponse } from '../../test/fetchMock';
import { renderApp } from '../../test/renderApp';

const firmsRoute = 'GET /api/registry/firms';
const regionsRoute = 'GET /api/registry/regions';

const manyFirms = (page: number, pageSize = 20) =>
  listPage(
    Array.from({ length: pageSize }, (_, i) => firmSummary({ id: `firm-${page}-${i}`, name: `第${page}页律所${i}` })),
    { page, pageSize, totalCount: 45 },
  );

function searchParams(router: ReturnType<typeof renderApp>['router']) {
  return new URLSearchParams(router.state.location.search);
}

/** antd's Select: open it, then pick the option (rendered in a portal). */
async function choose(user: ReturnType<typeof renderApp>['user'], label: string, option: string) {
  const select = screen.getByRole('combobox', { name: label });
  fireEvent.mouseDown(select);
  const choice = await screen.findByTitle(option);
  await user.click(choice);
}

describe('ListPage (on the firms list)', () => {
  it('sends the filters to the API and writes them into the URL', async () => {
    const { requestsTo } = mockApi({
      [firmsRoute]: () => jsonResponse(listPage([firmSummary()])),
      [regionsRoute]: () => jsonResponse(jilinRegions()),
    });
    const { user, router } = renderApp('/registry/firms');
    expect(await screen.findByRole('link', { name: '吉林正道律师事务所' })).toBeInTheDocument();
    expect(requestsTo('/api/registry/firms')[0]!.url.searchParams.get('sort')).toBe('name');

    const filters = within(screen.getByRole('search', { name: '筛选条件' }));
    await user.type(filters.getByRole('textbox', { name: '律所名称' }), '正道');
    await choose(user, '状态', '停业');
    await choose(user, '规模', '中型');
    await user.click(filters.getByRole('button', { name: /查\s?询/ }));

    await waitFor(() => expect(searchParams(router).get('name')).toBe('正道'));
    expect(searchParams(router).get('status')).toBe('Suspended');
    expect(searchParams(router).get('sizeBand')).toBe('Medium');
    await waitFor(() => expect(requestsTo('/api/registry/firms')).toHaveLength(2));
    const sent = requestsTo('/api/registry/firms')[1]!.url.searchParams;
    expect(sent.get('name')).toBe('正道');
    expect(sent.get('status')).toBe('Suspended');
    expect(sent.get('sizeBand')).toBe('Medium');
    expect(sent.get('page')).toBe('1');
    expect(sent.get('pageSize')).toBe('20');
  });

  it('sorts on the server by the column clicked, ascending then descending', async () => {
    const { requestsTo } = mockApi({ [firmsRoute]: () => jsonResponse(listPage([firmSummary()])) });
    const { user, router } = renderApp('/registry/firms');
    await screen.findByRole('link', { name: '吉林正道律师事务所' });

    await user.click(screen.getByRole('columnheader', { name: /成立日期/ }));
    await waitFor(() => expect(searchParams(router).get('sort')).toBe('foundedOn'));
    await waitFor(() => expect(requestsTo('/api/registry/firms').at(-1)!.url.searchParams.get('sort')).toBe('foundedOn'));

    await user.click(screen.getByRole('columnheader', { name: /成立日期/ }));
    await waitFor(() => expect(searchParams(router).get('sort')).toBe('-foundedOn'));
    await waitFor(() => expect(requestsTo('/api/registry/firms').at(-1)!.url.searchParams.get('sort')).toBe('-foundedOn'));

    await user.click(screen.getByRole('columnheader', { name: /执业律师人数/ }));
    await waitFor(() => expect(searchParams(router).get('sort')).toBe('lawyerCount'));
  });

  it('pages on the server, keeping the page in the URL', async () => {
    const { requestsTo } = mockApi({
      [firmsRoute]: [() => jsonResponse(manyFirms(1)), () => jsonResponse(manyFirms(2))],
    });
    const { user, router } = renderApp('/registry/firms');
    await screen.findByText('第1页律所0');
    expect(screen.getByText('共 45 条')).toBeInTheDocument();

    await user.click(screen.getByTitle('2'));

    await screen.findByText('第2页律所0');
    expect(searchParams(router).get('page')).toBe('2');
    expect(requestsTo('/api/registry/firms').at(-1)!.url.searchParams.get('page')).toBe('2');
  });

  it('restores filters, sort and page from the URL (a reload or a shared link)', async () => {
    const { requestsTo } = mockApi({
      [firmsRoute]: () => jsonResponse(manyFirms(3, 10)),
      [regionsRoute]: () => jsonResponse(jilinRegions()),
    });

    renderApp('/registry/firms?name=%E6%AD%A3%E9%81%93&regionCode=220100&sort=-foundedOn&page=3&pageSize=10');

    await screen.findByText('第3页律所0');
    const sent = requestsTo('/api/registry/firms')[0]!.url.searchParams;
    expect(Object.fromEntries(sent)).toEqual({ name: '正道', regionCode: '220100', sort: '-foundedOn', page: '3', pageSize: '10' });
    expect(screen.getByRole('textbox', { name: '律所名称' })).toHaveValue('正道');
    expect(screen.getByRole('columnheader', { name: /成立日期/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('shows an empty state that says the filters match nothing', async () => {
    mockApi({ [firmsRoute]: () => jsonResponse(listPage([])) });

    renderApp('/registry/firms?status=Cancelled');

    expect(await screen.findByText('没有符合条件的记录')).toBeInTheDocument();
  });

  it('shows the server’s complaint about a filter under that filter', async () => {
    mockApi({
      [firmsRoute]: () =>
        problemResponse({
          type: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1',
          title: '一个或多个字段无效',
          status: 400,
          errors: { uscc: ['统一社会信用代码为 18 位。'] },
        }),
    });

    renderApp('/registry/firms?uscc=123');

    expect(await screen.findByText('统一社会信用代码为 18 位。')).toBeInTheDocument();
    expect(screen.getByText('一个或多个字段无效')).toBeInTheDocument();
  });

  it('exports the same filtered, sorted set as CSV under the server’s file name', async () => {
    const saved: { name: string; blob: Blob }[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      saved.push({ name: '', blob });
      return 'blob:firms';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved[saved.length - 1]!.name = this.download;
    });
    const { requestsTo } = mockApi({
      [firmsRoute]: () => jsonResponse(listPage([firmSummary()])),
      'GET /api/registry/firms/export': () =>
        new Response('\uFEFF律所名称\r\n吉林正道律师事务所\r\n', {
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition':
              "attachment; filename*=UTF-8''%E5%BE%8B%E5%B8%88%E4%BA%8B%E5%8A%A1%E6%89%80-20261125.csv; filename=%E5%BE%8B%E5%B8%88%E4%BA%8B%E5%8A%A1%E6%89%80-20261125.csv",
          },
        }),
    });
    const { user } = renderApp('/registry/firms?status=Practising&sort=-foundedOn&page=2');
    await screen.findByRole('link', { name: '吉林正道律师事务所' });

    await user.click(screen.getByRole('button', { name: /导出 CSV/ }));

    await waitFor(() => expect(clicked).toHaveBeenCalled());
    const exported = requestsTo('/api/registry/firms/export')[0]!;
    expect(Object.fromEntries(exported.url.searchParams)).toEqual({ format: 'csv', status: 'Practising', sort: '-foundedOn' });
    // The session cookie goes along by itself; the SPA names nobody in headers.
    expect(exported.headers.get('X-Test-Role')).toBeNull();
    expect(saved[0]!.name).toBe('律师事务所-20261125.csv');
    expect(await saved[0]!.blob.text()).toContain('吉林正道律师事务所');
  });
});
