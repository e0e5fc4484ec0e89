import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { administratorPermissions, jsonResponse, mockApi, problemResponse, sessionResponse, sessionRoute } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { versionedResponse } from '../../../test/versioned';
import { listPage } from '../../registry/common/registry.fixture';
import { outboxEntry, outboxMessageDetails, outboxMessageId } from '../common/outbox.fixture';

const listPath = '/api/outbox/registry/messages';
const detailPath = `${listPath}/${outboxMessageId}`;
const administrator = () => sessionResponse('system-administrator', 'region:220000', administratorPermissions, { displayName: '管理员' });

function base(extra: Record<string, (() => Response) | (() => Response)[]> = {}) {
  return { [sessionRoute]: administrator, ...extra };
}

/** A button by its text (role queries over a page with a table are very slow in jsdom). */
function buttonIn(container: HTMLElement, text: RegExp | string): HTMLElement {
  return within(container).getByText(text).closest<HTMLElement>('button')!;
}

/** The confirmation modal with this title (the drawer behind it is a dialog too). */
async function modal(title: string): Promise<HTMLElement> {
  return (await screen.findByText(title)).closest<HTMLElement>('.ant-modal')!;
}

/** Opens the dead letter's drawer from its row. */
async function openDeadLetter() {
  fireEvent.click(await screen.findByText('FirmRegistered'));
  expect(await screen.findByText('事件：FirmRegistered')).toBeInTheDocument();
  return (await screen.findByTestId('outbox-message')).closest<HTMLElement>('.ant-drawer')!;
}

