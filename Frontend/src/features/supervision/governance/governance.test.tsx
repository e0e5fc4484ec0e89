import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { associationStaffPermissions, jsonResponse, mockApi, problemResponse, sessionResponse, sessionRoute } from '../../../test/fetchMock';
import { buttonIn, formItemIn, modal } from '../../../test/queries';
import { renderApp } from '../../../test/renderApp';
import { versionedResponse } from '../../../test/versioned';
import { lawyerDetails, lawyerId, lawyerSummary, listPage } from '../../registry/common/registry.fixture';
import { jilinRegions } from '../../registry/regions/regions.fixture';
import type { CommitteeDetails, MeetingDetails, MeetingSummary } from '../common/supervisionApi';

const meetingsPath = '/api/supervision/meetings';
const meetingId = '01a21518-9a9a-7000-8000-000000000001';
const decisionId = '01a21518-9a9a-7000-8000-0000000000d1';
const committeesPath = '/api/supervision/committees';
const committeeId = '01a21518-9b9b-7000-8000-000000000001';
const regionsRoute = 'GET /api/registry/regions';
const association = () => sessionResponse('association-staff', 'region:220100', associationStaffPermissions, { displayName: '长春律协秘书处' });

function meeting(overrides: Partial<MeetingDetails> = {}): MeetingDetails {
  return {
    id: meetingId,
    kind: 'StandingCouncil',
    regionCode: '220100',
    heldOn: '2026-10-15',
    title: '第三届常务理事会第五次会议',
    attendees: [{ name: '王会长', post: '会长', lawyerId: null }],
    agenda: '审议年度工作计划',
    minutes: null,
    decisions: [{ id: decisionId, text: '制定青年律师培训方案', owner: '培训部', dueOn: '2026-11-15', doneOn: null, overdue: true }],
    version: 2,
    ...overrides,
  };
}

const meetingSummary = (overrides: Partial<MeetingSummary> = {}): MeetingSummary => ({
  id: meetingId,
  kind: 'StandingCouncil',
  regionCode: '220100',
  heldOn: '2026-10-15',
  title: '第三届常务理事会第五次会议',
  decisions: 1,
  overdueDecisions: 1,
  version: 2,
  ...overrides,
});

function committee(overrides: Partial<CommitteeDetails> = {}): CommitteeDetails {
  return {
    id: committeeId,
    regionCode: '220100',
    name: '刑事业务委员会',
    description: '研究刑事辩护业务',
    members: [
      { id: 'm-1', lawyerId, lawyerName: '张三', role: 'Director', termFrom: '2025-01-01', termUntil: '2027-12-31', serving: true },
      { id: 'm-2', lawyerId: 'l-2', lawyerName: '前委员', role: 'Member', termFrom: '2022-01-01', termUntil: '2024-12-31', serving: false },
    ],
    version: 1,
    ...overrides,
  };
}

