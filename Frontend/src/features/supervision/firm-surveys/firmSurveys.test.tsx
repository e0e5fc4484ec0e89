import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { firmAdministratorPermissions, jsonResponse, mockApi, problemResponse, sessionResponse, sessionRoute } from '../../../test/fetchMock';
import { buttonIn } from '../../../test/queries';
import { renderApp } from '../../../test/renderApp';
import { versionedResponse } from '../../../test/versioned';
import { firmId } from '../../registry/common/registry.fixture';
import { firmSurvey, questionIds, surveyId } from '../common/supervision.fixture';

const listPath = '/api/supervision/firm-surveys';
const surveyPath = `${listPath}/${surveyId}`;
const firmAdministrator = () => sessionResponse('firm-administrator', `firm:${firmId}`, firmAdministratorPermissions, { displayName: '王主任' });
const [choiceId, multipleId, numberId, textId] = questionIds as [string, string, string, string];

const answerItem = (position: number) => screen.getByTestId(`answer-${position}`);

describe('Firm surveys', () => {
  it('list the surveys sent to the firm with how far its answers are; the menu shows 问卷 only', async () => {
    mockApi({
      [sessionRoute]: firmAdministrator,
      [`GET ${listPath}`]: () => jsonResponse([firmSurvey(), firmSurvey({ surveyId: 'other', title: '去年的调研', surveyState: 'Closed', state: 'Submitted', submittedAt: '2025-12-01T02:00:00+00:00' })]),
    });
    renderApp('/supervision/firm-surveys');

    const row = (await screen.findByText('小型律所经营状况调研')).closest('tr')!;
    expect(row.querySelector('a')).toHaveAttribute('href', `/supervision/firm-surveys/${surveyId}`);
    expect(within(row).getByText('未作答')).toBeInTheDocument();
    expect(within(screen.getByText('去年的调研').closest('tr')!).getByText('已提交')).toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: '主导航' });
    expect(within(menu).getByText('问卷')).toBeInTheDocument();
    expect(within(menu).queryByText('专题调研')).not.toBeInTheDocument();
  });

  it('saves a draft with the control of each kind and If-Match; a wrong answer lands on its question; then submits once and is read-only', async () => {
    const saved = firmSurvey({ state: 'Draft', answers: { [choiceId]: '民事', [multipleId]: ['普法宣传'], [numberId]: 3, [textId]: '希望多组织培训' }, version: 1 });
    const { requestsTo } = mockApi({
      [sessionRoute]: firmAdministrator,
      [`GET ${surveyPath}`]: () => versionedResponse(firmSurvey()),
      [`PUT ${surveyPath}/answers`]: [
        () =>
          problemResponse({
            type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
            title: '一个或多个字段无效',
            status: 400,
            errors: { [`answers.${numberId}`]: ['第 3 题须填写 1–50 的数字。'] },
          }),
        () => versionedResponse(saved),
      ],
      [`POST ${surveyPath}/submission`]: () => versionedResponse(firmSurvey({ ...saved, state: 'Submitted', submittedAt: '2026-11-25T02:00:00+00:00', version: 2 })),
    });
    const { user } = renderApp(`/supervision/firm-surveys/${surveyId}`);

    expect(await screen.findByRole('heading', { name: '小型律所经营状况调研' })).toBeInTheDocument();
    await user.click(within(answerItem(1)).getByLabelText('民事'));
    await user.click(within(answerItem(2)).getByLabelText('普法宣传'));
    await user.type(within(answerItem(3)).getByRole('spinbutton'), '3');
    expect(within(answerItem(3)).getByText('取值范围：1 – 50')).toBeInTheDocument();
    await user.type(within(answerItem(4)).getByRole('textbox'), ' 希望多组织培训 ');

    await user.click(buttonIn(document.body, /^保存草稿$/));
    expect(await within(answerItem(3)).findByText('第 3 题须填写 1–50 的数字。')).toBeInTheDocument();
    const [first] = requestsTo(`${surveyPath}/answers`, 'PUT');
    expect(first!.headers.get('If-Match')).toBe('"0"');
    expect(first!.body).toEqual({ answers: { [choiceId]: '民事', [multipleId]: ['普法宣传'], [numberId]: 3, [textId]: '希望多组织培训' } });

    await user.click(buttonIn(document.body, /^保存草稿$/));
    expect(await screen.findByText('已保存草稿', { selector: '.ant-message *' })).toBeInTheDocument();
    await waitFor(() => expect(within(answerItem(3)).queryByText('第 3 题须填写 1–50 的数字。')).not.toBeInTheDocument());

    await user.click(buttonIn(document.body, /^提交问卷$/));
    const confirm = await screen.findByText('提交问卷？', { selector: '.ant-modal-confirm-title' });
    await user.click(buttonIn(confirm.closest<HTMLElement>('.ant-modal')!, /^提交问卷$/));
    expect(await screen.findByText(/本所已于 .* 提交，答案不能再修改。/)).toBeInTheDocument();
    const [submission] = requestsTo(`${surveyPath}/submission`, 'POST');
    expect(submission!.headers.get('If-Match')).toBe('"1"');
    expect(submission!.body).toEqual(first!.body);
    // The confirmation closes; the page offers neither saving nor submitting now.
    expect(screen.queryByTestId('answer-actions')).not.toBeInTheDocument();
    expect(within(answerItem(1)).getByLabelText('民事')).toBeDisabled();
  });

  it('refuses a second submission with the host’s 409 words, and shows the stored answers read-only', async () => {
    const draft = firmSurvey({ state: 'Draft', answers: { [choiceId]: '刑事', [numberId]: 2 }, version: 4 });
    const { requestsTo } = mockApi({
      [sessionRoute]: firmAdministrator,
      [`GET ${surveyPath}`]: [
        () => versionedResponse(draft),
        () => versionedResponse(firmSurvey({ ...draft, state: 'Submitted', submittedAt: '2026-11-25T02:00:00+00:00', version: 5 })),
      ],
      [`POST ${surveyPath}/submission`]: () =>
        problemResponse({ type: 'about:blank', title: '操作冲突', status: 409, code: 'already-submitted', detail: '本所已提交该问卷，不能再次作答。' }),
    });
    const { user } = renderApp(`/supervision/firm-surveys/${surveyId}`);

    expect(await within(await screen.findByTestId('answer-1')).findByLabelText('刑事')).toBeChecked();
    await user.click(buttonIn(document.body, /^提交问卷$/));
    const confirm = await screen.findByText('提交问卷？', { selector: '.ant-modal-confirm-title' });
    await user.click(buttonIn(confirm.closest<HTMLElement>('.ant-modal')!, /^提交问卷$/));

    expect(await screen.findByText('本所已提交该问卷，不能再次作答。')).toBeInTheDocument();
    expect(requestsTo(`${surveyPath}/submission`)[0]!.headers.get('If-Match')).toBe('"4"');
    expect(await screen.findByText(/本所已于 .* 提交，答案不能再修改。/)).toBeInTheDocument();
    expect(screen.queryByTestId('answer-actions')).not.toBeInTheDocument();
  });
});