describe('Event delivery (outbox)', () => {
  it('opens on the registry’s dead letters, oldest first, says when there are none, and lists every state on request', async () => {
    const { requestsTo } = mockApi(
      base({
        [`GET ${listPath}`]: [
          () => jsonResponse(listPage([])),
          () => jsonResponse(listPage([outboxEntry({ state: 'Dispatched', attempts: 1, lastError: null, dispatchedAt: '2026-11-26T08:15:31+00:00' })])),
        ],
      }),
    );
    const { user, router } = renderApp('/admin/outbox');

    expect(await screen.findByText('没有待处理的死信')).toBeInTheDocument();
    expect(screen.getByText(/死信是多次投递仍失败、已停止重试的事件；同一记录之后的事件都排在它后面等待/)).toBeInTheDocument();
    const first = Object.fromEntries(requestsTo(listPath)[0]!.url.searchParams);
    expect(first).toEqual({ state: 'DeadLettered', sort: 'occurredAt', page: '1', pageSize: '20' });
    const stateFilter = screen.getByLabelText('状态').closest<HTMLElement>('.ant-form-item')!;
    expect(within(stateFilter).getByText('死信')).toBeInTheDocument();
    // The defaults stay out of the URL.
    expect(router.state.location.search).toBe('');
    const nav = within(screen.getByRole('navigation', { name: '主导航' }));
    expect(nav.getByRole('link', { name: '事件投递' })).toHaveAttribute('href', '/admin/outbox');

    fireEvent.mouseDown(screen.getByLabelText('状态'));
    await user.click(await screen.findByTitle('全部状态'));
    await user.click(buttonIn(screen.getByRole('search'), /^查\s?询$/));

    // (The state select's options hold the same words: the row's tag is the one wanted.)
    expect(await screen.findByText('已投递', { selector: '.ant-tag' })).toBeInTheDocument();
    expect(screen.getByText('FirmRegistered')).toBeInTheDocument();
    expect(Object.fromEntries(requestsTo(listPath)[1]!.url.searchParams)).toEqual({ sort: 'occurredAt', page: '1', pageSize: '20' });
    expect(new URLSearchParams(router.state.location.search).get('state')).toBe('all');
  });

  it('shows a dead letter in full, and replays it with If-Match naming the version read, then refreshes the list', async () => {
    const { requestsTo } = mockApi(
      base({
        [`GET ${listPath}`]: [() => jsonResponse(listPage([outboxEntry()])), () => jsonResponse(listPage([]))],
        [`GET ${detailPath}`]: () => versionedResponse(outboxMessageDetails()),
        [`POST ${detailPath}/replay`]: () =>
          versionedResponse(outboxMessageDetails({ state: 'Pending', attempts: 0, version: 11, nextAttemptAt: '2026-11-26T10:00:00+00:00' })),
      }),
    );
    const { user } = renderApp('/admin/outbox');

    expect(await screen.findByText('死信', { selector: '.ant-tag' })).toBeInTheDocument();
    expect(screen.getByText(/SupervisionFirmIndex: TimeoutException/)).toBeInTheDocument();
    const drawer = await openDeadLetter();
    expect(within(drawer).getByTestId('outbox-payload').textContent).toContain('\n  "name": "吉林正道律师事务所",\n');
    expect(within(drawer).getByText('registry')).toBeInTheDocument();

    await user.click(buttonIn(drawer, /^重\s?放$/));
    const confirmation = await modal('确认重放');
    expect(within(confirmation).getByText(/重新投递“FirmRegistered”/)).toBeInTheDocument();
    await user.click(buttonIn(confirmation, /^重\s?放$/));

    await waitFor(() => expect(requestsTo(`${detailPath}/replay`)).toHaveLength(1));
    const replay = requestsTo(`${detailPath}/replay`)[0]!;
    expect(replay.headers.get('If-Match')).toBe('"10"');
    expect(replay.body).toEqual({ reason: null });
    expect(await screen.findByText('已重新排入投递')).toBeInTheDocument();
    expect(await within(drawer).findByText('待投递', { selector: '.ant-tag' })).toBeInTheDocument();
    expect(within(drawer).queryByText(/^重\s?放$/)).not.toBeInTheDocument();
    await waitFor(() => expect(requestsTo(listPath)).toHaveLength(2));
  });

  it('will not skip without a reason, and shows the server’s complaint about the reason next to the field', async () => {
    const { requestsTo } = mockApi(
      base({
        [`GET ${listPath}`]: () => jsonResponse(listPage([outboxEntry()])),
        [`GET ${detailPath}`]: () => versionedResponse(outboxMessageDetails()),
        [`POST ${detailPath}/skip`]: () =>
          problemResponse({
            type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
            title: '一个或多个字段无效',
            status: 400,
            errors: { reason: ['跳过消息须说明理由。'] },
          }),
      }),
    );
    const { user } = renderApp('/admin/outbox');
    const drawer = await openDeadLetter();

    await user.click(buttonIn(drawer, /^跳\s?过$/));
    const confirmation = await modal('确认跳过');
    await user.click(buttonIn(confirmation, /^跳\s?过$/));
    expect(await within(confirmation).findByText('此项为必填项')).toBeInTheDocument();
    expect(requestsTo(`${detailPath}/skip`)).toHaveLength(0);

    await user.type(within(confirmation).getByLabelText('理由'), ' 订阅方已下线 ');
    await user.click(buttonIn(confirmation, /^跳\s?过$/));

    const reason = within(confirmation).getByLabelText('理由').closest<HTMLElement>('.ant-form-item')!;
    expect(await within(reason).findByText('跳过消息须说明理由。')).toBeInTheDocument();
    const skip = requestsTo(`${detailPath}/skip`)[0]!;
    expect(skip.headers.get('If-Match')).toBe('"10"');
    expect(skip.body).toEqual({ reason: '订阅方已下线' });
  });

  it('explains a 409 (no longer a dead letter) and shows the message as it is now', async () => {
    const { requestsTo } = mockApi(
      base({
        [`GET ${listPath}`]: () => jsonResponse(listPage([outboxEntry()])),
        [`GET ${detailPath}`]: [
          () => versionedResponse(outboxMessageDetails()),
          () => versionedResponse(outboxMessageDetails({ state: 'Skipped', version: 11, lastError: 'skipped: 订阅方已下线' })),
        ],
        [`POST ${detailPath}/replay`]: () =>
          problemResponse({
            type: 'urn:lawyerwork:problem:not-dead-lettered',
            title: '与当前状态冲突',
            status: 409,
            code: 'not-dead-lettered',
            detail: '只有已转入死信的消息可以重放或跳过。',
          }),
      }),
    );
    const { user } = renderApp('/admin/outbox');
    const drawer = await openDeadLetter();

    await user.click(buttonIn(drawer, /^重\s?放$/));
    const confirmation = await modal('确认重放');
    await user.click(buttonIn(confirmation, /^重\s?放$/));

    expect(await within(confirmation).findByText('只有已转入死信的消息可以重放或跳过。')).toBeInTheDocument();
    expect(await within(drawer).findByText('已跳过', { selector: '.ant-tag' })).toBeInTheDocument();
    expect(within(drawer).queryByText(/^重\s?放$/)).not.toBeInTheDocument();
    expect(requestsTo(detailPath)).toHaveLength(2);
    await waitFor(() => expect(requestsTo(listPath).length).toBeGreaterThan(1));
  });

  it('is the 403 page without outbox.manage, and the menu leaves it out', async () => {
    const { requestsTo } = mockApi({ 'GET /api/registry/regions': () => jsonResponse([]) });
    renderApp('/admin/outbox');

    expect(await screen.findByText('无权访问此页面')).toBeInTheDocument();
    expect(requestsTo(listPath)).toHaveLength(0);
    const nav = within(screen.getByRole('navigation', { name: '主导航' }));
    await nav.findByText('律师事务所');
    expect(nav.queryByText('事件投递')).not.toBeInTheDocument();
  });
});
