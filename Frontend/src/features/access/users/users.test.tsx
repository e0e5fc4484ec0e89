import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { firmDetails, firmId, firmSummary, listPage } from '../../registry/common/registry.fixture';
import { jilinRegions } from '../../registry/regions/regions.fixture';
import { administratorPermissions, jsonResponse, mockApi, problemResponse, sessionResponse, sessionRoute } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { versionedResponse } from '../../../test/versioned';
import { userId, userSummary } from '../common/access.fixture';

const usersRoute = 'GET /api/access/users';
const administrator = () => sessionResponse('system-administrator', 'region:220000', administratorPermissions, { displayName: '管理员' });
const temporaryPassword = 'Tq7mXk2PzR9wHb4NcV8yLd3E';

function base(extra: Record<string, (() => Response) | (() => Response)[]> = {}) {
  return {
    [sessionRoute]: administrator,
    'GET /api/registry/regions': () => jsonResponse(jilinRegions()),
    ...extra,
  };
}

async function choose(user: ReturnType<typeof renderApp>['user'], dialog: HTMLElement, label: string, option: string) {
  fireEvent.mouseDown(within(dialog).getByLabelText(label));
  await user.click(await screen.findByTitle(option));
}

/** The table row of an account. */
async function row(userName: string): Promise<HTMLElement> {
  return (await screen.findByText(userName)).closest<HTMLElement>('tr')!;
}

/**
 * A button by its text. (Role queries compute every ancestor's style, and with antd's style sheets
 * jsdom takes tens of seconds for a table row.)
 */
function buttonIn(container: HTMLElement, text: RegExp | string): HTMLElement {
  return within(container).getByText(text).closest<HTMLElement>('button')!;
}

