import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, registerFirm, type Account, type Firm } from './support/api';
import { useBrowser } from './support/browser';
import { enrolTwoFactor, submitSignIn } from './support/session';

interface Verification {
  intact: boolean;
  sealedRecords: number;
  unsealedRecords: number;
  firstBreak?: string | null;
  checkpointSequence?: number | null;
}

describe('Audit: records and the integrity check (served by the host)', () => {
  const session = useBrowser();
  let auditor: Account;
  let firm: Firm;

  beforeAll(async () => {
    // Something to audit: a firm registered through the API (a RegisterFirm record with the firm's fields).
    firm = await registerFirm('审计测试律师事务所', '220104', 9201);
    auditor = await createAccount('e2e.auditor', '测试审计员', 'auditor', 'region:220000');
  });

  it('an auditor enrols a second factor, finds the firm’s RegisterFirm record with its changed fields, and verifies the chain', async () => {
    const { page } = session;

    await page.goto('/audit/records');
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('returnTo') === '/audit/records');
    await submitSignIn(page, auditor);
    // Auditors must set up TOTP first; then back to the page they asked for.
    await enrolTwoFactor(page);
    await page.waitForURL((url) => url.pathname === '/audit/records');
    await page.getByRole('heading', { level: 1, name: '审计记录' }).waitFor();
    const nav = page.getByRole('navigation', { name: '主导航' });
    await nav.getByRole('link', { name: '完整性校验' }).waitFor();
    expect(await nav.getByText('系统管理').count()).toBe(0);

    // The enrolment's toast goes first (it would cover the screenshots).
    await page.locator('.ant-message-notice').waitFor({ state: 'detached', timeout: 10_000 });

    // Newest first: the firm's registration is among the latest records.
    await page.getByRole('row').filter({ hasText: 'RegisterFirm' }).first().waitFor();

    // Only this firm's records: by operation and target (the server filters).
    await page.getByLabel('操作', { exact: true }).fill('RegisterFirm');
    await page.getByLabel('对象编号', { exact: true }).fill(firm.id);
    const filtered = page.waitForResponse((r) => r.url().includes('/api/audit/records?') && r.url().includes(`targetId=${firm.id}`));
    await page.getByRole('button', { name: /查\s?询/ }).click();
    const answer = await filtered;
    expect(answer.status()).toBe(200);
    expect(new URL(answer.url()).searchParams.get('sort')).toBe('-recordedAt');
    const rows = page.getByRole('row').filter({ hasText: 'RegisterFirm' });
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    await session.screenshot('audit-records');

    await rows.first().click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('审计记录：RegisterFirm').waitFor();
    const changes = drawer.getByTestId('audit-changes');
    const change = (field: string) => changes.getByRole('row').filter({ has: page.getByRole('cell', { name: field, exact: true }) });
    await change('Name').waitFor();
    expect(await change('Name').textContent()).toContain(firm.name);
    expect(await change('Uscc').textContent()).toContain(firm.uscc);
    expect(await drawer.getByTestId('audit-record').textContent()).toContain(firm.id);
    await page.waitForTimeout(400); // the drawer's slide-in, for the screenshot
    await session.screenshot('audit-record-details');
    await page.keyboard.press('Escape');

    // The integrity check: intact (records written in the last seconds may still be unsealed).
    await nav.getByRole('link', { name: '完整性校验' }).click();
    await page.getByRole('heading', { level: 1, name: '完整性校验' }).waitFor();
    await page.getByTestId('checkpoint-key').getByText(/-----BEGIN PUBLIC KEY-----/).waitFor();
    await page.getByTestId('checkpoint-key').getByText('复制公钥').waitFor();
    const verified = page.waitForResponse((r) => r.url().endsWith('/api/audit/verification'));
    await page.getByRole('button', { name: /开始校验/ }).click();
    const verification = (await (await verified).json()) as Verification;
    expect(verification.intact, JSON.stringify(verification)).toBe(true);
    expect(verification.sealedRecords + verification.unsealedRecords).toBeGreaterThan(0);
    await page.getByText('链完整', { exact: true }).waitFor();
    expect(await page.getByTestId('verification-counts').textContent()).toContain(
      `已校验 ${verification.sealedRecords.toLocaleString('zh-CN')} 条已封存记录`,
    );
    await page.waitForTimeout(300);
    await session.screenshot('audit-verification');
  });
});
