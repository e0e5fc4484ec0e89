import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { permissions } from '../../../shared/auth/session';
import {
  associationStaffPermissions,
  firmAdministratorPermissions,
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
import { firmId, lawyerId, listPage } from '../../registry/common/registry.fixture';
import { jilinRegions } from '../../registry/regions/regions.fixture';
import { assessmentDetails, assessmentId, sanctionedLawyerId } from '../common/supervision.fixture';
import { assessmentStepFor } from './AssessmentDetailPage';

const listPath = '/api/supervision/assessments';
const detailPath = `${listPath}/${assessmentId}`;
const regionsRoute = 'GET /api/registry/regions';
const firmAdministrator = () => sessionResponse('firm-administrator', `firm:${firmId}`, firmAdministratorPermissions);
const granted = (list: string[]) => (permission: string) => list.includes(permission);

describe('Annual assessments', () => {
  it('give the firm the self-report, the association the opinion, the bureau the result, each in its state only', () => {
    expect(assessmentStepFor('SelfReporting', granted(firmAdministratorPermissions))).toBe('selfReport');
    expect(assessmentStepFor('Submitted', granted(firmAdministratorPermissions))).toBeUndefined();
    expect(assessmentStepFor('Submitted', granted(associationStaffPermissions))).toBe('opinion');
    expect(assessmentStepFor('SelfReporting', granted(associationStaffPermissions))).toBeUndefined();
    expect(assessmentStepFor('Reviewed', granted(provincialOfficerPermissions))).toBe('result');
    expect(assessmentStepFor('Decided', granted([...provincialOfficerPermissions, permissions.assessmentsReview]))).toBeUndefined();
  });

  it('the bureau opens a year for a region and follows its progress per region', async () => {
    const { requestsTo } = mockApi({
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [`GET ${listPath}`]: () => jsonResponse(listPage([])),
      [`GET ${listPath}/progress`]: () => jsonResponse([{ regionCode: '220100', firms: 12, selfReporting: 5, submitted: 4, reviewed: 2, decided: 1 }]),
      [`POST ${listPath}/opening`]: () => jsonResponse({ year: 2025, regionCode: '220100', opened: 12, alreadyOpen: 0 }),
    });
    const { user } = renderApp('/supervision/assessments?year=2025');

    const progress = await screen.findByTestId('assessment-progress');
    expect(within(progress).getByText('2025 年度考核进度')).toBeInTheDocument();
    const row = (await within(progress).findByText('长春市（220100）')).closest('tr')!;
    expect([...row.querySelectorAll('td')].map((cell) => cell.textContent).slice(1)).toEqual(['12', '5', '4', '2', '1']);
    expect(requestsTo(`${listPath}/progress`)[0]!.url.searchParams.get('year')).toBe('2025');

    await user.click(screen.getByRole('button', { name: /开启年度考核/ }));
    const dialog = await modal('开启年度考核');
    await user.clear(within(dialog).getByLabelText('年度'));
    await user.type(within(dialog).getByLabelText('年度'), '2025');
    await user.type(within(dialog).getByLabelText('所在地区'), '220100');
    await user.click(await screen.findByTitle('长春市（220100）'));
    await user.click(buttonIn(dialog, /^开\s?启$/));
    expect(await screen.findByText('2025 年度考核：新开启 12 家，已开启 0 家')).toBeInTheDocument();
    expect(requestsTo(`${listPath}/opening`)[0]!.body).toEqual({ year: 2025, regionCode: '220100' });
  });

  it('a firm’s administrator sees its own assessments without the open action, region filter or progress', async () => {
    mockApi({
      [sessionRoute]: firmAdministrator,
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [`GET ${listPath}`]: () =>
        jsonResponse(listPage([{ id: assessmentId, year: 2025, firmId, firmName: '吉林正道律师事务所', regionCode: '220104', state: 'SelfReporting', lawyers: 2, version: 0 }])),
    });
    renderApp('/supervision/assessments');
    const row = (await screen.findByText('吉林正道律师事务所')).closest('tr')!;
    expect(within(row).getByText('自查填报中')).toBeInTheDocument();
    expect(screen.queryByText('开启年度考核')).not.toBeInTheDocument();
    expect(within(screen.getByRole('search')).queryByLabelText('所在地区')).not.toBeInTheDocument();
    expect(screen.queryByTestId('assessment-progress')).not.toBeInTheDocument();
  });

  it('the firm saves its self-report with If-Match, then hands it in; the host’s error lands on the field', async () => {
    const saved = assessmentDetails({ selfReport: '本所全年规范执业。', version: 1 });
    const { requestsTo } = mockApi({
      [sessionRoute]: firmAdministrator,
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [`GET ${detailPath}`]: () => versionedResponse(assessmentDetails()),
      [`POST ${detailPath}/self-report`]: [
        () => versionedResponse(saved),
        () =>
          problemResponse({
            type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
            title: '一个或多个字段无效',
            status: 400,
            errors: { 'lawyers[1].casesHandled': ['办理案件数须在 0 至 100000 之间。'] },
          }),
      ],
    });
    const { user } = renderApp(`/supervision/assessments/${assessmentId}`);

    const step = await screen.findByTestId('assessment-step');
    await user.type(within(step).getByLabelText('律所自查报告'), '本所全年规范执业。');
    const first = within(step).getByTestId('lawyer-1');
    await user.type(within(first).getByLabelText('年度执业情况'), '主办民商事案件');
    await user.type(within(first).getByLabelText('办理案件数'), '35');
    await user.type(within(first).getByLabelText('公益服务时长（小时）'), '20');
    await user.type(within(first).getByLabelText('培训学分'), '40');
    await user.click(buttonIn(step, /^保\s?存$/));
    await waitFor(() => expect(requestsTo(`${detailPath}/self-report`)).toHaveLength(1));
    const [save] = requestsTo(`${detailPath}/self-report`);
    expect(save!.headers.get('If-Match')).toBe('"0"');
    expect(save!.body).toEqual({
      selfReport: '本所全年规范执业。',
      lawyers: [
        { lawyerId, practice: '主办民商事案件', casesHandled: 35, proBonoHours: 20, trainingCredits: 40 },
        { lawyerId: sanctionedLawyerId, practice: null, casesHandled: null, proBonoHours: null, trainingCredits: null },
      ],
      submit: false,
    });

    await user.click(buttonIn(step, /^提交考核材料$/));
    expect(await within(formItemIn(within(step).getByTestId('lawyer-2'), '办理案件数')).findByText('办理案件数须在 0 至 100000 之间。')).toBeInTheDocument();
    const handIn = requestsTo(`${detailPath}/self-report`)[1]!;
    expect(handIn.headers.get('If-Match')).toBe('"1"');
    expect((handIn.body as { submit: boolean }).submit).toBe(true);
  });

  it('the bureau decides; a sanctioned lawyer rated 合格 gets the override reason field, sent for that lawyer only', async () => {
    const reviewed = assessmentDetails({
      state: 'Reviewed',
      selfReport: '本所全年规范执业。',
      opinion: '材料齐全',
      lawyers: [
        { lawyerId, lawyerName: '张三', sanctionedInYear: false, suggestedResult: 'Qualified', opinion: null },
        { lawyerId: sanctionedLawyerId, lawyerName: '李四', sanctionedInYear: true, suggestedResult: 'BasicallyQualified', opinion: '受过警告处分' },
      ],
      version: 3,
    });
    const { requestsTo } = mockApi({
      [regionsRoute]: () => jsonResponse(jilinRegions()),
      [`GET ${detailPath}`]: () => versionedResponse(reviewed),
      [`POST ${detailPath}/result`]: () => versionedResponse(assessmentDetails({ ...reviewed, state: 'Decided', firmResult: 'Qualified', version: 4 })),
    });
    const { user } = renderApp(`/supervision/assessments/${assessmentId}`);

    const step = await screen.findByTestId('assessment-step');
    expect(within(step).getByText('审核确定结果')).toBeInTheDocument();
    const sanctioned = within(step).getByTestId('verdict-2');
    expect(within(sanctioned).getByText('本年度受过处分或处罚')).toBeInTheDocument();
    expect(within(sanctioned).queryByLabelText('评为合格的理由')).not.toBeInTheDocument();
    fireEvent.mouseDown(within(sanctioned).getByLabelText('考核结果'));
    await user.click((await screen.findAllByTitle('合格')).at(-1)!);
    const override = await within(sanctioned).findByLabelText('评为合格的理由');
    expect(within(within(step).getByTestId('verdict-1')).queryByLabelText('评为合格的理由')).not.toBeInTheDocument();

    fireEvent.mouseDown(within(step).getByLabelText('律所考核结果'));
    await user.click((await screen.findAllByTitle('合格')).at(-1)!);
    await user.click(buttonIn(step, /^确定考核结果$/));
    expect(await within(formItemIn(sanctioned, '评为合格的理由')).findByText('此项为必填项')).toBeInTheDocument();
    expect(requestsTo(`${detailPath}/result`)).toHaveLength(0);

    await user.type(override, '处分系程序性问题，已整改。');
    await user.click(buttonIn(step, /^确定考核结果$/));
    await waitFor(() => expect(requestsTo(`${detailPath}/result`)).toHaveLength(1));
    const [decision] = requestsTo(`${detailPath}/result`);
    expect(decision!.headers.get('If-Match')).toBe('"3"');
    expect(decision!.body).toEqual({
      firmResult: 'Qualified',
      firmReason: null,
      verdicts: [
        { lawyerId, result: 'Qualified', reason: null, overrideReason: null },
        { lawyerId: sanctionedLawyerId, result: 'Qualified', reason: '受过警告处分', overrideReason: '处分系程序性问题，已整改。' },
      ],
    });
    await waitFor(() => expect(screen.queryByTestId('assessment-step')).not.toBeInTheDocument());
  });
});
