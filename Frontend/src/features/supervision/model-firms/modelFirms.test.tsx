import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '../../../test/fetchMock';
import { buttonIn, modal } from '../../../test/queries';
import { renderApp } from '../../../test/renderApp';
import { versionedResponse } from '../../../test/versioned';
import { firmDetails, firmId, firmSummary, listPage } from '../../registry/common/registry.fixture';
import { jilinRegions } from '../../registry/regions/regions.fixture';
import { modelFirm, modelFirmId } from '../common/supervision.fixture';
import { modelFirmActions } from './ModelFirmDetailPage';

const listPath = '/api/supervision/model-firms';
const detailPath = `${listPath}/${modelFirmId}`;
const regionsRoute = 'GET /api/registry/regions';
const criteria = ['党建工作', '内部管理制度', '执业质量与诚信', '公益法律服务', '人才培养'];

const offered = () => {
  const actions = screen.queryByTestId('model-firm-actions');
  return actions ? within(actions).queryAllByRole('button').map((button) => (button.textContent ?? '').replace(/\s/g, '')) : [];
};

describe('Model firms', () => {
  it('offer review for a nomination, designation or declining once reviewed, revocation once designated; a reader nothing', () => {
    expect(modelFirmActions('Nominated', true)).toEqual(['review']);
    expect(modelFirmActions('Reviewed', true)).toEqual(['designation', 'declining']);
    expect(modelFirmActions('Designated', true)).toEqual(['revocation']);
    expect(modelFirmActions('NotDesignated', true)).toEqual([]);
    expect(modelFirmActions('Revoked', true)).toEqual([]);
    expect(modelFirmActions('Nominated', false)).toEqual([]);
  });

  it('nominates a firm for a year; the host’s 409 (already nominated) is shown in the form, then a second try opens the nomination', async () => {
    const { requestsTo } = mockApi({
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [`GET ${listPath}`]: () => jsonResponse(listPage([])),
      'GET /api/registry/firms': () => jsonResponse(listPage([firmSummary()])),
      [`GET /api/registry/firms/${firmId}`]: () => versionedResponse(firmDetails()),
      [`POST ${listPath}`]: [
        () => problemResponse({ type: 'about:blank', title: '操作冲突', status: 409, code: 'already-nominated', detail: '该律师事务所本年度已被推荐。' }),
        () => versionedResponse(modelFirm(), 201),
      ],
      [`GET ${detailPath}`]: () => versionedResponse(modelFirm()),
    });
    const { user, router } = renderApp('/supervision/model-firms');
    expect(await screen.findByText('暂无示范所推荐')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /推荐示范所/ }));
    const dialog = await modal('推荐示范律师事务所');
    await user.type(within(dialog).getByLabelText('律师事务所'), '正道');
    await user.click(await screen.findByTitle('吉林正道律师事务所'));
    await user.clear(within(dialog).getByLabelText('年度'));
    await user.type(within(dialog).getByLabelText('年度'), '2026');
    await user.type(within(dialog).getByLabelText('推荐理由'), '党建和公益法律服务突出。');
    await user.click(buttonIn(dialog, /^推\s?荐$/));
    expect(await within(dialog).findByText('该律师事务所本年度已被推荐。')).toBeInTheDocument();
    expect(requestsTo(listPath, 'POST')[0]!.body).toEqual({ firmId, year: 2026, reason: '党建和公益法律服务突出。' });

    await user.click(buttonIn(dialog, /^推\s?荐$/));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/supervision/model-firms/${modelFirmId}`));
    expect(await screen.findByRole('heading', { name: '吉林正道律师事务所（2026 年度示范所推荐）' })).toBeInTheDocument();
    expect(offered()).toEqual(['评审打分']);
  });

  it('records a score for every criterion with If-Match; the host’s message on scores lands under them', async () => {
    const reviewed = modelFirm({
      state: 'Reviewed',
      scores: criteria.map((criterion) => ({ criterion, score: 18, maxScore: 20 })),
      totalScore: 90,
      reviewNote: '材料齐全',
      version: 1,
    });
    const { requestsTo } = mockApi({
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [`GET ${detailPath}`]: () => versionedResponse(modelFirm()),
      [`POST ${detailPath}/review`]: [
        () =>
          problemResponse({
            type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
            title: '一个或多个字段无效',
            status: 400,
            errors: { scores: ['请为每项评审标准打分（党建工作 0–20、内部管理制度 0–20、执业质量与诚信 0–20、公益法律服务 0–20、人才培养 0–20）。'] },
          }),
        () => versionedResponse(reviewed),
      ],
      [`POST ${detailPath}/designation`]: () =>
        versionedResponse(modelFirm({ ...reviewed, state: 'Designated', designatedFrom: '2027-01-01', designatedUntil: '2029-12-31', documentNumber: '吉司发〔2026〕1号', version: 2 })),
    });
    const { user } = renderApp(`/supervision/model-firms/${modelFirmId}`);
    expect(await screen.findByText('党建和公益法律服务突出。')).toBeInTheDocument();

    await user.click(buttonIn(screen.getByTestId('model-firm-actions'), /^评审打分$/));
    const dialog = await modal('评审打分');
    for (const [index, criterion] of criteria.entries()) {
      const row = within(dialog).getByTestId(`score-${index + 1}`);
      expect(within(row).getByLabelText('评审标准')).toHaveValue(criterion);
      await user.type(within(row).getByLabelText('得分'), index === 4 ? '30' : '18');
    }
    await user.type(within(dialog).getByLabelText('评审意见'), '材料齐全');
    await user.click(buttonIn(dialog, /^确认评审$/));
    expect(await within(dialog).findByText(/请为每项评审标准打分（党建工作 0–20/)).toBeInTheDocument();
    const [first] = requestsTo(`${detailPath}/review`);
    expect(first!.headers.get('If-Match')).toBe('"0"');
    expect(first!.body).toEqual({ scores: criteria.map((criterion, index) => ({ criterion, score: index === 4 ? 30 : 18 })), note: '材料齐全' });

    const last = within(within(dialog).getByTestId('score-5')).getByLabelText('得分');
    await user.clear(last);
    await user.type(last, '18');
    await user.click(buttonIn(dialog, /^确认评审$/));
    await waitFor(() => expect(offered()).toEqual(['命名', '不予命名']));
    expect(screen.getByText('90')).toBeInTheDocument();

    await user.click(buttonIn(screen.getByTestId('model-firm-actions'), /^命\s?名$/));
    const designation = await modal('命名为示范所');
    await user.type(within(designation).getByLabelText('命名起始日期'), '2027-01-01');
    await user.click(within(designation).getByText('命名期内该所在公众服务的示范律师事务所名单中公示。'));
    await user.type(within(designation).getByLabelText('命名截止日期'), '2029-12-31');
    await user.click(within(designation).getByText('命名期内该所在公众服务的示范律师事务所名单中公示。'));
    await user.type(within(designation).getByLabelText('命名文件文号'), '吉司发〔2026〕1号');
    await user.click(buttonIn(designation, /^确认命名$/));
    await waitFor(() => expect(requestsTo(`${detailPath}/designation`)).toHaveLength(1));
    expect(requestsTo(`${detailPath}/designation`)[0]!.headers.get('If-Match')).toBe('"1"');
    expect(requestsTo(`${detailPath}/designation`)[0]!.body).toEqual({ from: '2027-01-01', until: '2029-12-31', documentNumber: '吉司发〔2026〕1号' });
    await waitFor(() => expect(offered()).toEqual(['撤销称号']));
  });

  it('the public list shows the firms designated today, filtered by size', async () => {
    const { requestsTo } = mockApi({
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      'GET /api/public/model-firms': () =>
        jsonResponse([
          { firmName: '吉林正道律师事务所', regionCode: '220104', sizeBand: 'Medium', year: 2026, designatedFrom: '2027-01-01', designatedUntil: '2029-12-31', documentNumber: '吉司发〔2026〕1号' },
        ]),
    });
    const { user } = renderApp('/public/model-firms');

    const row = (await screen.findByText('吉林正道律师事务所')).closest('tr')!;
    expect(within(row).getByText('中型')).toBeInTheDocument();
    expect(within(row).getByText('吉司发〔2026〕1号')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: '主导航' })).not.toBeInTheDocument();
    const search = screen.getByRole('search');
    fireEvent.mouseDown(within(search).getByLabelText('规模'));
    await user.click(await screen.findByTitle('中型'));
    await user.click(buttonIn(search, /^查\s?询$/));
    await waitFor(() => expect(requestsTo('/api/public/model-firms')).toHaveLength(2));
    expect(requestsTo('/api/public/model-firms')[1]!.url.searchParams.get('sizeBand')).toBe('Medium');
  });
});
