import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { administratorPermissions, jsonResponse, mockApi, problemResponse, sessionResponse, sessionRoute } from '../../../test/fetchMock';
import { buttonIn, formItemIn } from '../../../test/queries';
import { renderApp } from '../../../test/renderApp';
import { listPage } from '../../registry/common/registry.fixture';
import { eventTypes, nationalStatus, reconciliationDay } from '../common/integration.fixture';

const statusPath = '/api/integration/national/status';
const ledgerPath = '/api/integration/national/reconciliation';
const deliveriesPath = '/api/integration/deliveries';
const administrator = () => sessionResponse('system-administrator', 'region:220000', administratorPermissions, { displayName: '管理员' });
const missingId = '01a21518-eeee-7000-8000-00000000000a';

function base(extra: Record<string, (() => Response) | (() => Response)[]> = {}) {
  return {
    [sessionRoute]: administrator,
    'GET /api/integration/event-types': () => jsonResponse(eventTypes()),
    [`GET ${deliveriesPath}`]: () => jsonResponse(listPage([])),
    [`GET ${ledgerPath}`]: () => jsonResponse([]),
    ...extra,
  };
}

describe('National system exchange', () => {
  it('says clearly when the exchange is not configured, and shows the host’s refusal to reconcile', async () => {
    const { requestsTo } = mockApi(
      base({
        [`GET ${statusPath}`]: () => jsonResponse(nationalStatus({ enabled: false, host: null, pending: 0, deadLettered: 0, delivered: 0, lastDeliveredAt: null })),
        [`POST ${ledgerPath}`]: () =>
          problemResponse({
            type: 'urn:lawyerwork:problem:national-exchange-off',
            title: '与当前状态冲突',
            status: 409,
            code: 'national-exchange-off',
            detail: '未配置与全国律师综合管理信息系统的对接，无法核对。',
          }),
      }),
    );
    const { user } = renderApp('/admin/national-exchange');

    expect(await screen.findByText('尚未配置与全国系统的对接')).toBeInTheDocument();
    expect(screen.getByText(/Integration:National:BaseUrl/)).toBeInTheDocument();
    expect(await screen.findByText('尚无报送全国系统的记录')).toBeInTheDocument();
    expect(Object.fromEntries(requestsTo(deliveriesPath)[0]!.url.searchParams)).toEqual({ channel: 'National', sort: '-occurredAt', page: '1', pageSize: '20' });
    // The ledger: the last 31 days by default.
    const ledger = Object.fromEntries(requestsTo(ledgerPath)[0]!.url.searchParams);
    expect(dayjs(ledger.to).diff(dayjs(ledger.from), 'day')).toBe(30);
    expect(await screen.findByText('该日期范围内尚无核对记录')).toBeInTheDocument();

    await user.click(buttonIn(screen.getByRole('form', { name: '立即核对' }), '立即核对'));
    expect(await screen.findByText('未配置与全国律师综合管理信息系统的对接，无法核对。')).toBeInTheDocument();
    const sent = requestsTo(ledgerPath, 'POST')[0]!.body as { from: string; to: string };
    expect(dayjs(sent.to).diff(dayjs(sent.from), 'day')).toBe(6);
  });

  it('shows the counts of an enabled exchange, and a day that differs with the ids on either side', async () => {
    mockApi(
      base({
        [`GET ${statusPath}`]: () => jsonResponse(nationalStatus()),
        [`GET ${ledgerPath}`]: () =>
          jsonResponse([
            reconciliationDay({ day: '2026-11-25', matches: false, nationalCount: 11, missingNationally: [missingId] }),
            reconciliationDay({ day: '2026-11-24', nationalCount: null, matches: false, error: 'national system timed out' }),
            reconciliationDay({ day: '2026-11-23' }),
          ]),
      }),
    );
    const { user } = renderApp('/admin/national-exchange');

    const status = await screen.findByTestId('national-status');
    expect(within(status).getByText('已启用')).toBeInTheDocument();
    expect(within(status).getByText('lawyer.moj.example.cn')).toBeInTheDocument();
    expect(within(status).getByText('120')).toBeInTheDocument();
    expect(screen.queryByText('尚未配置与全国系统的对接')).not.toBeInTheDocument();

    expect(await screen.findByText('不一致', { selector: '.ant-tag' })).toBeInTheDocument();
    expect(screen.getByText('核对失败', { selector: '.ant-tag' })).toBeInTheDocument();
    expect(screen.getByText('一致', { selector: '.ant-tag' })).toBeInTheDocument();
    expect(screen.getByText('national system timed out')).toBeInTheDocument();

    // Only the day with differences expands, to its ids.
    const row = screen.getByText('不一致', { selector: '.ant-tag' }).closest<HTMLElement>('tr')!;
    await user.click(within(row).getByRole('button', { name: /展开行|expand/i }));
    expect(await screen.findByTestId('missing-nationally')).toHaveTextContent(missingId);
  });

  it('will not reconcile more than 31 days at once', async () => {
    const { requestsTo } = mockApi(base({ [`GET ${statusPath}`]: () => jsonResponse(nationalStatus()) }));
    const { user } = renderApp('/admin/national-exchange');
    const form = await screen.findByRole('form', { name: '立即核对' });

    const from = within(form).getByLabelText('开始日期');
    fireEvent.mouseDown(from);
    fireEvent.change(from, { target: { value: '2026-01-01' } });
    fireEvent.keyDown(from, { key: 'Enter' });
    const to = within(form).getByLabelText('结束日期');
    fireEvent.mouseDown(to);
    fireEvent.change(to, { target: { value: '2026-03-01' } });
    fireEvent.keyDown(to, { key: 'Enter' });
    await user.click(buttonIn(form, '立即核对'));

    expect(await within(formItemIn(form, '结束日期')).findByText('一次最多核对 31 天')).toBeInTheDocument();
    await waitFor(() => expect(requestsTo(ledgerPath, 'POST')).toHaveLength(0));
  });
});
