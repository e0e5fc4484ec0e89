import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '../../../test/fetchMock';
import { buttonIn, formItemIn } from '../../../test/queries';
import { renderApp } from '../../../test/renderApp';

const receipt = { receiptNumber: 'TS2026-ABC234', lookupCode: 'K7M2QX9PRT' };
const followPath = `/api/public/complaints/${receipt.receiptNumber}`;

describe('Public complaint (no sign-in)', () => {
  it('asks for the lawyer or the firm, shows the server’s field error, then the receipt number and lookup code to keep', async () => {
    const { requestsTo } = mockApi({
      'POST /api/public/complaints': [
        () =>
          problemResponse({
            type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
            title: '一个或多个字段无效',
            status: 400,
            errors: { lawyerCertificateNumber: ['没有该执业证号的律师。'] },
          }),
        () => jsonResponse(receipt, 201),
      ],
    });
    const { user, router } = renderApp('/public/complaints');

    expect(await screen.findByRole('heading', { name: '投诉律师或律师事务所' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: '主导航' })).not.toBeInTheDocument();
    const publicNav = within(screen.getByRole('navigation', { name: '公众服务' }));
    expect(publicNav.getByRole('link', { name: '投诉查询' })).toHaveAttribute('href', '/public/complaints/follow');
    expect(requestsTo('/api/auth/session')).toHaveLength(0);

    await user.type(screen.getByLabelText('您的姓名'), '钱投诉');
    await user.type(screen.getByLabelText('联系电话'), '13912345678');
    await user.type(screen.getByLabelText('投诉事由'), '收取代理费后未出庭');
    await user.type(screen.getByLabelText('事实和理由'), '开庭时律师未到庭。');
    await user.click(screen.getByRole('button', { name: '提交投诉' }));
    // Neither a certificate number nor a USCC: the form asks before the host is asked.
    expect(await within(formItemIn(document.body, '被投诉律师执业证号')).findByText('请填写律师执业证号或律所统一社会信用代码')).toBeInTheDocument();
    expect(requestsTo('/api/public/complaints')).toHaveLength(0);

    await user.type(screen.getByLabelText('被投诉律师执业证号'), '12201201011000999');
    await user.click(screen.getByRole('button', { name: '提交投诉' }));
    expect(await within(formItemIn(document.body, '被投诉律师执业证号')).findByText('没有该执业证号的律师。')).toBeInTheDocument();

    const certificate = screen.getByLabelText('被投诉律师执业证号');
    await user.clear(certificate);
    await user.type(certificate, '12201201011000123');
    await user.click(screen.getByRole('button', { name: '提交投诉' }));

    expect(await screen.findByText('投诉已提交')).toBeInTheDocument();
    expect(screen.getByTestId('receipt-number')).toHaveTextContent(receipt.receiptNumber);
    expect(screen.getByTestId('lookup-code')).toHaveTextContent(receipt.lookupCode);
    expect(screen.getByText('请妥善保存回执号和查询码')).toBeInTheDocument();
    expect(screen.getByText(/查询码只显示这一次，遗失后无法找回/)).toBeInTheDocument();
    const sent = requestsTo('/api/public/complaints')[1]!;
    expect(sent.body).toEqual({
      complainantName: '钱投诉',
      complainantPhone: '13912345678',
      lawyerCertificateNumber: '12201201011000123',
      firmUscc: null,
      summary: '收取代理费后未出庭',
      details: '开庭时律师未到庭。',
    });

    // Following it carries the receipt number in the link, never the code.
    await user.click(screen.getByRole('button', { name: '查询办理进度' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/public/complaints/follow'));
    expect(router.state.location.search).toBe(`?receipt=${receipt.receiptNumber}`);
    expect(await screen.findByLabelText('回执号')).toHaveValue(receipt.receiptNumber);
  });
});

describe('Complaint follow-up (no sign-in)', () => {
  it('says when the receipt number or code is wrong, then shows the state and milestones', async () => {
    const { requestsTo } = mockApi({
      [`GET ${followPath}`]: [
        () => problemResponse({ type: 'https://tools.ietf.org/html/rfc9110#section-15.5.5', title: '未找到', status: 404, detail: '回执号或查询码不正确。' }),
        () =>
          jsonResponse({
            receiptNumber: receipt.receiptNumber,
            subjectName: '张三',
            state: 'Investigating',
            filedAt: '2026-11-20T02:00:00+00:00',
            outcome: null,
            steps: [
              { kind: 'Filed', at: '2026-11-20T02:00:00+00:00' },
              { kind: 'Accepted', at: '2026-11-21T02:00:00+00:00' },
            ],
          }),
      ],
    });
    const { user, router } = renderApp(`/public/complaints/follow?receipt=${receipt.receiptNumber}`);

    expect(await screen.findByRole('heading', { name: '投诉进度查询' })).toBeInTheDocument();
    expect(screen.getByLabelText('回执号')).toHaveValue(receipt.receiptNumber);
    await user.type(screen.getByLabelText('查询码'), 'wrongcode1');
    await user.click(buttonIn(document.body, /^查\s?询$/));

    expect(await screen.findByText('回执号或查询码不正确。')).toBeInTheDocument();
    expect(requestsTo(followPath)[0]!.url.searchParams.get('lookupCode')).toBe('WRONGCODE1');

    await user.clear(screen.getByLabelText('查询码'));
    await user.type(screen.getByLabelText('查询码'), receipt.lookupCode);
    await user.click(buttonIn(document.body, /^查\s?询$/));

    const progress = await screen.findByTestId('complaint-progress');
    expect(within(progress).getByText('调查中')).toBeInTheDocument();
    expect(within(progress).getByText('张三')).toBeInTheDocument();
    expect(within(progress).getByText('收到投诉')).toBeInTheDocument();
    expect(within(progress).getByText('受理')).toBeInTheDocument();
    expect(screen.queryByText('回执号或查询码不正确。')).not.toBeInTheDocument();
    expect(requestsTo(followPath)[1]!.url.searchParams.get('lookupCode')).toBe(receipt.lookupCode);
    // The code never reaches the address bar (or the browser's history).
    expect(router.state.location.search).not.toContain(receipt.lookupCode);
    expect(requestsTo('/api/auth/session')).toHaveLength(0);
  });
});
