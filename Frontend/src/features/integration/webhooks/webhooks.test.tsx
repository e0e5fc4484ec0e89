import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { administratorPermissions, jsonResponse, mockApi, problemResponse, sessionResponse, sessionRoute } from '../../../test/fetchMock';
import { buttonIn, formItemIn, modal } from '../../../test/queries';
import { renderApp } from '../../../test/renderApp';
import { versionedResponse } from '../../../test/versioned';
import { listPage } from '../../registry/common/registry.fixture';
import { apiClients, eventTypes, subscription, subscriptionId } from '../common/integration.fixture';

const listPath = '/api/integration/webhooks';
const detailPath = `${listPath}/${subscriptionId}`;
const deliveriesPath = '/api/integration/deliveries';
const secret = 'whsec_Q2hhbmdlIG1lIGJ5IHJvdGF0aW5nIHRoZSBzZWNyZXQh';
const administrator = () => sessionResponse('system-administrator', 'region:220000', administratorPermissions, { displayName: '管理员' });

function base(extra: Record<string, (() => Response) | (() => Response)[]> = {}) {
  return {
    [sessionRoute]: administrator,
    'GET /api/access/clients': () => jsonResponse(apiClients()),
    'GET /api/integration/event-types': () => jsonResponse(eventTypes()),
    ...extra,
  };
}

const stale = () =>
  problemResponse({
    type: 'urn:lawyerwork:problem:stale-version',
    title: '记录已被修改',
    status: 412,
    code: 'stale-version',
    detail: '该记录已被他人修改，请重新加载后再试。',
  });