describe('User administration', () => {
  it('lists accounts with their role, scope and status', async () => {
    const { requestsTo } = mockApi(
      base({
        [usersRoute]: () =>
          jsonResponse(listPage([userSummary(), userSummary({ id: 'u2', userName: 'zhao.lei', displayName: '赵磊', role: 'auditor', isDisabled: true, twoFactorEnabled: true })])),
      }),
    );
    renderApp('/admin/users');

    expect(await screen.findByText('wang.fang')).toBeInTheDocument();
    expect(screen.getByText('市（州）司法局工作人员')).toBeInTheDocument();
    expect(await screen.findAllByText('长春市（220100）')).not.toHaveLength(0);
    expect(screen.getByText('已停用')).toBeInTheDocument();
    expect(requestsTo('/api/access/users')[0]!.url.searchParams.get('sort')).toBe('userName');
  });

  it('creates an account and shows its temporary password once, with a warning and a copy button', async () => {
    const created = userSummary({ id: 'new-user', userName: 'liu.qiang', displayName: '刘强', role: 'firm-administrator', dataScope: `firm:${firmId}` });
    const { requestsTo } = mockApi(
      base({
        [usersRoute]: () => jsonResponse(listPage([])),
        'GET /api/registry/firms': () => jsonResponse(listPage([firmSummary()])),
        [`GET /api/registry/firms/${firmId}`]: () => versionedResponse(firmDetails()),
        'POST /api/access/users': [
          () =>
            problemResponse({
              type: 'urn:lawyerwork:problem:user-name-taken',
              title: '与当前状态冲突',
              status: 409,
              code: 'user-name-taken',
              detail: '该用户名已被使用。',
            }),
          () => jsonResponse({ user: created, temporaryPassword }, 201),
        ],
      }),
    );
    const { user } = renderApp('/admin/users');
    await screen.findByText('尚无用户');

    await user.click(screen.getByText('新建用户'));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('用户名'), 'liu.qiang');
    await user.type(within(dialog).getByLabelText('姓名'), '刘强');
    await choose(user, dialog, '角色', '律所管理员');
    // A firm administrator's scope is a firm, chosen by name.
    expect(within(dialog).getByText('选择该律所管理员所属的律师事务所')).toBeInTheDocument();
    fireEvent.mouseDown(within(dialog).getByLabelText('数据范围'));
    await user.click(await screen.findByTitle('吉林正道律师事务所'));
    await user.click(buttonIn(dialog, /^创\s?建$/));

    expect(await within(dialog).findByText('该用户名已被使用。')).toBeInTheDocument();
    await user.click(buttonIn(dialog, /^创\s?建$/));

    const secret = await screen.findByTestId('one-time-secret');
    expect(secret).toHaveTextContent(temporaryPassword);
    expect(screen.getByText('此信息只显示这一次')).toBeInTheDocument();
    expect(screen.getByText('刘强（liu.qiang）的临时密码：')).toBeInTheDocument();
    expect(within(secret).getByLabelText('复制')).toBeInTheDocument();
    expect(requestsTo('/api/access/users', 'POST')[1]!.body).toEqual({
      userName: 'liu.qiang',
      displayName: '刘强',
      role: 'firm-administrator',
      dataScope: `firm:${firmId}`,
    });

    await user.click(screen.getByText('我已妥善保存'));

    // Gone for good: nothing on the page shows it again.
    await waitFor(() => expect(screen.queryByText(temporaryPassword)).not.toBeInTheDocument());
    expect(document.body.innerHTML).not.toContain(temporaryPassword);
  });

  it('puts the server’s complaint about the scope next to the field', async () => {
    mockApi(
      base({
        [usersRoute]: () => jsonResponse(listPage([])),
        'POST /api/access/users': () =>
          problemResponse({
            type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
            title: '一个或多个字段无效',
            status: 400,
            errors: { dataScope: ['数据范围与角色不符：律所管理员用 firm:，律师用 self:，其他角色用 region:。'] },
          }),
      }),
    );
    const { user } = renderApp('/admin/users');
    await screen.findByText('尚无用户');

    await user.click(screen.getByText('新建用户'));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('用户名'), 'chen.jing');
    await user.type(within(dialog).getByLabelText('姓名'), '陈静');
    await choose(user, dialog, '角色', '县（市、区）司法局工作人员');
    await user.type(within(dialog).getByLabelText('数据范围'), '220104');
    await user.click(await screen.findByTitle('朝阳区（220104）'));
    await user.click(buttonIn(dialog, /^创\s?建$/));

    const item = within(dialog).getByLabelText('数据范围').closest<HTMLElement>('.ant-form-item')!;
    expect(await within(item).findByText('数据范围与角色不符：律所管理员用 firm:，律师用 self:，其他角色用 region:。')).toBeInTheDocument();
  });

  it('edits an account against the version it read (If-Match)', async () => {
    const { requestsTo } = mockApi(
      base({
        [usersRoute]: () => jsonResponse(listPage([userSummary()])),
        [`GET /api/access/users/${userId}`]: () => versionedResponse(userSummary({ version: 5 })),
        [`PUT /api/access/users/${userId}`]: () => versionedResponse(userSummary({ version: 6, displayName: '王芳芳' })),
      }),
    );
    const { user } = renderApp('/admin/users');

    await user.click(buttonIn(await row('wang.fang'), /^编\s?辑$/));
    const dialog = await screen.findByRole('dialog');
    const name = await within(dialog).findByDisplayValue('王芳');
    await user.clear(name);
    await user.type(name, '王芳芳');
    await user.click(buttonIn(dialog, /^保\s?存$/));

    await waitFor(() => expect(requestsTo(`/api/access/users/${userId}`, 'PUT')).toHaveLength(1));
    const put = requestsTo(`/api/access/users/${userId}`, 'PUT')[0]!;
    expect(put.headers.get('If-Match')).toBe('"5"');
    expect(put.body).toEqual({ displayName: '王芳芳', role: 'city-officer', dataScope: 'region:220100' });
  });

  it('resets a password after a confirmation, and shows the new temporary password once', async () => {
    const { requestsTo } = mockApi(
      base({
        [usersRoute]: () => jsonResponse(listPage([userSummary()])),
        [`POST /api/access/users/${userId}/password-reset`]: () =>
          jsonResponse({ user: userSummary({ version: 3 }), temporaryPassword }),
      }),
    );
    const { user } = renderApp('/admin/users');

    await user.click(buttonIn(await row('wang.fang'), '重置密码'));
    expect(await screen.findByText(/确定要为“王芳”（wang.fang）生成新的临时密码吗/)).toBeInTheDocument();
    await user.click(buttonIn(await screen.findByRole('dialog'), /^重\s?置$/));

    expect(await screen.findByTestId('one-time-secret')).toHaveTextContent(temporaryPassword);
    expect(screen.getByText('密码已重置')).toBeInTheDocument();
    expect(requestsTo(`/api/access/users/${userId}/password-reset`)[0]!.headers.get('If-Match')).toBe('"2"');
  });

  it('disables an account after a confirmation, and says so when somebody else changed it first (412)', async () => {
    const { requestsTo } = mockApi(
      base({
        [usersRoute]: () => jsonResponse(listPage([userSummary()])),
        [`POST /api/access/users/${userId}/disablement`]: () =>
          problemResponse({ type: 'urn:lawyerwork:problem:stale-version', title: '记录已被修改', status: 412, code: 'stale-version' }),
      }),
    );
    const { user } = renderApp('/admin/users');

    await user.click(buttonIn(await row('wang.fang'), /^停\s?用$/));
    const confirmation = await screen.findByRole('dialog');
    expect(within(confirmation).getByText(/确定要停用“王芳”/)).toBeInTheDocument();
    await user.click(buttonIn(confirmation, /^停\s?用$/));

    expect(await screen.findByText('该用户已被他人修改，列表已刷新，请重试。')).toBeInTheDocument();
    expect(requestsTo(`/api/access/users/${userId}/disablement`)[0]!.headers.get('If-Match')).toBe('"2"');
    await waitFor(() => expect(requestsTo('/api/access/users', 'GET').length).toBeGreaterThan(1));
  });
});
