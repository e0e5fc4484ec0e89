import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '../../../test/fetchMock';
import { buttonIn, formItemIn, modal } from '../../../test/queries';
import { renderApp } from '../../../test/renderApp';
import { versionedResponse } from '../../../test/versioned';
import { listPage } from '../../registry/common/registry.fixture';
import { jilinRegions } from '../../registry/regions/regions.fixture';
import { questionIds, surveyDetails, surveyId, surveySummary } from '../common/supervision.fixture';
import { surveyActions } from './SurveyDetailPage';

const listPath = '/api/supervision/surveys';
const detailPath = `${listPath}/${surveyId}`;
const regionsRoute = 'GET /api/registry/regions';

const offered = () => {
  const actions = screen.queryByTestId('survey-actions');
  return actions ? within(actions).queryAllByRole('button').map((button) => (button.textContent ?? '').replace(/\s/g, '')) : [];
};

describe('Surveys', () => {
  it('offer a manager editing and sending for a draft, closing for an open survey, nothing after; a reader nothing', () => {
    expect(surveyActions('Draft', true)).toEqual(['edit', 'opening']);
    expect(surveyActions('Open', true)).toEqual(['closing']);
    expect(surveyActions('Closed', true)).toEqual([]);
    expect(surveyActions('Draft', false)).toEqual([]);
  });

  it('lists the surveys with their progress and filters by state', async () => {
    const { requestsTo } = mockApi({
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [`GET ${listPath}`]: () => jsonResponse(listPage([surveySummary({ state: 'Open', targetCount: 12, submitted: 5 })])),
    });
    const { user } = renderApp('/supervision/surveys');

    const row = (await screen.findByText('小型律所经营状况调研')).closest('tr')!;
    expect(within(row).getByText('调研中')).toBeInTheDocument();
    expect(within(row).getByText('5 / 12')).toBeInTheDocument();
    expect(within(row).getByText('长春市（220100）')).toBeInTheDocument();
    expect(screen.getByText('新建调研')).toBeInTheDocument();

    const search = screen.getByRole('search');
    fireEvent.mouseDown(within(search).getByLabelText('状态'));
    await user.click(await screen.findByTitle('草稿'));
    await user.click(buttonIn(search, /^查\s?询$/));
    await waitFor(() => expect(requestsTo(listPath)).toHaveLength(2));
    expect(Object.fromEntries(requestsTo(listPath)[1]!.url.searchParams)).toEqual({ state: 'Draft', sort: '-createdAt', page: '1', pageSize: '20' });
  });

  it('drafts a survey with the question builder; the server’s error on a question’s options lands on that field', async () => {
    const created = surveyDetails();
    const { requestsTo } = mockApi({
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [`POST ${listPath}`]: [
        () =>
          problemResponse({
            type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
            title: '一个或多个字段无效',
            status: 400,
            errors: { 'questions[0].options': ['选择题须有 2–30 个不重复的选项（每项不超过 100 字）。'] },
          }),
        () => versionedResponse(created, 201),
      ],
      [`GET ${detailPath}`]: () => versionedResponse(created),
    });
    const { user, router } = renderApp('/supervision/surveys/new');

    expect(await screen.findByRole('heading', { name: '新建调研' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('标题'), '小型律所经营状况调研');
    await user.type(screen.getByLabelText('调研范围'), '220100');
    await user.click(await screen.findByTitle('长春市（220100）'));
    fireEvent.mouseDown(screen.getByLabelText('律所规模'));
    await user.click(await screen.findByTitle('小型'));
    fireEvent.mouseDown(screen.getByLabelText('组织形式'));
    await user.click(await screen.findByTitle('个人'));
    await user.type(screen.getByLabelText('截止日期'), '2027-01-31');
    await user.click(screen.getByRole('heading', { name: '新建调研' }));

    const first = screen.getByTestId('question-1');
    await user.type(within(first).getByLabelText('题目'), '主要业务领域');
    await user.type(within(first).getByLabelText('选项'), '民事');
    await user.click(buttonIn(document.body, '添加问题'));
    const second = await screen.findByTestId('question-2');
    fireEvent.mouseDown(within(second).getByLabelText('题型'));
    await user.click((await screen.findAllByTitle('数字题')).at(-1)!);
    await user.type(within(second).getByLabelText('题目'), '执业律师人数');
    await user.type(await within(second).findByLabelText('最小值'), '1');
    await user.type(within(second).getByLabelText('最大值'), '50');

    await user.click(buttonIn(document.body, /^保存草稿$/));
    expect(await within(formItemIn(first, '选项')).findByText('选择题须有 2–30 个不重复的选项（每项不超过 100 字）。')).toBeInTheDocument();
    expect(requestsTo(listPath, 'POST')[0]!.body).toEqual({
      title: '小型律所经营状况调研',
      description: null,
      targetRegionCode: '220100',
      targetSizeBands: ['Small'],
      targetForms: ['Sole'],
      closesOn: '2027-01-31',
      questions: [
        { kind: 'SingleChoice', text: '主要业务领域', options: ['民事'], required: true, min: null, max: null },
        { kind: 'Number', text: '执业律师人数', options: [], required: true, min: 1, max: 50 },
      ],
    });

    await user.type(within(first).getByLabelText('选项'), '\n刑事');
    await user.click(buttonIn(document.body, /^保存草稿$/));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/supervision/surveys/${surveyId}`));
    expect((requestsTo(listPath, 'POST')[1]!.body as { questions: { options: string[] }[] }).questions[0]!.options).toEqual(['民事', '刑事']);
    expect(await screen.findByRole('heading', { name: '小型律所经营状况调研' })).toBeInTheDocument();
  });

  it('revises a draft with If-Match naming the version read', async () => {
    const { requestsTo } = mockApi({
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [`GET ${detailPath}`]: () => versionedResponse(surveyDetails({ version: 2 })),
      [`PUT ${detailPath}`]: () => versionedResponse(surveyDetails({ title: '小型律所调研（修订）', version: 3 })),
    });
    const { user, router } = renderApp(`/supervision/surveys/${surveyId}/edit`);

    const title = await screen.findByLabelText('标题');
    expect(within(screen.getByTestId('question-4')).getByLabelText('题目')).toHaveValue('意见和建议');
    await user.clear(title);
    await user.type(title, '小型律所调研（修订）');
    await user.click(buttonIn(document.body, /^保\s?存$/));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/supervision/surveys/${surveyId}`));
    const [put] = requestsTo(detailPath, 'PUT');
    expect(put!.headers.get('If-Match')).toBe('"2"');
    const body = put!.body as { title: string; questions: { options: string[]; min: number | null }[] };
    expect(body.title).toBe('小型律所调研（修订）');
    expect(body.questions.map((question) => question.options)).toEqual([['民事', '刑事'], ['法律援助', '普法宣传', '值班律师'], [], []]);
    expect(body.questions[2]!.min).toBe(1);
  });

  it('sends a draft with If-Match; the host’s 409 (no matching firm) is shown in the modal', async () => {
    const { requestsTo } = mockApi({
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [`GET ${detailPath}`]: () => versionedResponse(surveyDetails({ version: 1 })),
      [`POST ${detailPath}/opening`]: () =>
        problemResponse({ type: 'about:blank', title: '操作冲突', status: 409, code: 'no-target-firms', detail: '没有符合条件的律师事务所，问卷无法发放。' }),
    });
    const { user } = renderApp(`/supervision/surveys/${surveyId}`);

    expect(await screen.findByRole('heading', { name: '小型律所经营状况调研' })).toBeInTheDocument();
    expect(offered()).toEqual(['修改', '发放']);
    expect(screen.getByText('发放时确定')).toBeInTheDocument();
    expect(screen.queryByTestId('survey-progress')).not.toBeInTheDocument();

    await user.click(buttonIn(screen.getByTestId('survey-actions'), /^发\s?放$/));
    const dialog = await modal('发放问卷');
    await user.click(buttonIn(dialog, /^确认发放$/));
    expect(await within(dialog).findByText('没有符合条件的律师事务所，问卷无法发放。')).toBeInTheDocument();
    expect(requestsTo(`${detailPath}/opening`)[0]!.headers.get('If-Match')).toBe('"1"');
  });

  it('shows an open survey’s progress per region and the summary with counts, averages and texts; closes it with If-Match', async () => {
    const open = surveyDetails({ state: 'Open', targetCount: 3, openedAt: '2026-11-21T02:00:00+00:00', version: 2 });
    const { requestsTo } = mockApi({
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [`GET ${detailPath}`]: () => versionedResponse(open),
      [`GET ${detailPath}/progress`]: () =>
        jsonResponse({ surveyId, target: 3, submitted: 2, drafts: 1, regions: [{ regionCode: '220104', target: 3, submitted: 2, drafts: 1 }] }),
      [`GET ${detailPath}/summary`]: () =>
        jsonResponse({
          surveyId,
          submitted: 2,
          questions: [
            { questionId: questionIds[0], position: 1, kind: 'SingleChoice', text: '主要业务领域', answered: 2, optionCounts: { 民事: 2, 刑事: 0 } },
            { questionId: questionIds[2], position: 3, kind: 'Number', text: '执业律师人数', answered: 2, average: 2.5, minimum: 2, maximum: 3 },
            { questionId: questionIds[3], position: 4, kind: 'Text', text: '意见和建议', answered: 1, texts: [{ firmName: '吉林正道律师事务所', text: '希望多组织培训' }] },
          ],
        }),
      [`POST ${detailPath}/closing`]: () => versionedResponse(surveyDetails({ ...open, state: 'Closed', closedAt: '2026-12-01T02:00:00+00:00', version: 3 })),
    });
    const { user } = renderApp(`/supervision/surveys/${surveyId}`);

    const progress = await screen.findByTestId('survey-progress');
    expect(await within(progress).findByText('朝阳区（220104）')).toBeInTheDocument();
    const summary = screen.getByTestId('survey-summary');
    expect(await within(summary).findByText('已提交答卷 2 份')).toBeInTheDocument();
    expect(within(screen.getByTestId('summary-1')).getByText('2 家')).toBeInTheDocument();
    expect(within(screen.getByTestId('summary-3')).getByText('2.5')).toBeInTheDocument();
    expect(within(screen.getByTestId('summary-4')).getByText('希望多组织培训')).toBeInTheDocument();
    expect(within(screen.getByTestId('summary-4')).getByText('吉林正道律师事务所')).toBeInTheDocument();
    expect(within(summary).getByText('导出答卷 CSV')).toBeInTheDocument();
    expect(offered()).toEqual(['结束调研']);

    await user.click(buttonIn(screen.getByTestId('survey-actions'), /^结束调研$/));
    const dialog = await modal('结束调研');
    await user.click(buttonIn(dialog, /^确认结束$/));
    await waitFor(() => expect(requestsTo(`${detailPath}/closing`)).toHaveLength(1));
    expect(requestsTo(`${detailPath}/closing`)[0]!.headers.get('If-Match')).toBe('"2"');
    await waitFor(() => expect(offered()).toEqual([]));
    expect(screen.getAllByText('已结束').length).toBeGreaterThan(0);
  });
});
