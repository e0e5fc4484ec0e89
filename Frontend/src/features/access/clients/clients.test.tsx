import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jilinRegions } from '../../registry/regions/regions.fixture';
import { administratorPermissions, jsonResponse, mockApi, problemResponse, sessionResponse, sessionRoute } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { apiClientRecord } from '../common/access.fixture';

const clientsRoute = 'GET /api/access/clients';
const secret = 'S3cr3tS3cr3tS3cr3tS3cr3tS3cr3tS3cr3tAbCd';
const clientId = 'lw-0197a1b2c3d4e5f60718';

function base(extra: Record<string, (() => Response) | (() => Response)[]> = {}) {
  return {
    [sessionRoute]: () => sessionResponse('system-administrator', 'region:220000', administratorPermissions),
    'GET /api/registry/regions': () => jsonResponse(jilinRegions()),
    ...extra,
  };
}

/** A button by its text (role queries are slow over antd's style sheets in jsdom). */
function buttonIn(container: HTMLElement, text: RegExp | string): HTMLElement {
  return within(container).getByText(text).closest<HTMLElement>('button')!;
}

describe('External systems (API clients)', () => {
  it('shows an empty state, then registers a system and shows its secret once, with the token URL and a curl example', async () => {
    const { requestsTo } = mockApi(
      base({
        [clientsRoute]: [() => jsonResponse([]), () => jsonResponse([apiClientRecord({ scopes: ['registry.read', 'registry.write'] })])],
        'POST /api/access/clients': [
          () =>
            problemResponse({
              type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
              title: '一个或多个字段无效',
              status: 400,
              errors: { 'scopes[1]': ['授权范围无效；可选：registry.read, registry.write, registry.personal-data。'] },
            }),
          () =>
            jsonResponse({ client: apiClientRecord({ scopes: ['registry.read', 'registry.write'] }), clientSecret: secret }, 201),
        ],
      }),
    );
    const { user } = renderApp('/admin/clients');
    expect(await screen.findByText('尚未接入外部系统')).toBeInTheDocument();

    await user.click(screen.getByText('接入外部系统'));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('名称'), '全国律师管理系统');
    await user.click(within(dialog).getByText('登记数据写入'));
    await user.type(within(dialog).getByLabelText('数据范围'), '220000');
    await user.click(await screen.findByTitle('吉林省（220000）'));
    await user.click(buttonIn(dialog, /^创\s?建$/));

    // `scopes[1]` lands on the scopes field.
    expect(await within(dialog).findByText('授权范围无效；可选：registry.read, registry.write, registry.personal-data。')).toBeInTheDocument();
    await user.click(buttonIn(dialog, /^创\s?建$/));

    expect(await screen.findByTestId('one-time-secret')).toHaveTextContent(secret);
    expect(screen.getByText('此信息只显示这一次')).toBeInTheDocument();
    expect(screen.getByText(`${window.location.origin}/connect/token`)).toBeInTheDocument();
    const example = screen.getByTestId('token-example').textContent ?? '';
    expect(example).toContain('grant_type=client_credentials');
    expect(example).toContain(`client_id=${clientId}`);
    expect(example).toContain(`client_secret=${secret}`);
    expect(example).toContain('scope=registry.read registry.write');
    expect(requestsTo('/api/access/clients', 'POST')[1]!.body).toEqual({
      displayName: '全国律师管理系统',
      scopes: ['registry.read', 'registry.write'],
      dataScope: 'region:220000',
    });

    await user.click(screen.getByText('我已妥善保存'));
    await waitFor(() => expect(document.body.innerHTML).not.toContain(secret));
    expect(await screen.findByText(clientId)).toBeInTheDocument();
    expect(screen.getByText('登记数据读取')).toBeInTheDocument();
  });

  it('rotates a secret only after a warning that the old one stops working', async () => {
    const { requestsTo } = mockApi(
      base({
        [clientsRoute]: () => jsonResponse([apiClientRecord()]),
        [`POST /api/access/clients/${clientId}/secret`]: () => jsonResponse({ client: apiClientRecord(), clientSecret: secret }),
      }),
    );
    const { user } = renderApp('/admin/clients');
    const row = (await screen.findByText(clientId)).closest<HTMLElement>('tr')!;

    await user.click(buttonIn(row, '更换密钥'));
    const confirmation = await screen.findByRole('dialog');
    expect(within(confirmation).getByText(/旧密钥将立即失效/)).toBeInTheDocument();
    expect(requestsTo(`/api/access/clients/${clientId}/secret`)).toHaveLength(0);
    await user.click(buttonIn(confirmation, /^更\s?换$/));

    expect(await screen.findByTestId('one-time-secret')).toHaveTextContent(secret);
    expect(screen.getByText('新的客户端密钥')).toBeInTheDocument();
    expect(requestsTo(`/api/access/clients/${clientId}/secret`)).toHaveLength(1);
  });

  it('removes a system after a confirmation', async () => {
    const { requestsTo } = mockApi(
      base({
        [clientsRoute]: [() => jsonResponse([apiClientRecord()]), () => jsonResponse([])],
        [`DELETE /api/access/clients/${clientId}`]: () => new Response(null, { status: 204 }),
      }),
    );
    const { user } = renderApp('/admin/clients');
    const row = (await screen.findByText(clientId)).closest<HTMLElement>('tr')!;

    await user.click(buttonIn(row, /^删\s?除$/));
    const confirmation = await screen.findByRole('dialog');
    expect(within(confirmation).getByText(/确定要删除“全国律师管理系统”吗/)).toBeInTheDocument();
    await user.click(buttonIn(confirmation, /^删\s?除$/));

    expect(await screen.findByText('尚未接入外部系统')).toBeInTheDocument();
    expect(requestsTo(`/api/access/clients/${clientId}`, 'DELETE')).toHaveLength(1);
  });
});
