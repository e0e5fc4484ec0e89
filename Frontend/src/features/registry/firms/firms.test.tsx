import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { versionedResponse } from '../../../test/versioned';
import { firmDetails, firmId, listPage } from '../common/registry.fixture';
import { jilinRegions } from '../regions/regions.fixture';

const firmPath = `/api/registry/firms/${firmId}`;
const regionsRoute = 'GET /api/registry/regions';
const badRequest = (errors: Record<string, string[]>) =>
  problemResponse({ type: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1', title: '一个或多个字段无效', status: 400, errors });
const stale = () =>
  problemResponse({
    type: 'urn:lawyerwork:problem:stale-version',
    title: '记录已被修改',
    status: 412,
    code: 'stale-version',
    detail: '记录已被他人修改，请刷新后重试。',
  });
// antd spaces out two-character Chinese button labels (登 记).
const button = (label: string) => screen.getByRole('button', { name: new RegExp(`^${[...label].join('\\s?')}$`) });

/** The Form.Item (label, control and messages) of the field labelled so. */
function formItem(label: string): HTMLElement {
  const item = screen.getByLabelText(label).closest<HTMLElement>('.ant-form-item');
  if (!item) throw new Error(`No form item for ${label}`);
  return item;
}

describe('Firm forms', () => {
  it('register: the server’s field errors appear next to their fields; the fixed form saves with a new key', async () => {
    const { requestsTo } = mockApi({
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      'GET /api/registry/firms': () => jsonResponse(listPage([])),
      'POST /api/registry/firms': [
        () => badRequest({ uscc: ['统一社会信用代码校验位不正确（GB 32100-2015），请核对。'] }),
        () => versionedResponse(firmDetails({ version: 0 }), 201, { Location: firmPath }),
      ],
      [`GET ${firmPath}`]: () => versionedResponse(firmDetails({ version: 0 })),
    });
    const { user, router } = renderApp('/registry/firms/new');

    expect(await screen.findByRole('heading', { name: '登记律师事务所' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('律所名称'), '吉林正道律师事务所');
    await user.type(screen.getByLabelText('统一社会信用代码'), '31220100MD00000012');
    await user.type(screen.getByLabelText('执业许可证号'), '32201200910000001');
    fireEvent.mouseDown(screen.getByLabelText('组织形式'));
    await user.click(await screen.findByTitle('普通合伙'));
    fireEvent.mouseDown(screen.getByLabelText('规模'));
    await user.click(await screen.findByTitle('中型'));
    await user.type(screen.getByLabelText('所在地区'), '220104');
    await user.click(await screen.findByTitle('朝阳区（220104）'));
    await user.type(screen.getByLabelText('负责人（主任）'), '王正');
    await user.type(screen.getByLabelText('住所'), '长春市朝阳区人民大街1号');
    await user.type(screen.getByLabelText('成立日期'), '2009-05-01');
    await user.click(screen.getByRole('heading', { name: '登记律师事务所' }));

    await user.click(button('登记'));

    expect(
      await within(formItem('统一社会信用代码')).findByText('统一社会信用代码校验位不正确（GB 32100-2015），请核对。'),
    ).toBeInTheDocument();
    expect(await screen.findByText('请按提示修改标出的字段后重新提交。')).toBeInTheDocument();
    const [first] = requestsTo('/api/registry/firms', 'POST');
    expect(first!.body).toEqual({
      name: '吉林正道律师事务所',
      uscc: '31220100MD00000012',
      licenceNumber: '32201200910000001',
      organisationForm: 'GeneralPartnership',
      sizeBand: 'Medium',
      regionCode: '220104',
      director: '王正',
      address: '长春市朝阳区人民大街1号',
      phone: null,
      foundedOn: '2009-05-01',
      branchOfId: null,
    });

    const usccBox = screen.getByLabelText('统一社会信用代码');
    await user.clear(usccBox);
    await user.type(usccBox, '31220100MD00000011');
    await user.click(button('登记'));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/registry/firms/${firmId}`));
    const [, second] = requestsTo('/api/registry/firms', 'POST');
    expect((second!.body as { uscc: string }).uscc).toBe('31220100MD00000011');
    // Each submission is an operation of its own, with its own Idempotency-Key.
    const keys = [first!.headers.get('Idempotency-Key'), second!.headers.get('Idempotency-Key')];
    expect(keys[0]).toMatch(/^[\w-]{16,}$/);
    expect(keys[1]).toMatch(/^[\w-]{16,}$/);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('edit: a field error lands on its field, and a conflict (409) shows the server’s words', async () => {
    mockApi({
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      'GET /api/registry/firms': () => jsonResponse(listPage([])),
      [`GET ${firmPath}`]: () => versionedResponse(firmDetails()),
      [`PUT ${firmPath}`]: [
        () => badRequest({ licenceNumber: ['执业许可证号须为 17 位数字。'], 'codes[1]': ['未知的字段。'] }),
        () =>
          problemResponse({
            type: 'urn:lawyerwork:problem:uscc-taken',
            title: '与当前状态冲突',
            status: 409,
            code: 'uscc-taken',
            detail: '统一社会信用代码 31220100MD00000022 已登记给另一家律师事务所。',
          }),
      ],
    });
    const { user } = renderApp(`/registry/firms/${firmId}/edit`);
    expect(await screen.findByDisplayValue('吉林正道律师事务所')).toBeInTheDocument();

    await user.click(button('保存'));

    expect(await within(formItem('执业许可证号')).findByText('执业许可证号须为 17 位数字。')).toBeInTheDocument();
    // A field the form does not have is listed above the form instead of being lost.
    expect(screen.getByText('codes[1]')).toBeInTheDocument();
    expect(screen.getByText('未知的字段。')).toBeInTheDocument();

    await user.click(button('保存'));

    expect(await screen.findByText('统一社会信用代码 31220100MD00000022 已登记给另一家律师事务所。')).toBeInTheDocument();
    expect(screen.getByText('与当前状态冲突')).toBeInTheDocument();
  });

  it('edit: a stale version (412) asks to reload; reloading shows the stored record and saves against its ETag', async () => {
    const { requestsTo } = mockApi({
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      'GET /api/registry/firms': () => jsonResponse(listPage([])),
      [`GET ${firmPath}`]: [
        () => versionedResponse(firmDetails({ version: 3 })),
        () => versionedResponse(firmDetails({ version: 4, director: '李明' })),
      ],
      [`PUT ${firmPath}`]: [stale, () => versionedResponse(firmDetails({ version: 5, director: '李明', address: '新地址' }))],
    });
    const { user, router } = renderApp(`/registry/firms/${firmId}/edit`);
    const address = await screen.findByDisplayValue('长春市朝阳区人民大街1号');
    await user.clear(address);
    await user.type(address, '新地址');

    await user.click(button('保存'));

    expect(await screen.findByText('该记录已被他人修改，请重新加载')).toBeInTheDocument();
    expect(requestsTo(firmPath, 'PUT')[0]!.headers.get('If-Match')).toBe('"3"');

    await user.click(screen.getByRole('button', { name: '重新加载' }));

    expect(await screen.findByDisplayValue('李明')).toBeInTheDocument();
    expect(screen.getByLabelText('住所')).toHaveValue('长春市朝阳区人民大街1号');
    expect(screen.queryByText('该记录已被他人修改，请重新加载')).not.toBeInTheDocument();

    await user.clear(screen.getByLabelText('住所'));
    await user.type(screen.getByLabelText('住所'), '新地址');
    await user.click(button('保存'));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/registry/firms/${firmId}`));
    const second = requestsTo(firmPath, 'PUT')[1]!;
    expect(second.headers.get('If-Match')).toBe('"4"');
    expect(second.body).toMatchObject({ director: '李明', address: '新地址' });
  });
});

describe('Firm detail', () => {
  it('shows the not-found state for a firm that does not exist or lies outside the caller’s scope (404)', async () => {
    mockApi({
      [`GET ${firmPath}`]: () =>
        problemResponse({ type: 'https://tools.ietf.org/html/rfc9110#section-15.5.5', title: '未找到', status: 404, detail: '未找到该律师事务所。' }),
    });
    renderApp(`/registry/firms/${firmId}`);

    expect(await screen.findByText('未找到该记录')).toBeInTheDocument();
    expect(screen.getByText('该记录不存在，或不在你的数据范围内。')).toBeInTheDocument();
  });

  it('shows the facts, the status and a link to the firm’s lawyers', async () => {
    mockApi({
      [`GET ${firmPath}`]: () =>
        versionedResponse(firmDetails({ status: 'Suspended', statusChangedOn: '2026-03-01', statusReason: '年度考核不合格' })),
    });
    renderApp(`/registry/firms/${firmId}`);

    expect(await screen.findByRole('heading', { name: '吉林正道律师事务所' })).toBeInTheDocument();
    expect(screen.getByText('31220100MD00000011')).toBeInTheDocument();
    expect(screen.getByText('普通合伙')).toBeInTheDocument();
    expect(screen.getByText('年度考核不合格')).toBeInTheDocument();
    expect(screen.getByText('2026年3月1日')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /查看本所律师/ })).toHaveAttribute('href', `/registry/lawyers?firmId=${firmId}`);
    // A suspended firm can be reinstated or cancelled, not suspended again.
    expect(button('恢复执业')).toBeInTheDocument();
    expect(button('注销')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^停\s?业$/ })).not.toBeInTheDocument();
  });

  it('suspends after a confirmation that asks for the date and reason, naming the version in If-Match', async () => {
    const { requestsTo } = mockApi({
      [`GET ${firmPath}`]: () => versionedResponse(firmDetails()),
      [`POST ${firmPath}/suspension`]: () =>
        versionedResponse(firmDetails({ version: 4, status: 'Suspended', statusChangedOn: '2026-11-20', statusReason: '停业整顿' })),
    });
    const { user } = renderApp(`/registry/firms/${firmId}`);
    await screen.findByRole('heading', { name: '吉林正道律师事务所' });

    await user.click(button('停业'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/确定要让“吉林正道律师事务所”停业吗/)).toBeInTheDocument();
    const date = within(dialog).getByLabelText('生效日期');
    await user.clear(date);
    await user.type(date, '2026-11-20{Enter}');
    await user.type(within(dialog).getByLabelText('原因'), '停业整顿');
    await user.click(within(dialog).getByRole('button', { name: '确认停业' }));

    await waitFor(() => expect(requestsTo(`${firmPath}/suspension`)).toHaveLength(1));
    const request = requestsTo(`${firmPath}/suspension`)[0]!;
    expect(request.headers.get('If-Match')).toBe('"3"');
    expect(request.body).toEqual({ effectiveOn: '2026-11-20', reason: '停业整顿' });
    expect(await screen.findByRole('button', { name: /^恢\s?复\s?执\s?业$/ })).toBeInTheDocument();
    expect(screen.getAllByText('停业整顿').some((element) => element.closest('td'))).toBe(true);
  });

  it('shows why a cancellation is refused (409) inside the confirmation', async () => {
    mockApi({
      [`GET ${firmPath}`]: () => versionedResponse(firmDetails()),
      [`POST ${firmPath}/cancellation`]: () =>
        problemResponse({
          type: 'urn:lawyerwork:problem:firm-has-practising-lawyers',
          title: '与当前状态冲突',
          status: 409,
          code: 'firm-has-practising-lawyers',
          detail: '该律师事务所仍有 1 名执业律师，须先转所或注销后才能注销律所。',
        }),
    });
    const { user } = renderApp(`/registry/firms/${firmId}`);
    await screen.findByRole('heading', { name: '吉林正道律师事务所' });

    await user.click(button('注销'));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('原因'), '自行解散');
    await user.click(within(dialog).getByRole('button', { name: '确认注销' }));

    expect(await within(dialog).findByText('该律师事务所仍有 1 名执业律师，须先转所或注销后才能注销律所。')).toBeInTheDocument();
  });
});
