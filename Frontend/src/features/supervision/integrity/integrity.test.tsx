import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { auditorPermissions, jsonResponse, mockApi, problemResponse, sessionResponse, sessionRoute } from '../../../test/fetchMock';
import { buttonIn, formItemIn, modal } from '../../../test/queries';
import { renderApp } from '../../../test/renderApp';
import { versionedResponse } from '../../../test/versioned';
import { lawyerDetails, lawyerId, lawyerSummary, listPage } from '../../registry/common/registry.fixture';
import { jilinRegions } from '../../registry/regions/regions.fixture';
import { complaintId, integrityRecord } from '../common/supervision.fixture';

const listPath = '/api/supervision/integrity-records';
const regionsRoute = 'GET /api/registry/regions';

describe('Integrity records', () => {
  it('lists rewards and sanctions with their measures in words, where they came from, and filters by kind', async () => {
    const { requestsTo } = mockApi({
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [`GET ${listPath}`]: () =>
        jsonResponse(
          listPage([
            integrityRecord(),
            integrityRecord({
              id: 'r-2',
              kind: 'Reward',
              measure: 'Reward:Commendation',
              title: '全省优秀律师',
              decidedBy: '吉林省律师协会',
              effectiveUntil: null,
              complaintId: null,
            }),
          ]),
        ),
    });
    const { user } = renderApp('/supervision/integrity-records');

    const sanction = (await screen.findByText('行政处罚：停止执业6个月')).closest('tr')!;
    expect(within(sanction).getByText('行政处罚：停止执业')).toBeInTheDocument();
    expect(within(sanction).getByText('惩戒')).toBeInTheDocument();
    expect(within(sanction).getByText('投诉处理').closest('a')).toHaveAttribute('href', `/supervision/complaints/${complaintId}`);
    expect(within(sanction).getByText('张三').closest('a')).toHaveAttribute('href', `/registry/lawyers/${lawyerId}`);
    const reward = screen.getByText('全省优秀律师').closest('tr')!;
    expect(within(reward).getByText('表彰奖励', { selector: '.ant-tag' })).toBeInTheDocument();
    expect(within(reward).getByText('直接录入')).toBeInTheDocument();
    expect(Object.fromEntries(requestsTo(listPath)[0]!.url.searchParams)).toEqual({ sort: '-decidedOn', page: '1', pageSize: '20' });

    const search = screen.getByRole('search');
    fireEvent.mouseDown(within(search).getByLabelText('类别'));
    await user.click(await screen.findByTitle('惩戒'));
    await user.click(buttonIn(search, /^查\s?询$/));
    await waitFor(() => expect(requestsTo(listPath)).toHaveLength(2));
    expect(requestsTo(listPath)[1]!.url.searchParams.get('kind')).toBe('Sanction');
  });

  it('enters a suspension for a lawyer with its period; the server’s field error lands on its field', async () => {
    const { requestsTo } = mockApi({
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [`GET ${listPath}`]: () => jsonResponse(listPage([])),
      'GET /api/registry/lawyers': () => jsonResponse(listPage([lawyerSummary()])),
      [`GET /api/registry/lawyers/${lawyerId}`]: () => versionedResponse(lawyerDetails()),
      [`POST ${listPath}`]: [
        () =>
          problemResponse({
            type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
            title: '一个或多个字段无效',
            status: 400,
            errors: { documentNumber: ['请填写决定书文号。'] },
          }),
        () => jsonResponse(integrityRecord({ complaintId: null }), 201),
      ],
    });
    const { user } = renderApp('/supervision/integrity-records');
    expect(await screen.findByText('暂无奖惩记录')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /录入奖惩/ }));
    const dialog = await modal('录入奖惩信息');
    fireEvent.mouseDown(within(dialog).getByLabelText('律师'));
    await user.click(await screen.findByTitle('张三'));
    fireEvent.mouseDown(within(dialog).getByLabelText('措施'));
    // A lawyer cannot be given a firm's penalty.
    expect(screen.queryByTitle('行政处罚：停业整顿')).not.toBeInTheDocument();
    await user.click(await screen.findByTitle('行政处罚：停止执业'));
    await user.type(await within(dialog).findByLabelText('期限（月）'), '6');
    await user.type(within(dialog).getByLabelText('名称'), '行政处罚：停止执业6个月');
    await user.type(within(dialog).getByLabelText('决定机关'), '长春市司法局');
    await user.type(within(dialog).getByLabelText('决定书文号'), ' ');
    await user.click(buttonIn(dialog, /^录\s?入$/));
    expect(await within(formItemIn(dialog, '决定书文号')).findByText('此项为必填项')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('决定书文号'), '长司罚决字〔2026〕第1号');
    await user.click(buttonIn(dialog, /^录\s?入$/));

    expect(await within(formItemIn(dialog, '决定书文号')).findByText('请填写决定书文号。')).toBeInTheDocument();
    expect(requestsTo(listPath, 'POST')[0]!.body).toEqual({
      kind: 'Sanction',
      subject: 'Lawyer',
      subjectId: lawyerId,
      measure: 'Penalty:PracticeSuspension',
      title: '行政处罚：停止执业6个月',
      decidedBy: '长春市司法局',
      documentNumber: '长司罚决字〔2026〕第1号',
      decidedOn: dayjs().format('YYYY-MM-DD'),
      months: 6,
    });

    await user.click(buttonIn(dialog, /^录\s?入$/));
    expect(await screen.findByText('已录入“行政处罚：停止执业6个月”')).toBeInTheDocument();
    await waitFor(() => expect(requestsTo(listPath, 'GET').length).toBeGreaterThan(1));
  });

  it('offers no entry to a reader (an auditor)', async () => {
    mockApi({
      [sessionRoute]: () => sessionResponse('auditor', 'region:220000', auditorPermissions),
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [`GET ${listPath}`]: () => jsonResponse(listPage([])),
    });
    renderApp('/supervision/integrity-records');
    expect(await screen.findByText('暂无奖惩记录')).toBeInTheDocument();
    expect(screen.queryByText('录入奖惩')).not.toBeInTheDocument();
  });
});
