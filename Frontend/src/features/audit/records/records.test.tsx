import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { auditorPermissions, jsonResponse, mockApi, problemResponse, sessionResponse, sessionRoute } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { listPage } from '../../registry/common/registry.fixture';
import { jilinRegions } from '../../registry/regions/regions.fixture';
import { auditEntry } from '../common/audit.fixture';

const recordsRoute = 'GET /api/audit/records';
const auditor = () => sessionResponse('auditor', 'region:220000', auditorPermissions, { displayName: '审计员' });

function base(extra: Record<string, (() => Response) | (() => Response)[]> = {}) {
  return {
    [sessionRoute]: auditor,
    'GET /api/registry/regions': () => jsonResponse(jilinRegions()),
    ...extra,
  };
}

const from = '2026-11-01T00:00:00.000Z';
const to = '2026-11-27T00:00:00.000Z';

describe('Audit records', () => {
  it('lists newest first, sends the filters in the query, and exports the same filtered set', async () => {
    const createObjectURL = vi.fn(() => 'blob:audit');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { requestsTo } = mockApi(
      base({
        [recordsRoute]: () => jsonResponse(listPage([auditEntry()])),
        'GET /api/audit/records/export': () =>
          new Response('\uFEFF序号,时间（UTC）\r\n42,2026-11-26 08:15:30.123456\r\n', {
            headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename=audit-records-20261126.csv' },
          }),
      }),
    );
    const { user, router } = renderApp(`/audit/records?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);

    expect(await screen.findByText('RegisterFirm')).toBeInTheDocument();
    expect(screen.getByText('省司法厅工作人员')).toBeInTheDocument();
    expect(screen.getByText('成功')).toBeInTheDocument();
    expect(await screen.findByText('朝阳区（220104）')).toBeInTheDocument();
    const first = requestsTo('/api/audit/records')[0]!.url.searchParams;
    expect(first.get('sort')).toBe('-recordedAt');
    expect(first.get('from')).toBe(from);
    expect(first.get('to')).toBe(to);

    await user.type(screen.getByLabelText('操作人'), '李明');
    await user.type(screen.getByLabelText('操作'), 'RegisterFirm');
    await user.type(screen.getByLabelText('对象类型'), 'Firm');
    await user.type(screen.getByLabelText('对象编号'), 'f-1');
    fireEvent.mouseDown(screen.getByLabelText('结果'));
    await user.click(await screen.findByTitle('拒绝'));
    await user.type(screen.getByLabelText('区划'), '220104');
    await user.click(await screen.findByTitle('朝阳区（220104）'));
    await user.click(screen.getByText(/^查\s?询$/).closest('button')!);

    await waitFor(() => expect(requestsTo('/api/audit/records')).toHaveLength(2));
    const sent = Object.fromEntries(requestsTo('/api/audit/records')[1]!.url.searchParams);
    expect(sent).toEqual({
      actor: '李明',
      operation: 'RegisterFirm',
      targetType: 'Firm',
      targetId: 'f-1',
      outcome: 'Denied',
      regionCode: '220104',
      from,
      to,
      sort: '-recordedAt',
      page: '1',
      pageSize: '20',
    });
    // The default sort stays out of the URL.
    expect(new URLSearchParams(router.state.location.search).get('sort')).toBeNull();
    expect(new URLSearchParams(router.state.location.search).get('outcome')).toBe('Denied');

    await user.click(screen.getByText(/导出 CSV/).closest('button')!);
    await waitFor(() => expect(clicked).toHaveBeenCalled());
    expect(Object.fromEntries(requestsTo('/api/audit/records/export')[0]!.url.searchParams)).toEqual({
      format: 'csv',
      actor: '李明',
      operation: 'RegisterFirm',
      targetType: 'Firm',
      targetId: 'f-1',
      outcome: 'Denied',
      regionCode: '220104',
      from,
      to,
    });
  });

  it('opens a record: its changed fields as a table, trace and client address; unsealed records and plain details too', async () => {
    mockApi(
      base({
        [recordsRoute]: () =>
          jsonResponse(
            listPage([
              auditEntry(),
              auditEntry({
                id: '01a21518-aaaa-7000-8000-00000000000b',
                sequence: null,
                sealed: false,
                operation: 'ExportAuditRecords',
                targetType: null,
                targetId: null,
                regionCode: null,
                details: '?format=csv&outcome=Denied',
                role: 'auditor',
                actorName: '审计员',
              }),
            ]),
          ),
      }),
    );
    renderApp('/audit/records');

    const registered = await screen.findByText('RegisterFirm');
    expect(screen.getByText('42')).toBeInTheDocument();
    expect(screen.getByText('未封存')).toBeInTheDocument();

    fireEvent.click(registered);
    expect(await screen.findByText('审计记录：RegisterFirm')).toBeInTheDocument();
    const changes = await screen.findByTestId('audit-changes');
    for (const header of ['字段', '修改前', '修改后']) expect(within(changes).getByText(header)).toBeInTheDocument();
    const nameRow = within(changes).getByText('Name').closest('tr')!;
    expect(within(nameRow).getByText('（空）')).toBeInTheDocument();
    expect(within(nameRow).getByText('吉林正道律师事务所')).toBeInTheDocument();
    expect(within(within(changes).getByText('Version').closest('tr')!).getByText('0')).toBeInTheDocument();
    const record = screen.getByTestId('audit-record');
    expect(within(record).getByText('4bf92f3577b34da6a3ce929d0e0e4736')).toBeInTheDocument();
    expect(within(record).getByText('10.1.2.3')).toBeInTheDocument();
    expect(within(record).getByText('01a21518-0000-7000-8000-0000000000f1')).toBeInTheDocument();

    fireEvent.click(screen.getByText('ExportAuditRecords'));
    expect(await screen.findByText('审计记录：ExportAuditRecords')).toBeInTheDocument();
    expect(await screen.findByTestId('audit-details-text')).toHaveTextContent('?format=csv&outcome=Denied');
    expect(within(screen.getByTestId('audit-record')).getByText('未封存')).toBeInTheDocument();
  });

  it('shows the empty state, and the server’s complaint about the time range under the filter', async () => {
    mockApi(
      base({
        [recordsRoute]: [
          () => jsonResponse(listPage([])),
          () =>
            problemResponse({
              type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
              title: '一个或多个字段无效',
              status: 400,
              errors: { to: ['结束时间须晚于开始时间。'] },
            }),
        ],
      }),
    );
    const { router } = renderApp('/audit/records');
    expect(await screen.findByText('尚无审计记录')).toBeInTheDocument();

    await router.navigate(`/audit/records?from=${encodeURIComponent(to)}&to=${encodeURIComponent(from)}`);

    expect(await screen.findByText('结束时间须晚于开始时间。')).toBeInTheDocument();
  });

  it('the Audit menu shows only with its permissions', async () => {
    mockApi(base({ [recordsRoute]: () => jsonResponse(listPage([])) }));
    renderApp('/audit/records');

    const nav = within(await screen.findByRole('navigation', { name: '主导航' }));
    expect(await nav.findByText('审计')).toBeInTheDocument();
    expect(nav.getByRole('link', { name: '审计记录' })).toHaveAttribute('href', '/audit/records');
    expect(nav.getByRole('link', { name: '完整性校验' })).toHaveAttribute('href', '/audit/verification');
  });

  it('is the 403 page without audit.read, and the menu leaves Audit out', async () => {
    const { requestsTo } = mockApi({ 'GET /api/registry/regions': () => jsonResponse(jilinRegions()) });
    renderApp('/audit/records');

    expect(await screen.findByText('无权访问此页面')).toBeInTheDocument();
    expect(requestsTo('/api/audit/records')).toHaveLength(0);
    const nav = within(screen.getByRole('navigation', { name: '主导航' }));
    await nav.findByText('律师事务所');
    expect(nav.queryByText('审计')).not.toBeInTheDocument();
  });
});