describe('Webhook subscriptions', () => {
  it('lists subscriptions with their client by name, URL, event types and state, and opens one', async () => {
    const { requestsTo } = mockApi(
      base({
        [`GET ${listPath}`]: () => jsonResponse(listPage([subscription(), subscription({ id: 'paused', url: 'https://b.example.cn/hook', active: false, eventTypes: ['LawyerTransferred'] })])),
        [`GET ${detailPath}`]: () => versionedResponse(subscription()),
        [`GET ${deliveriesPath}`]: () => jsonResponse(listPage([])),
      }),
    );
    const { router } = renderApp('/admin/webhooks');

    expect(await screen.findByText('https://hooks.court.example.cn/lawyerwork')).toBeInTheDocument();
    expect(await screen.findAllByText('法院案件系统')).toHaveLength(2);
    expect(screen.getAllByText('LawyerTransferred', { selector: '.ant-tag' })).toHaveLength(2);
    expect(screen.getByText('已暂停', { selector: '.ant-tag' })).toBeInTheDocument();
    expect(Object.fromEntries(requestsTo(listPath)[0]!.url.searchParams)).toEqual({ sort: 'createdAt', page: '1', pageSize: '20' });
    const nav = within(screen.getByRole('navigation', { name: '主导航' }));
    expect(nav.getByRole('link', { name: 'Webhook 订阅' })).toHaveAttribute('href', '/admin/webhooks');
    expect(nav.getByRole('link', { name: '全国系统对接' })).toHaveAttribute('href', '/admin/national-exchange');
    expect(nav.getByRole('link', { name: '事件目录' })).toHaveAttribute('href', '/admin/event-types');

    fireEvent.click(screen.getByText('https://hooks.court.example.cn/lawyerwork'));
    await waitFor(() => expect(router.state.location.pathname).toBe(detailPath.replace('/api/integration', '/admin')));
  });

  it('creates a subscription: the URL’s refusal on its field, then the secret shown once with a warning', async () => {
    const created = subscription({ id: 'new-subscription', eventTypes: ['FirmRegistered'], description: '' });
    const { requestsTo } = mockApi(
      base({
        [`GET ${listPath}`]: [() => jsonResponse(listPage([])), () => jsonResponse(listPage([created]))],
        [`POST ${listPath}`]: [
          () =>
            problemResponse({
              type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
              title: '一个或多个字段无效',
              status: 400,
              errors: { url: ['不得指向本机、内网、链路本地或保留地址。'] },
            }),
          () => jsonResponse({ subscription: created, secret }, 201),
        ],
      }),
    );
    const { user } = renderApp('/admin/webhooks');
    await screen.findByText('尚无订阅');

    await user.click(screen.getByText('新建订阅'));
    const dialog = await modal('新建 Webhook 订阅');
    fireEvent.mouseDown(within(dialog).getByLabelText('外部系统'));
    await user.click(await screen.findByTitle('法院案件系统（court-system）'));
    await user.type(within(dialog).getByLabelText('接收地址'), 'https://10.0.0.1/hook');
    fireEvent.mouseDown(within(dialog).getByLabelText('订阅事件'));
    // Each event type is offered with its summary from the catalogue.
    expect(await screen.findByText('A law firm was entered in the register.')).toBeInTheDocument();
    await user.click(await screen.findByTitle('FirmRegistered'));
    await user.click(buttonIn(dialog, /^创\s?建$/));

    expect(await within(formItemIn(dialog, '接收地址')).findByText('不得指向本机、内网、链路本地或保留地址。')).toBeInTheDocument();
    expect(requestsTo(listPath, 'POST')[0]!.body).toEqual({
      clientId: 'court-system',
      url: 'https://10.0.0.1/hook',
      eventTypes: ['FirmRegistered'],
      description: null,
    });

    const url = within(dialog).getByLabelText('接收地址');
    await user.clear(url);
    await user.type(url, 'https://hooks.court.example.cn/lawyerwork');
    await user.click(buttonIn(dialog, /^创\s?建$/));

    const shown = await screen.findByTestId('one-time-secret');
    expect(shown).toHaveTextContent(secret);
    expect(screen.getByText('此信息只显示这一次')).toBeInTheDocument();
    expect(screen.getByText('订阅已创建')).toBeInTheDocument();
    expect(within(shown).getByLabelText('复制')).toBeInTheDocument();
    await waitFor(() => expect(requestsTo(listPath, 'GET').length).toBeGreaterThan(1));

    await user.click(screen.getByText('我已妥善保存'));
    await waitFor(() => expect(document.body.innerHTML).not.toContain(secret));
  });

  it('shows a subscription and its empty delivery log, and edits it against the version read; a 412 offers a reload', async () => {
    const { requestsTo } = mockApi(
      base({
        [`GET ${detailPath}`]: [
          () => versionedResponse(subscription()),
          () => versionedResponse(subscription({ version: 4, description: '他人改过的说明' })),
        ],
        [`GET ${deliveriesPath}`]: () => jsonResponse(listPage([])),
        [`PUT ${detailPath}`]: [stale, () => versionedResponse(subscription({ version: 5, description: '新的说明' }))],
      }),
    );
    const { user } = renderApp(`/admin/webhooks/${subscriptionId}`);

    const facts = await screen.findByTestId('webhook-facts');
    expect(within(facts).getByText('法院立案时核验律师执业状态')).toBeInTheDocument();
    expect(await within(facts).findByText('法院案件系统', { exact: false })).toBeInTheDocument();
    expect(await screen.findByText('该订阅尚无投递记录')).toBeInTheDocument();
    expect(Object.fromEntries(requestsTo(deliveriesPath)[0]!.url.searchParams)).toEqual({
      subscriptionId,
      sort: '-occurredAt',
      page: '1',
      pageSize: '20',
    });

    await user.click(buttonIn(document.body, /^编\s?辑$/));
    const dialog = await modal('编辑订阅');
    const description = within(dialog).getByLabelText('说明');
    await user.clear(description);
    await user.type(description, '新的说明');
    await user.click(buttonIn(dialog, /^保\s?存$/));

    expect(await within(dialog).findByText('该记录已被他人修改，请重新加载')).toBeInTheDocument();
    expect(requestsTo(detailPath, 'PUT')[0]!.headers.get('If-Match')).toBe('"3"');
    await user.click(buttonIn(dialog, '重新加载'));
    await waitFor(() => expect(within(dialog).getByLabelText('说明')).toHaveValue('他人改过的说明'));

    await user.clear(within(dialog).getByLabelText('说明'));
    await user.type(within(dialog).getByLabelText('说明'), '新的说明');
    await user.click(buttonIn(dialog, /^保\s?存$/));
    await waitFor(() => expect(requestsTo(detailPath, 'PUT')).toHaveLength(2));
    const saved = requestsTo(detailPath, 'PUT')[1]!;
    expect(saved.headers.get('If-Match')).toBe('"4"');
    expect(saved.body).toEqual({
      url: 'https://hooks.court.example.cn/lawyerwork',
      eventTypes: ['FirmRegistered', 'LawyerTransferred'],
      description: '新的说明',
      active: true,
    });
    expect(await within(facts).findByText('新的说明')).toBeInTheDocument();
  });

  it('pauses after a confirmation, keeping every other field, with If-Match', async () => {
    const { requestsTo } = mockApi(
      base({
        [`GET ${detailPath}`]: () => versionedResponse(subscription()),
        [`GET ${deliveriesPath}`]: () => jsonResponse(listPage([])),
        [`PUT ${detailPath}`]: () => versionedResponse(subscription({ active: false, version: 4 })),
      }),
    );
    const { user } = renderApp(`/admin/webhooks/${subscriptionId}`);
    await screen.findByTestId('webhook-facts');

    await user.click(buttonIn(document.body, /^暂\s?停$/));
    const confirmation = await modal('确认暂停订阅');
    await user.click(buttonIn(confirmation, /^暂\s?停$/));

    expect(await screen.findByText('已暂停该订阅')).toBeInTheDocument();
    const put = requestsTo(detailPath, 'PUT')[0]!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(put.body).toEqual({
      url: 'https://hooks.court.example.cn/lawyerwork',
      eventTypes: ['FirmRegistered', 'LawyerTransferred'],
      description: '法院立案时核验律师执业状态',
      active: false,
    });
    expect(await within(screen.getByTestId('webhook-facts')).findByText('已暂停')).toBeInTheDocument();
    expect(buttonIn(document.body, /^恢\s?复$/)).toBeInTheDocument();
  });

  it('rotates the secret after a confirmation and shows the new one once; a 412 is told and the subscription read again', async () => {
    const { requestsTo } = mockApi(
      base({
        [`GET ${detailPath}`]: [() => versionedResponse(subscription()), () => versionedResponse(subscription({ version: 4 }))],
        [`GET ${deliveriesPath}`]: () => jsonResponse(listPage([])),
        [`POST ${detailPath}/rotate-secret`]: [
          stale,
          () =>
            new Response(JSON.stringify({ subscription: subscription({ version: 5, secretRotatedAt: '2026-11-27T01:00:00+00:00' }), secret }), {
              headers: { 'Content-Type': 'application/json', ETag: '"5"' },
            }),
        ],
      }),
    );
    const { user, container } = renderApp(`/admin/webhooks/${subscriptionId}`);
    await screen.findByTestId('webhook-facts');

    // (The page's button: a closing confirmation keeps its own for a moment.)
    await user.click(buttonIn(container, '更换密钥'));
    await user.click(buttonIn(await modal('确认更换签名密钥'), '更换密钥'));
    expect(await screen.findByText(/该记录在你读取后已被他人或系统更新/)).toBeInTheDocument();
    await waitFor(() => expect(requestsTo(detailPath, 'GET')).toHaveLength(2));
    expect(requestsTo(`${detailPath}/rotate-secret`)[0]!.headers.get('If-Match')).toBe('"3"');

    await user.click(buttonIn(container, '更换密钥'));
    // A second confirmation (jsdom keeps the first, closed, in the document).
    await waitFor(() => expect(screen.getAllByText('确认更换签名密钥', { selector: '.ant-modal-title' })).toHaveLength(2));
    const second = screen.getAllByText('确认更换签名密钥', { selector: '.ant-modal-title' })[1]!.closest<HTMLElement>('.ant-modal')!;
    await user.click(buttonIn(second, '更换密钥'));
    expect(await screen.findByTestId('one-time-secret')).toHaveTextContent(secret);
    expect(screen.getByText('签名密钥已更换')).toBeInTheDocument();
    expect(requestsTo(`${detailPath}/rotate-secret`)[1]!.headers.get('If-Match')).toBe('"4"');
  });

  it('removes a subscription after a confirmation with If-Match and returns to the list', async () => {
    const { requestsTo } = mockApi(
      base({
        [`GET ${detailPath}`]: () => versionedResponse(subscription()),
        [`GET ${deliveriesPath}`]: () => jsonResponse(listPage([])),
        [`DELETE ${detailPath}`]: () => new Response(null, { status: 204 }),
        [`GET ${listPath}`]: () => jsonResponse(listPage([])),
      }),
    );
    const { user, container } = renderApp(`/admin/webhooks/${subscriptionId}`);
    await screen.findByTestId('webhook-facts');

    await user.click(buttonIn(container, '删除订阅'));
    await user.click(buttonIn(await modal('确认删除订阅'), /^删\s?除$/));

    expect(await screen.findByText('订阅已删除')).toBeInTheDocument();
    expect(requestsTo(detailPath, 'DELETE')[0]!.headers.get('If-Match')).toBe('"3"');
    await waitFor(() => expect(requestsTo(listPath, 'GET').length).toBeGreaterThan(0));
  });

  it('is the 403 page without integration.manage, and the menu leaves the pages out', async () => {
    const { requestsTo } = mockApi({ 'GET /api/registry/regions': () => jsonResponse([]) });
    renderApp('/admin/webhooks');

    expect(await screen.findByText('无权访问此页面')).toBeInTheDocument();
    expect(requestsTo(listPath)).toHaveLength(0);
    const nav = within(screen.getByRole('navigation', { name: '主导航' }));
    await nav.findByText('律师事务所');
    expect(nav.queryByText('Webhook 订阅')).not.toBeInTheDocument();
    expect(nav.queryByText('全国系统对接')).not.toBeInTheDocument();
  });
});
