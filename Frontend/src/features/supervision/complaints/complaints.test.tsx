import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  associationStaffPermissions,
  auditorPermissions,
  jsonResponse,
  mockApi,
  problemResponse,
  provincialOfficerPermissions,
  sessionResponse,
  sessionRoute,
} from '../../../test/fetchMock';
import { buttonIn, formItemIn, modal } from '../../../test/queries';
import { renderApp } from '../../../test/renderApp';
import { versionedResponse } from '../../../test/versioned';
import { lawyerDetails, lawyerId, lawyerSummary, listPage } from '../../registry/common/registry.fixture';
import { jilinRegions } from '../../registry/regions/regions.fixture';
import { complaintDetails, complaintId, complaintSummary } from '../common/supervision.fixture';
import { complaintActions } from './complaintActions';

const listPath = '/api/supervision/complaints';
const detailPath = `${listPath}/${complaintId}`;
const regionsRoute = 'GET /api/registry/regions';
const association = () => sessionResponse('association-staff', 'region:220100', associationStaffPermissions, { displayName: '长春律协投诉中心' });
const bureau = () => sessionResponse('city-officer', 'region:220100', provincialOfficerPermissions, { displayName: '长春市局处罚科' });
const auditor = () => sessionResponse('auditor', 'region:220000', auditorPermissions, { displayName: '审计员' });
const today = () => dayjs().format('YYYY-MM-DD');

/** The buttons the detail page offers for the complaint's next steps (none: no button bar at all). */
async function offeredSteps(): Promise<string[]> {
  await screen.findByTestId('complaint-header');
  const actions = screen.queryByTestId('complaint-actions');
  return actions ? within(actions).queryAllByRole('button').map((button) => (button.textContent ?? '').replace(/\s/g, '')) : [];
}

type Routes = Parameters<typeof mockApi>[0];

async function openDetail(session: () => Response, complaint = complaintDetails(), routes: Routes = {}) {
  const api = mockApi({
    [sessionRoute]: session,
    [regionsRoute]: () => jsonResponse(jilinRegions()),
    [`GET ${detailPath}`]: () => versionedResponse(complaint),
    ...routes,
  });
  const view = renderApp(`/supervision/complaints/${complaintId}`);
  expect(await screen.findByRole('heading', { name: `投诉 ${complaint.receiptNumber}` })).toBeInTheDocument();
  return { ...api, ...view };
}

describe('Complaints ledger', () => {
  it('lists the latest first, highlights overdue complaints with their days over, and sends the filters', async () => {
    const { requestsTo } = mockApi({
      [sessionRoute]: association,
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [`GET ${listPath}`]: () =>
        jsonResponse(
          listPage([
            complaintSummary({ id: 'c-1', receiptNumber: 'TS2026-OVR001', overdue: true, daysLeft: -2, state: 'Received', deadlineStep: 'ComplaintAcceptance' }),
            complaintSummary({ id: 'c-2', receiptNumber: 'TS2026-FINE02', daysLeft: 5 }),
          ]),
        ),
    });
    const { user, router } = renderApp('/supervision/complaints');

    expect(await screen.findByRole('heading', { name: '投诉台账' })).toBeInTheDocument();
    const overdue = (await screen.findByText('TS2026-OVR001')).closest('tr')!;
    expect(overdue).toHaveClass('list-row-highlighted');
    expect(within(overdue).getByText('超期', { selector: '.ant-tag' })).toBeInTheDocument();
    expect(within(overdue).getByText('超期 2 天')).toBeInTheDocument();
    expect(within(overdue).getByText('待受理')).toBeInTheDocument();
    expect(within(overdue).getByText('受理审查')).toBeInTheDocument();
    expect(within(overdue).getByText('朝阳区（220104）')).toBeInTheDocument();
    const onTime = screen.getByText('TS2026-FINE02').closest('tr')!;
    expect(onTime).not.toHaveClass('list-row-highlighted');
    expect(within(onTime).queryByText('超期', { selector: '.ant-tag' })).not.toBeInTheDocument();
    expect(within(onTime).getByText('剩 5 天')).toBeInTheDocument();
    expect(screen.getByText('TS2026-OVR001').closest('a')).toHaveAttribute('href', '/supervision/complaints/c-1');
    expect(Object.fromEntries(requestsTo(listPath)[0]!.url.searchParams)).toEqual({ sort: '-filedAt', page: '1', pageSize: '20' });
    const nav = within(screen.getByRole('navigation', { name: '主导航' }));
    expect(nav.getByRole('link', { name: '投诉台账' })).toHaveAttribute('href', '/supervision/complaints');
    expect(screen.getByText('登记投诉')).toBeInTheDocument();
    expect(screen.getByText('导出 CSV')).toBeInTheDocument();

    const search = screen.getByRole('search');
    fireEvent.mouseDown(within(search).getByLabelText('状态'));
    await user.click(await screen.findByTitle('调查中'));
    fireEvent.mouseDown(within(search).getByLabelText('是否超期'));
    await user.click(await screen.findByTitle('是'));
    await user.type(within(search).getByLabelText('承办人'), '长春律协投诉中心');
    await user.click(buttonIn(search, /^查\s?询$/));

    await waitFor(() => expect(requestsTo(listPath)).toHaveLength(2));
    expect(Object.fromEntries(requestsTo(listPath)[1]!.url.searchParams)).toEqual({
      state: 'Investigating',
      overdue: 'true',
      handler: '长春律协投诉中心',
      sort: '-filedAt',
      page: '1',
      pageSize: '20',
    });
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      state: 'Investigating',
      overdue: 'true',
      handler: '长春律协投诉中心',
    });
  });
});

