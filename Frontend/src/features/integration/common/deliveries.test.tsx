import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/client';
import { administratorPermissions, jsonResponse, mockApi, problemResponse, sessionResponse, sessionRoute } from '../../../test/fetchMock';
import { buttonIn, modal } from '../../../test/queries';
import { renderApp } from '../../../test/renderApp';
import { versionedResponse } from '../../../test/versioned';
import { listPage } from '../../registry/common/registry.fixture';
import { actionProblem } from './actionProblem';
import { apiClients, delivery, deliveryDetails, deliveryId, eventTypes, subscription, subscriptionId } from './integration.fixture';
import { canRedeliver } from './redelivery';

const deliveriesPath = '/api/integration/deliveries';
const deliveryPath = `${deliveriesPath}/${deliveryId}`;
const administrator = () => sessionResponse('system-administrator', 'region:220000', administratorPermissions, { displayName: '管理员' });

function base(extra: Record<string, (() => Response) | (() => Response)[]> = {}) {
  return {
    [sessionRoute]: administrator,
    'GET /api/access/clients': () => jsonResponse(apiClients()),
    'GET /api/integration/event-types': () => jsonResponse(eventTypes()),
    [`GET /api/integration/webhooks/${subscriptionId}`]: () => versionedResponse(subscription()),
    ...extra,
  };
}

/** A delivery's answer with its ETag (the version is the delivery's, inside). */
const detailsResponse = (...args: Parameters<typeof deliveryDetails>) => {
  const details = deliveryDetails(...args);
  return new Response(JSON.stringify(details), {
    status: 200,
    headers: { 'Content-Type': 'application/json', ETag: `"${details.delivery.version}"` },
  });
};

const alreadyPending = () =>
  problemResponse({
    type: 'urn:lawyerwork:problem:already-pending',
    title: '与当前状态冲突',
    status: 409,
    code: 'already-pending',
    detail: '该投递正在等待发送，无需重发。',
  });

/** The log's row of an event type (the subscription's facts show the types as tags). */
async function row(text: string): Promise<HTMLElement> {
  return (await screen.findByText(text, { selector: 'td code' })).closest<HTMLElement>('tr')!;
}

