import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { auditorPermissions, jsonResponse, mockApi, problemResponse, sessionResponse, sessionRoute } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { auditRecordId, intactVerification } from '../common/audit.fixture';

const verificationRoute = 'GET /api/audit/verification';
const keyRoute = 'GET /api/audit/checkpoint-key';
const auditor = () => sessionResponse('auditor', 'region:220000', auditorPermissions, { displayName: '审计员' });
const pem = '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEVorLiWhHAfU8FbrMe5/UHmpgsUJ/\nEc7GkeZ6ZX7HpCzmFs5+hT0sVvsuy+mxv2mtgJvK1TmRdx+TII0C3kNtmQ==\n-----END PUBLIC KEY-----\n';
const keyResponse = () => new Response(pem, { headers: { 'Content-Type': 'application/x-pem-file' } });
const notFound = () => problemResponse({ type: 'https://tools.ietf.org/html/rfc9110#section-15.5.5', title: 'Not Found', status: 404 });

describe('Audit integrity check', () => {
  it('runs the verification on request and shows an intact chain with its counts and checkpoint; the public key can be copied', async () => {
    const { requestsTo } = mockApi({
      [sessionRoute]: auditor,
      [verificationRoute]: () => jsonResponse(intactVerification()),
      [keyRoute]: keyResponse,
    });
    const { user } = renderApp('/audit/verification');

    expect(await screen.findByRole('heading', { level: 1, name: '完整性校验' })).toBeInTheDocument();
    expect(await screen.findByText('尚未校验。')).toBeInTheDocument();
    // Nothing is verified before the auditor asks.
    expect(requestsTo('/api/audit/verification')).toHaveLength(0);
    const key = await screen.findByTestId('checkpoint-key');
    expect(key).toHaveTextContent('-----BEGIN PUBLIC KEY-----');
    expect(within(key).getByLabelText('复制')).toHaveTextContent('复制公钥');
    const createObjectURL = vi.fn(() => 'blob:key');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    await user.click(within(key).getByText('下载 checkpoint-key.pem'));
    expect(saved).toEqual(['checkpoint-key.pem']);

    await user.click(screen.getByText('开始校验'));

    expect(await screen.findByText('链完整')).toBeInTheDocument();
    const counts = screen.getByTestId('verification-counts');
    expect(counts).toHaveTextContent('已校验 1,234 条已封存记录；另有 3 条尚未封存。');
    expect(counts).toHaveTextContent('与最新检查点一致（序号 1,200）。');
    expect(requestsTo('/api/audit/verification')).toHaveLength(1);
    expect(screen.getByText('重新校验')).toBeInTheDocument();
  });

  it('names the first break in words, where it is, and the record; without checkpoint signing the key section says so', async () => {
    mockApi({
      [sessionRoute]: auditor,
      [verificationRoute]: () =>
        jsonResponse({
          intact: false,
          sealedRecords: 10,
          unsealedRecords: 0,
          firstBreak: 'Altered',
          breakAtSequence: 3,
          breakRecordId: auditRecordId,
          checkpointSequence: null,
        }),
      [keyRoute]: notFound,
    });
    const { user } = renderApp('/audit/verification');
    expect(await screen.findByText('未配置检查点签名')).toBeInTheDocument();

    await user.click(screen.getByText('开始校验'));

    expect(await screen.findByText('审计链已被破坏')).toBeInTheDocument();
    expect(screen.getByText('记录内容被篡改，位于序号 3。')).toBeInTheDocument();
    expect(screen.getByText(auditRecordId)).toBeInTheDocument();
    expect(screen.getByText('在审计记录中查看').closest('a')).toHaveAttribute('href', '/audit/records');
  });

  it('in English, and a failed run shows the server’s problem and can be run again', async () => {
    mockApi({
      [sessionRoute]: auditor,
      [verificationRoute]: [
        () => problemResponse({ type: 'about:blank', title: 'Unexpected error', status: 500, detail: 'Try again later.', traceId: 'abc123' }),
        () => jsonResponse({ ...intactVerification(), intact: false, firstBreak: 'Truncated', breakAtSequence: 1201, breakRecordId: null }),
      ],
      [keyRoute]: keyResponse,
    });
    const { user } = renderApp('/audit/verification');
    await screen.findByTestId('checkpoint-key');
    await user.click(screen.getByText('English'));

    await user.click(await screen.findByText('Run verification'));
    expect(await screen.findByText('Unexpected error')).toBeInTheDocument();
    expect(screen.getByText(/Try again later\./)).toBeInTheDocument();

    await user.click(screen.getByText('Run again'));
    expect(await screen.findByText('The audit chain is broken')).toBeInTheDocument();
    expect(screen.getByText('The end of the chain was cut off (shorter than the latest checkpoint), at sequence 1,201.')).toBeInTheDocument();
    expect(screen.getByText('No record at this position')).toBeInTheDocument();
  });
});
