import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { associationStaffPermissions, jsonResponse, lawyerPermissions, mockApi, sessionResponse, sessionRoute } from '../../../test/fetchMock';
import { buttonIn, modal } from '../../../test/queries';
import { renderApp } from '../../../test/renderApp';
import { versionedResponse } from '../../../test/versioned';
import { lawyerId, listPage } from '../../registry/common/registry.fixture';
import { jilinRegions } from '../../registry/regions/regions.fixture';
import { rightsCaseDetails, rightsCaseId, rightsCaseSummary } from '../common/supervision.fixture';
import { rightsActions } from './rightsActions';

const listPath = '/api/supervision/rights-cases';
const detailPath = `${listPath}/${rightsCaseId}`;
const regionsRoute = 'GET /api/registry/regions';
const association = () => sessionResponse('association-staff', 'region:220100', associationStaffPermissions, { displayName: '长春律协维权中心' });
const lawyer = () => sessionResponse('lawyer', `self:${lawyerId}`, lawyerPermissions, { displayName: '张三' });

const offered = () => {
  const actions = screen.queryByTestId('rights-actions');
  return actions ? within(actions).queryAllByRole('button').map((button) => (button.textContent ?? '').replace(/\s/g, '')) : [];
};

describe('Rights-protection cases', () => {
  it('offer the centre the steps of each state, and a lawyer none', () => {
    expect(rightsActions('Received', true)).toEqual(['acceptance', 'rejection']);
    expect(rightsActions('Accepted', true)).toEqual(['coordination', 'answer']);
    expect(rightsActions('Coordinating', true)).toEqual(['coordination', 'answer']);
    expect(rightsActions('Answered', true)).toEqual(['closure']);
    expect(rightsActions('Closed', true)).toEqual([]);
    expect(rightsActions('Rejected', true)).toEqual([]);
    expect(rightsActions('Received', false)).toEqual([]);
  });

  it('a lawyer sees their own ledger (no region or lawyer filters), overdue cases highlighted', async () => {
    mockApi({
      [sessionRoute]: lawyer,
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [`GET ${listPath}`]: () => jsonResponse(listPage([rightsCaseSummary({ overdue: true, daysLeft: -1 })])),
    });
    renderApp('/supervision/rights-cases');

    expect(await screen.findByText('你提出的维权申请及其办理情况。')).toBeInTheDocument();
    const row = (await screen.findByText('WQ2026-XYZ789')).closest('tr')!;
    expect(row).toHaveClass('list-row-highlighted');
    expect(within(row).getByText('会见当事人')).toBeInTheDocument();
    expect(within(row).getByText('已受理')).toBeInTheDocument();
    const search = screen.getByRole('search');
    expect(within(search).queryByLabelText('所在地区')).not.toBeInTheDocument();
    expect(within(search).queryByLabelText('申请律师')).not.toBeInTheDocument();
    expect(screen.getByText('申请维权')).toBeInTheDocument();
  });

  it('the centre filters its ledger by handler and sees the export', async () => {
    const { requestsTo } = mockApi({
      [sessionRoute]: association,
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [`GET ${listPath}`]: () => jsonResponse(listPage([rightsCaseSummary()])),
    });
    const { user } = renderApp('/supervision/rights-cases');

    expect(await screen.findByText('WQ2026-XYZ789')).toBeInTheDocument();
    expect(screen.getByText('导出 CSV')).toBeInTheDocument();
    const search = screen.getByRole('search');
    expect(within(search).getByLabelText('申请日期起')).toBeInTheDocument();
    await user.type(within(search).getByLabelText('承办人'), '长春律协维权中心');
    await user.click(buttonIn(search, /^查\s?询$/));
    await waitFor(() => expect(requestsTo(listPath)).toHaveLength(2));
    expect(Object.fromEntries(requestsTo(listPath)[1]!.url.searchParams)).toEqual({
      handler: '长春律协维权中心',
      sort: '-reportedAt',
      page: '1',
      pageSize: '20',
    });
  });

  it('a lawyer reports an obstruction for themselves and is shown the case, without steps to take', async () => {
    const reported = rightsCaseDetails({ state: 'Received', handlerName: null, deadlineStep: 'RightsAcceptance', version: 0 });
    const { requestsTo } = mockApi({
      [sessionRoute]: lawyer,
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [`POST ${listPath}`]: () => versionedResponse(reported, 201),
      [`GET ${detailPath}`]: () => versionedResponse(reported),
      [`GET ${listPath}`]: () => jsonResponse(listPage([])),
    });
    const { user, router } = renderApp('/supervision/rights-cases/new');

    expect(await screen.findByRole('heading', { name: '申请维权' })).toBeInTheDocument();
    // The host takes a lawyer from the session: there is no lawyer to choose.
    expect(screen.queryByLabelText('申请律师')).not.toBeInTheDocument();
    fireEvent.mouseDown(screen.getByLabelText('受阻的执业权利'));
    await user.click(await screen.findByTitle('会见当事人'));
    await user.type(screen.getByLabelText('涉及机关'), '长春市第一看守所');
    await user.type(screen.getByLabelText('发生日期'), '2026-11-18');
    await user.click(screen.getByRole('heading', { name: '申请维权' }));
    await user.type(screen.getByLabelText('经过'), '持三证要求会见被拒。');
    await user.click(buttonIn(document.body, /^提交申请$/));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/supervision/rights-cases/${rightsCaseId}`));
    expect(requestsTo(listPath, 'POST')[0]!.body).toEqual({
      lawyerId: null,
      obstruction: 'MeetingClient',
      authority: '长春市第一看守所',
      occurredOn: '2026-11-18',
      account: '持三证要求会见被拒。',
    });
    expect(await screen.findByRole('heading', { name: '维权案件 WQ2026-XYZ789' })).toBeInTheDocument();
    expect(offered()).toEqual([]);
  });

  it('the centre answers the lawyer and closes the case, each step with If-Match naming the version read', async () => {
    const answered = rightsCaseDetails({ state: 'Answered', answer: '已与看守所协调，次日安排会见。', deadlineStep: null, dueOn: null, daysLeft: null, version: 3 });
    const { requestsTo } = mockApi({
      [sessionRoute]: association,
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [`GET ${detailPath}`]: () => versionedResponse(rightsCaseDetails()),
      [`POST ${detailPath}/answer`]: () => versionedResponse(answered),
      [`POST ${detailPath}/closure`]: () => versionedResponse(rightsCaseDetails({ ...answered, state: 'Closed', satisfaction: 'Satisfied', version: 4 })),
    });
    const { user } = renderApp(`/supervision/rights-cases/${rightsCaseId}`);
    expect(await screen.findByRole('heading', { name: '维权案件 WQ2026-XYZ789' })).toBeInTheDocument();
    expect(offered()).toEqual(['协调记录', '答复律师']);
    expect(screen.getByText('剩 4 天')).toBeInTheDocument();

    await user.click(buttonIn(screen.getByTestId('rights-actions'), /^答复律师$/));
    const answer = await modal('答复申请律师');
    await user.type(within(answer).getByLabelText('答复内容'), '已与看守所协调，次日安排会见。');
    await user.click(buttonIn(answer, /^确认答复$/));
    await waitFor(() => expect(requestsTo(`${detailPath}/answer`)).toHaveLength(1));
    expect(requestsTo(`${detailPath}/answer`)[0]!.headers.get('If-Match')).toBe('"2"');
    expect(requestsTo(`${detailPath}/answer`)[0]!.body).toEqual({ answer: '已与看守所协调，次日安排会见。' });
    await waitFor(() => expect(offered()).toEqual(['办结']));

    await user.click(buttonIn(screen.getByTestId('rights-actions'), /^办\s?结$/));
    const closure = await modal('办结');
    fireEvent.mouseDown(within(closure).getByLabelText('律师满意度'));
    await user.click(await screen.findByTitle('满意'));
    await user.click(buttonIn(closure, /^确认办结$/));
    await waitFor(() => expect(requestsTo(`${detailPath}/closure`)).toHaveLength(1));
    expect(requestsTo(`${detailPath}/closure`)[0]!.headers.get('If-Match')).toBe('"3"');
    expect(requestsTo(`${detailPath}/closure`)[0]!.body).toEqual({ satisfaction: 'Satisfied', note: null });
    expect((await screen.findAllByText('已办结', { selector: '.ant-tag' })).length).toBeGreaterThan(0);
    expect(offered()).toEqual([]);
  });
});