describe('Filing a complaint (staff)', () => {
  it('files against a chosen lawyer and shows the receipt number and lookup code once', async () => {
    const { requestsTo } = mockApi({
      [sessionRoute]: association,
      'GET /api/registry/lawyers': () => jsonResponse(listPage([lawyerSummary()])),
      [`GET /api/registry/lawyers/${lawyerId}`]: () => versionedResponse(lawyerDetails()),
      [`POST ${listPath}`]: () => jsonResponse({ id: complaintId, receiptNumber: 'TS2026-ABC234', lookupCode: 'K7M2QX9PRT', version: 0 }, 201),
      [`GET ${listPath}`]: () => jsonResponse(listPage([])),
    });
    const { user, router } = renderApp('/supervision/complaints/new');
    expect(await screen.findByRole('heading', { name: '登记投诉' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('投诉人姓名'), '钱投诉');
    await user.type(screen.getByLabelText('投诉人电话'), '13912345678');
    fireEvent.mouseDown(screen.getByLabelText('被投诉律师'));
    await user.click(await screen.findByTitle('张三'));
    await user.type(screen.getByLabelText('投诉事由'), '收取代理费后未出庭');
    await user.type(screen.getByLabelText('事实和理由'), '开庭时律师未到庭。');
    await user.click(screen.getByRole('button', { name: /^登\s?记$/ }));

    expect(await screen.findByText('投诉已登记')).toBeInTheDocument();
    expect(screen.getByTestId('receipt-number')).toHaveTextContent('TS2026-ABC234');
    expect(screen.getByTestId('lookup-code')).toHaveTextContent('K7M2QX9PRT');
    expect(screen.getByText(/请将回执号和查询码告知投诉人/)).toBeInTheDocument();
    expect(requestsTo(listPath, 'POST')[0]!.body).toEqual({
      complainantName: '钱投诉',
      complainantPhone: '13912345678',
      lawyerId,
      firmId: null,
      summary: '收取代理费后未出庭',
      details: '开庭时律师未到庭。',
    });
    // No Idempotency-Key: the host does not take one here, so nothing may retry the filing.
    expect(requestsTo(listPath, 'POST')[0]!.headers.get('Idempotency-Key')).toBeNull();

    // Filing another forgets the code: it is not shown again.
    await user.click(screen.getByRole('button', { name: '继续登记' }));
    expect(screen.queryByText('K7M2QX9PRT')).not.toBeInTheDocument();
    expect(screen.getByLabelText('投诉人姓名')).toHaveValue('');
    expect(router.state.location.pathname).toBe('/supervision/complaints/new');
  });
});

describe('Complaint detail: the steps offered', () => {
  it.each([
    ['Received', ['acceptance', 'rejection'], []],
    ['Investigating', ['notes', 'decision'], []],
    ['Referred', [], ['penalty']],
    ['Decided', ['notification'], []],
    ['Rejected', ['notification'], []],
    ['Notified', ['closure'], []],
    ['Closed', ['reopening'], []],
  ] as const)('%s: the association may %j, the bureau %j', (state, handler, bureauSteps) => {
    expect(complaintActions(state, (p) => associationStaffPermissions.includes(p))).toEqual(handler);
    expect(complaintActions(state, (p) => provincialOfficerPermissions.includes(p))).toEqual(bureauSteps);
    expect(complaintActions(state, (p) => auditorPermissions.includes(p))).toEqual([]);
  });

  it('offers the association 受理 and 不予受理 on a received complaint, and the full phone', async () => {
    await openDetail(association, complaintDetails({ state: 'Received', handlerName: null, steps: [] }));
    expect(await offeredSteps()).toEqual(['受理', '不予受理']);
    expect(screen.getByText('13912345678')).toBeInTheDocument();
    expect(screen.getByText('暂无办理记录')).toBeInTheDocument();
  });

  it('offers the bureau only 行政处罚决定 on a referred complaint, and masks the phone for it', async () => {
    const referred = complaintDetails({ state: 'Referred', outcome: 'Referral', decisionSubject: 'Lawyer', personalDataMasked: true, complainantPhone: '139****5678' });
    await openDetail(bureau, referred);
    expect(await offeredSteps()).toEqual(['行政处罚决定']);
    expect(screen.getByText('139****5678')).toBeInTheDocument();
    expect(screen.getByText('投诉人电话已脱敏显示：你的权限不包括办理投诉。')).toBeInTheDocument();
  });

  it('offers a reader (an auditor) no step at all', async () => {
    await openDetail(auditor, complaintDetails({ state: 'Received' }));
    expect(await offeredSteps()).toEqual([]);
  });

  it('shows the header, decisions and history of a decided complaint', async () => {
    await openDetail(
      association,
      complaintDetails({
        state: 'Decided',
        overdue: true,
        daysLeft: -1,
        deadlineStep: 'ComplainantNotification',
        outcome: 'Referral',
        decisionSubject: 'Lawyer',
        decisionReason: '情节严重，移送处罚',
        decidedOn: '2026-11-24',
        penalty: 'PracticeSuspension',
        penaltyMonths: 6,
        penaltyDocumentNumber: '长司罚决字〔2026〕第1号',
        penaltyDecidedOn: '2026-11-25',
      }),
    );
    expect(await offeredSteps()).toEqual(['告知投诉人']);
    const header = screen.getByTestId('complaint-header');
    expect(within(header).getByText('已作出处理决定')).toBeInTheDocument();
    expect(within(header).getByText('告知投诉人')).toBeInTheDocument();
    expect(within(header).getByText('超期 1 天')).toBeInTheDocument();
    expect(within(header).getByText('长春律协投诉中心')).toBeInTheDocument();
    const decisions = screen.getByTestId('complaint-decisions');
    expect(within(decisions).getByText('移送司法行政机关处罚')).toBeInTheDocument();
    expect(within(decisions).getByText('停止执业')).toBeInTheDocument();
    expect(within(decisions).getByText('6 个月')).toBeInTheDocument();
    expect(within(decisions).getByText('长司罚决字〔2026〕第1号')).toBeInTheDocument();
    const history = screen.getByTestId('case-timeline');
    expect(within(history).getByText('收到投诉')).toBeInTheDocument();
    expect(within(history).getByText('指定专人调查')).toBeInTheDocument();
  });
});

const badDate = () =>
  problemResponse({
    type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
    title: '一个或多个字段无效',
    status: 400,
    errors: { decidedOn: ['请填写决定日期（不晚于今天）。'] },
  });

describe('Complaint steps', () => {
  it('decides with If-Match naming the version read, shows the server’s field error on its field, then shows the stored result', async () => {
    const decided = complaintDetails({ state: 'Decided', outcome: 'Discipline', discipline: 'Warning', decisionSubject: 'Lawyer', version: 4 });
    const { requestsTo, user } = await openDetail(association, complaintDetails(), {
      [`POST ${detailPath}/decision`]: [badDate, () => versionedResponse(decided)],
    });

    await user.click(buttonIn(screen.getByTestId('complaint-actions'), /^处理决定$/));
    const dialog = await modal('作出处理决定');
    fireEvent.mouseDown(within(dialog).getByLabelText('处理结果'));
    await user.click(await screen.findByTitle('行业处分'));
    fireEvent.mouseDown(await within(dialog).findByLabelText('处分种类'));
    await user.click(await screen.findByTitle('警告'));
    await user.type(within(dialog).getByLabelText('处理理由'), '未尽勤勉义务');
    // A discipline needs its document number: the form says so before the host does.
    await user.click(buttonIn(dialog, /^确认决定$/));
    expect(await within(formItemIn(dialog, '决定书文号')).findByText('此项为必填项')).toBeInTheDocument();
    expect(requestsTo(`${detailPath}/decision`)).toHaveLength(0);
    await user.type(within(dialog).getByLabelText('决定书文号'), '长律协处字〔2026〕3号');
    await user.click(buttonIn(dialog, /^确认决定$/));

    expect(await within(formItemIn(dialog, '决定日期')).findByText('请填写决定日期（不晚于今天）。')).toBeInTheDocument();
    const [first] = requestsTo(`${detailPath}/decision`);
    expect(first!.headers.get('If-Match')).toBe('"3"');
    expect(first!.body).toEqual({
      outcome: 'Discipline',
      discipline: 'Warning',
      reason: '未尽勤勉义务',
      documentNumber: '长律协处字〔2026〕3号',
      decidedOn: today(),
    });

    await user.click(buttonIn(dialog, /^确认决定$/));
    await waitFor(() => expect(requestsTo(`${detailPath}/decision`)).toHaveLength(2));
    expect(await offeredSteps()).toEqual(['告知投诉人']);
    expect(within(screen.getByTestId('complaint-decisions')).getByText('行业处分')).toBeInTheDocument();
  });

  it('explains a stale version (412) in the modal, reads the complaint again, and then decides against the new ETag', async () => {
    const referred = (version: number) => complaintDetails({ state: 'Referred', outcome: 'Referral', decisionSubject: 'Lawyer', version });
    const stale = () =>
      problemResponse({ type: 'urn:lawyerwork:problem:stale-version', title: '记录已被修改', status: 412, code: 'stale-version', detail: '记录已被他人修改，请刷新后重试。' });
    const { requestsTo, user } = await openDetail(bureau, referred(4), {
      [`GET ${detailPath}`]: [() => versionedResponse(referred(4)), () => versionedResponse(referred(5))],
      [`POST ${detailPath}/penalty`]: [stale, () => versionedResponse(complaintDetails({ state: 'Decided', penalty: 'PracticeSuspension', penaltyMonths: 6, version: 6 }))],
    });

    await user.click(buttonIn(screen.getByTestId('complaint-actions'), /^行政处罚决定$/));
    const dialog = await modal('作出行政处罚决定');
    fireEvent.mouseDown(within(dialog).getByLabelText('处罚种类'));
    // Only penalties that fit a lawyer are offered.
    expect(screen.queryByTitle('停业整顿')).not.toBeInTheDocument();
    await user.click(await screen.findByTitle('停止执业'));
    await user.type(await within(dialog).findByLabelText('期限（月）'), '6');
    await user.type(within(dialog).getByLabelText('决定书文号'), '长司罚决字〔2026〕第1号');
    await user.click(buttonIn(dialog, /^确认处罚$/));

    expect(await within(dialog).findByText('该记录已被他人修改，请重新加载')).toBeInTheDocument();
    const [first] = requestsTo(`${detailPath}/penalty`);
    expect(first!.headers.get('If-Match')).toBe('"4"');
    expect(first!.body).toEqual({ penalty: 'PracticeSuspension', amount: null, months: 6, documentNumber: '长司罚决字〔2026〕第1号', decidedOn: today(), note: null });
    await waitFor(() => expect(requestsTo(detailPath, 'GET')).toHaveLength(2));

    await user.click(buttonIn(dialog, /^确认处罚$/));
    await waitFor(() => expect(requestsTo(`${detailPath}/penalty`)).toHaveLength(2));
    expect(requestsTo(`${detailPath}/penalty`)[1]!.headers.get('If-Match')).toBe('"5"');
    expect(await screen.findByText('已作出行政处罚决定')).toBeInTheDocument();
  });

  it('shows why the state refuses a step (409) and the complaint as it is now', async () => {
    const conflict = () =>
      problemResponse({ type: 'urn:lawyerwork:problem:step-not-allowed', title: '与当前状态冲突', status: 409, code: 'step-not-allowed', detail: '投诉当前状态为“已结案”，不能进行“结案”。' });
    const { requestsTo, user } = await openDetail(association, complaintDetails({ state: 'Notified' }), {
      [`GET ${detailPath}`]: [() => versionedResponse(complaintDetails({ state: 'Notified' })), () => versionedResponse(complaintDetails({ state: 'Closed', version: 4 }))],
      [`POST ${detailPath}/closure`]: conflict,
    });

    await user.click(buttonIn(screen.getByTestId('complaint-actions'), /^结\s?案$/));
    const dialog = await modal('结案');
    await user.click(buttonIn(dialog, /^确认结案$/));

    expect(await within(dialog).findByText('投诉当前状态为“已结案”，不能进行“结案”。')).toBeInTheDocument();
    expect(requestsTo(`${detailPath}/closure`)[0]!.body).toEqual({ note: null });
    await waitFor(() => expect(requestsTo(detailPath, 'GET')).toHaveLength(2));
    expect(await screen.findByText('复查重新调查', { selector: 'button *' })).toBeInTheDocument();
  });
});