describe('Association governance', () => {
  it('meetings: filters those with overdue decisions, highlighted; the bureau reads without recording', async () => {
    const { requestsTo } = mockApi({
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [`GET ${meetingsPath}`]: () => jsonResponse(listPage([meetingSummary()])),
    });
    const { user } = renderApp('/supervision/meetings');

    const row = (await screen.findByText('第三届常务理事会第五次会议')).closest('tr')!;
    expect(row).toHaveClass('list-row-highlighted');
    expect(within(row).getByText('1 项超期')).toBeInTheDocument();
    expect(screen.queryByText('记录会议')).not.toBeInTheDocument();

    const search = screen.getByRole('search');
    fireEvent.mouseDown(within(search).getByLabelText('有超期决议'));
    await user.click(await screen.findByTitle('是'));
    await user.click(buttonIn(search, /^查\s?询$/));
    await waitFor(() => expect(requestsTo(meetingsPath)).toHaveLength(2));
    expect(Object.fromEntries(requestsTo(meetingsPath)[1]!.url.searchParams)).toEqual({ withOverdueDecisions: 'true', sort: '-heldOn', page: '1', pageSize: '20' });
  });

  it('records a meeting with its attendees and decisions; the server’s error on an attendee lands on that field', async () => {
    const { requestsTo } = mockApi({
      [sessionRoute]: association,
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [`POST ${meetingsPath}`]: [
        () =>
          problemResponse({
            type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
            title: '一个或多个字段无效',
            status: 400,
            errors: { 'attendees[0].name': ['请填写出席人员姓名，或从登记中选择律师。'] },
          }),
        () => versionedResponse(meeting({ version: 0 }), 201),
      ],
      [`GET ${meetingsPath}/${meetingId}`]: () => versionedResponse(meeting({ version: 0 })),
    });
    const { user, router } = renderApp('/supervision/meetings/new');

    expect(await screen.findByRole('heading', { name: '记录会议' })).toBeInTheDocument();
    fireEvent.mouseDown(screen.getByLabelText('会议类型'));
    await user.click(await screen.findByTitle('常务理事会'));
    await user.type(screen.getByLabelText('会议日期'), '2026-10-15');
    await user.click(screen.getByRole('heading', { name: '记录会议' }));
    await user.type(screen.getByLabelText('会议名称'), '第三届常务理事会第五次会议');
    await user.type(screen.getByLabelText('议程'), '审议年度工作计划');
    const attendee = screen.getByTestId('attendee-1');
    await user.type(within(attendee).getByLabelText('姓名（工作人员）'), '王会长');
    await user.type(within(attendee).getByLabelText('职务'), '会长');
    await user.click(buttonIn(document.body, '添加决议'));
    const decision = await screen.findByTestId('decision-1');
    await user.type(within(decision).getByLabelText('决议内容'), '制定青年律师培训方案');
    await user.type(within(decision).getByLabelText('落实责任人'), '培训部');
    await user.type(within(decision).getByLabelText('完成期限'), '2026-11-15');
    await user.click(screen.getByRole('heading', { name: '记录会议' }));

    await user.click(buttonIn(document.body, /^保存会议记录$/));
    expect(await within(formItemIn(attendee, '姓名（工作人员）')).findByText('请填写出席人员姓名，或从登记中选择律师。')).toBeInTheDocument();
    expect(requestsTo(meetingsPath, 'POST')[0]!.body).toEqual({
      kind: 'StandingCouncil',
      heldOn: '2026-10-15',
      title: '第三届常务理事会第五次会议',
      agenda: '审议年度工作计划',
      minutes: null,
      attendees: [{ lawyerId: null, name: '王会长', post: '会长' }],
      decisions: [{ text: '制定青年律师培训方案', owner: '培训部', dueOn: '2026-11-15' }],
    });

    await user.click(buttonIn(document.body, /^保存会议记录$/));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/supervision/meetings/${meetingId}`));
  });

  it('records a decision carried out and corrects the record, each with If-Match naming the meeting’s version', async () => {
    const done = meeting({ decisions: [{ ...meeting().decisions[0]!, doneOn: dayjs().format('YYYY-MM-DD'), overdue: false }], version: 3 });
    const { requestsTo } = mockApi({
      [sessionRoute]: association,
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [`GET ${meetingsPath}/${meetingId}`]: () => versionedResponse(meeting()),
      [`POST ${meetingsPath}/${meetingId}/decisions/${decisionId}/completion`]: () => versionedResponse(done),
      [`PUT ${meetingsPath}/${meetingId}`]: () => versionedResponse(meeting({ ...done, minutes: '会议一致通过', version: 4 })),
    });
    const { user, router } = renderApp(`/supervision/meetings/${meetingId}`);

    const decisions = await screen.findByTestId('meeting-decisions');
    expect(within(decisions).getByText('超期')).toBeInTheDocument();
    await user.click(buttonIn(decisions, /^办\s?结$/));
    const dialog = await modal('决议办结');
    await user.click(buttonIn(dialog, /^确认办结$/));
    await waitFor(() => expect(requestsTo(`${meetingsPath}/${meetingId}/decisions/${decisionId}/completion`)).toHaveLength(1));
    const [completion] = requestsTo(`${meetingsPath}/${meetingId}/decisions/${decisionId}/completion`);
    expect(completion!.headers.get('If-Match')).toBe('"2"');
    expect(completion!.body).toEqual({ doneOn: dayjs().format('YYYY-MM-DD') });
    await waitFor(() => expect(within(screen.getByTestId('meeting-decisions')).queryByText('超期')).not.toBeInTheDocument());

    await user.click(buttonIn(document.body, /^更正记录$/));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/supervision/meetings/${meetingId}/edit`));
    await user.type(await screen.findByLabelText('会议纪要'), '会议一致通过');
    await user.click(buttonIn(document.body, /^保\s?存$/));
    await waitFor(() => expect(requestsTo(`${meetingsPath}/${meetingId}`, 'PUT')).toHaveLength(1));
    const [put] = requestsTo(`${meetingsPath}/${meetingId}`, 'PUT');
    expect(put!.headers.get('If-Match')).toBe('"3"');
    expect(put!.body).toMatchObject({ minutes: '会议一致通过', attendees: [{ lawyerId: null, name: '王会长', post: '会长' }], decisions: [] });
  });

  it('committees: list the members serving today; forming one whose name is taken shows the host’s 409', async () => {
    const { requestsTo } = mockApi({
      [sessionRoute]: association,
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [`GET ${committeesPath}`]: () => jsonResponse([committee()]),
      [`POST ${committeesPath}`]: () => problemResponse({ type: 'about:blank', title: '操作冲突', status: 409, detail: '已有同名的专业委员会。' }),
    });
    const { user } = renderApp('/supervision/committees');

    const row = (await screen.findByText('刑事业务委员会')).closest('tr')!;
    expect(within(row).getByText('张三（主任）')).toBeInTheDocument();
    expect(within(row).queryByText(/前委员/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /成立专业委员会/ }));
    const dialog = await modal('成立专业委员会');
    await user.type(within(dialog).getByLabelText('委员会名称'), '刑事业务委员会');
    await user.click(buttonIn(dialog, /^成\s?立$/));
    expect(await within(dialog).findByText('已有同名的专业委员会。')).toBeInTheDocument();
    expect(requestsTo(committeesPath, 'POST')[0]!.body).toEqual({ name: '刑事业务委员会', description: null });
  });

  it('appoints a member and ends a term, each with If-Match naming the committee’s version', async () => {
    const { requestsTo } = mockApi({
      [sessionRoute]: association,
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      'GET /api/registry/lawyers': () => jsonResponse(listPage([lawyerSummary()])),
      [`GET /api/registry/lawyers/${lawyerId}`]: () => versionedResponse(lawyerDetails()),
      [`GET ${committeesPath}/${committeeId}`]: () => versionedResponse(committee()),
      [`POST ${committeesPath}/${committeeId}/members`]: () => versionedResponse(committee({ version: 2 })),
      [`POST ${committeesPath}/${committeeId}/members/m-1/term-end`]: () => versionedResponse(committee({ version: 3 })),
    });
    const { user } = renderApp(`/supervision/committees/${committeeId}`);

    const members = await screen.findByTestId('committee-members');
    expect(within(members).getByText('前委员')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /任命委员/ }));
    const appoint = await modal('任命委员');
    await user.type(within(appoint).getByLabelText('律师'), '张三');
    await user.click(await screen.findByTitle('张三'));
    await user.type(within(appoint).getByLabelText('任期结束'), '2028-12-31');
    await user.click(within(appoint).getByText('任命委员', { selector: '.ant-modal-title' }));
    await user.click(buttonIn(appoint, /^确认任命$/));
    await waitFor(() => expect(requestsTo(`${committeesPath}/${committeeId}/members`)).toHaveLength(1));
    const [appointment] = requestsTo(`${committeesPath}/${committeeId}/members`);
    expect(appointment!.headers.get('If-Match')).toBe('"1"');
    expect(appointment!.body).toEqual({ lawyerId, role: 'Member', termFrom: dayjs().format('YYYY-MM-DD'), termUntil: '2028-12-31' });

    await user.click(buttonIn(screen.getByTestId('committee-members'), /^结束任期$/));
    const end = await modal('提前结束任期');
    expect(within(end).getByText('提前结束 张三 的任期。')).toBeInTheDocument();
    await user.click(buttonIn(end, /^确认结束$/));
    await waitFor(() => expect(requestsTo(`${committeesPath}/${committeeId}/members/m-1/term-end`)).toHaveLength(1));
    const [termEnd] = requestsTo(`${committeesPath}/${committeeId}/members/m-1/term-end`);
    expect(termEnd!.headers.get('If-Match')).toBe('"2"');
    expect(termEnd!.body).toEqual({ endsOn: dayjs().format('YYYY-MM-DD') });
  });
});