describe('Delivery log', () => {
  it('shows each delivery’s state, attempts, last status and error; redelivers a dead letter with its row’s version as If-Match, then reads the log again', async () => {
    const { requestsTo } = mockApi(
      base({
        [`GET ${deliveriesPath}`]: [
          () =>
            jsonResponse(
              listPage([
                delivery(),
                delivery({ id: 'pending', eventType: 'LawyerTransferred', state: 'Pending', attempts: 1, lastStatusCode: null, lastError: null }),
              ]),
            ),
          () => jsonResponse(listPage([delivery({ state: 'Pending', attempts: 0, version: 10 })])),
        ],
        [`POST ${deliveryPath}/redeliver`]: () => detailsResponse({ state: 'Pending', attempts: 0, version: 10 }),
      }),
    );
    const { user } = renderApp(`/admin/webhooks/${subscriptionId}`);

    const dead = await row('FirmRegistered');
    expect(within(dead).getByText('死信', { selector: '.ant-tag' })).toBeInTheDocument();
    expect(within(dead).getByText('503')).toBeInTheDocument();
    expect(within(dead).getByText('HTTP 503 Service Unavailable')).toBeInTheDocument();
    // A pending delivery is on its way: nothing to send again.
    const pending = await row('LawyerTransferred');
    expect(within(pending).queryByText('重新投递')).not.toBeInTheDocument();

    await user.click(buttonIn(dead, '重新投递'));
    const confirmation = await modal('确认重新投递');
    expect(within(confirmation).getByText(/重新发送“FirmRegistered”/)).toBeInTheDocument();
    await user.click(buttonIn(confirmation, '重新投递'));

    expect(await screen.findByText('已重新排入投递')).toBeInTheDocument();
    const redeliver = requestsTo(`${deliveryPath}/redeliver`)[0]!;
    expect(redeliver.headers.get('If-Match')).toBe('"9"');
    await waitFor(() => expect(requestsTo(deliveriesPath)).toHaveLength(2));
    // The row's button did not open the drawer.
    expect(requestsTo(deliveryPath)).toHaveLength(0);
  });

  it('tells a 409 (already pending) as a message in the host’s words, and reads the log again', async () => {
    const { requestsTo } = mockApi(
      base({
        [`GET ${deliveriesPath}`]: () => jsonResponse(listPage([delivery({ state: 'Delivered', deliveredAt: '2026-11-26T08:15:31+00:00', lastError: null })])),
        [`POST ${deliveryPath}/redeliver`]: alreadyPending,
      }),
    );
    const { user } = renderApp(`/admin/webhooks/${subscriptionId}`);

    const delivered = await row('FirmRegistered');
    await user.click(buttonIn(delivered, '重新投递'));
    const confirmation = await modal('确认重新投递');
    expect(within(confirmation).getByText(/该事件已送达/)).toBeInTheDocument();
    await user.click(buttonIn(confirmation, '重新投递'));

    expect(await screen.findByText('该投递正在等待发送，无需重发。')).toBeInTheDocument();
    await waitFor(() => expect(requestsTo(deliveriesPath).length).toBeGreaterThan(1));
  });

  it('opens a delivery in a drawer with its JSON body indented, and redelivers it with the ETag read', async () => {
    const { requestsTo } = mockApi(
      base({
        [`GET ${deliveriesPath}`]: () => jsonResponse(listPage([delivery()])),
        [`GET ${deliveryPath}`]: () => detailsResponse({ version: 11 }),
        [`POST ${deliveryPath}/redeliver`]: () => detailsResponse({ state: 'Pending', attempts: 0, version: 12 }),
      }),
    );
    const { user } = renderApp(`/admin/webhooks/${subscriptionId}`);

    fireEvent.click(await screen.findByText('HTTP 503 Service Unavailable'));
    expect(await screen.findByText('投递：FirmRegistered')).toBeInTheDocument();
    const drawer = (await screen.findByTestId('delivery-facts')).closest<HTMLElement>('.ant-drawer')!;
    expect(within(drawer).getByTestId('delivery-body').textContent).toContain('\n  "data": {\n    "firmId"');
    expect(within(drawer).getByTestId('delivery-body').textContent).toContain('"name": "吉林正道律师事务所"');

    await user.click(buttonIn(drawer, '重新投递'));
    await user.click(buttonIn(await modal('确认重新投递'), '重新投递'));
    await waitFor(() => expect(requestsTo(`${deliveryPath}/redeliver`)).toHaveLength(1));
    // The drawer's version (read just now), not the list's.
    expect(requestsTo(`${deliveryPath}/redeliver`)[0]!.headers.get('If-Match')).toBe('"11"');
    expect(await within(drawer).findByText('待投递', { selector: '.ant-tag' })).toBeInTheDocument();
  });

  it('filters by state and event type', async () => {
    const { requestsTo } = mockApi(base({ [`GET ${deliveriesPath}`]: () => jsonResponse(listPage([])) }));
    const { user } = renderApp(`/admin/webhooks/${subscriptionId}`);
    await screen.findByText('该订阅尚无投递记录');

    const search = screen.getByRole('search');
    fireEvent.mouseDown(within(search).getByLabelText('状态'));
    await user.click(await screen.findByTitle('死信'));
    fireEvent.mouseDown(within(search).getByLabelText('事件类型'));
    await user.click(await screen.findByTitle('LawyerTransferred'));
    await user.click(buttonIn(search, /^查\s?询$/));

    await waitFor(() => expect(requestsTo(deliveriesPath)).toHaveLength(2));
    expect(Object.fromEntries(requestsTo(deliveriesPath)[1]!.url.searchParams)).toEqual({
      subscriptionId,
      state: 'DeadLettered',
      eventType: 'LawyerTransferred',
      sort: '-occurredAt',
      page: '1',
      pageSize: '20',
    });
    expect(await screen.findByText('没有符合条件的记录')).toBeInTheDocument();
  });
});

describe('Redelivery rules', () => {
  it('offer a resend for parked and delivered deliveries only', () => {
    expect(canRedeliver({ state: 'DeadLettered' })).toBe(true);
    expect(canRedeliver({ state: 'Delivered' })).toBe(true);
    expect(canRedeliver({ state: 'Pending' })).toBe(false);
  });

  it('tell a conflict in the host’s words, a stale version as changed meanwhile, and anything else as a failure', () => {
    const problem = (status: number, detail?: string) => new ApiError({ type: 'about:blank', title: `标题 ${status}`, status, detail }, true);
    expect(actionProblem(problem(409, '该投递正在等待发送，无需重发。'), i18next.t)).toBe('该投递正在等待发送，无需重发。');
    expect(actionProblem(problem(409), i18next.t)).toBe('标题 409');
    expect(actionProblem(problem(412, 'stale'), i18next.t)).toMatch(/已被他人或系统更新/);
    expect(actionProblem(problem(500, '服务器内部错误'), i18next.t)).toBe('服务器内部错误');
    expect(actionProblem(new TypeError('Failed to fetch'), i18next.t)).toBe('无法连接到服务器，请检查网络后重试。');
  });
});
