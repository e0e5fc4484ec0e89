import type { Locator, Page, Response } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, registerFirm, registerLawyer, type Account, type Lawyer } from './support/api';
import { baseUrl, useBrowser } from './support/browser';
import { choose } from './support/form';
import { signInAt } from './support/session';

// One complaint from the public's filing to the bureau's penalty and its effect on the register.
// The tests of this file run in order on one database: each takes the complaint where the last left it.
const complaint = { receiptNumber: '', lookupCode: '', id: '' };
const penaltyTitle = '行政处罚：停止执业6个月';

/** A button by its exact text (antd puts a space between two Chinese characters). */
const buttonName = (text: string) => new RegExp(`^${[...text].join('\\s?')}$`);

/** Runs a step's confirmation in its modal and returns the host's answer to it. */
async function confirmStep(page: Page, step: string, confirm: string): Promise<Response> {
  const answer = page.waitForResponse((r) => r.url().endsWith(`/api/supervision/complaints/${complaint.id}/${step}`));
  await page.getByRole('dialog').getByRole('button', { name: buttonName(confirm) }).click();
  const response = await answer;
  expect(response.status(), await response.text()).toBe(200);
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  return response;
}

/** A row of a bordered Descriptions (label cell, then value cell) holds this value. */
async function descriptionHolds(scope: Locator, label: string, value: string) {
  const labelCell = scope.page().locator('th', { hasText: new RegExp(`^${label}$`) });
  await scope.locator('tr', { has: labelCell }).getByText(value, { exact: true }).first().waitFor();
}

async function stateIs(page: Page, state: string) {
  await page.getByTestId('complaint-header').locator('.ant-tag', { hasText: state }).waitFor();
}

describe('Supervision: a public complaint through a bureau penalty to the register (served by the host)', () => {
  const session = useBrowser();
  let association: Account;
  let bureau: Account;
  let lawyer: Lawyer;

  beforeAll(async () => {
    // Arranged through the API: a firm in 长春's 朝阳区 with a lawyer; the 长春 bar association's
    // complaints centre, and an officer of the 长春 justice bureau.
    const firm = await registerFirm('监督测试律师事务所', '220104', 9401);
    lawyer = await registerLawyer(firm, '220104', '赵监督', 9401);
    association = await createAccount('e2e.supervision.association', '长春律协投诉中心', 'association-staff', 'region:220100');
    bureau = await createAccount('e2e.supervision.bureau', '长春市局处罚科', 'city-officer', 'region:220100');
  });

  it('the public files a complaint naming the lawyer’s certificate number and is given a receipt and a lookup code', async () => {
    const { page } = session;
    await page.goto('/public/complaints');
    await page.getByRole('heading', { level: 1, name: '投诉律师或律师事务所' }).waitFor();
    expect(await page.getByRole('navigation', { name: '主导航' }).count()).toBe(0);

    await page.getByLabel('您的姓名').fill('钱投诉');
    await page.getByLabel('联系电话').fill('13912345678');
    await page.getByLabel('被投诉律师执业证号').fill(lawyer.certificateNumber);
    await page.getByLabel('投诉事由').fill('收取代理费后未出庭');
    await page.getByLabel('事实和理由').fill('2026年10月委托该律师代理民事诉讼，已付代理费，开庭时律师未到庭，也未告知。');
    const submitted = page.waitForResponse((r) => r.url().endsWith('/api/public/complaints') && r.request().method() === 'POST');
    await page.getByRole('button', { name: '提交投诉' }).click();
    const response = await submitted;
    expect(response.status(), await response.text()).toBe(201);
    expect(await response.request().headerValue('x-test-role')).toBeNull();

    await page.getByText('投诉已提交').waitFor();
    complaint.receiptNumber = ((await page.getByTestId('receipt-number').textContent()) ?? '').trim();
    complaint.lookupCode = ((await page.getByTestId('lookup-code').textContent()) ?? '').trim();
    expect(complaint.receiptNumber).toMatch(/^TS\d{4}-[0-9A-Z]{6}$/);
    expect(complaint.lookupCode).toMatch(/^[0-9A-Z]{10}$/);
    expect(await response.json()).toEqual({ receiptNumber: complaint.receiptNumber, lookupCode: complaint.lookupCode });
    await page.getByText('请妥善保存回执号和查询码').waitFor();
    await session.screenshot('public-complaint-receipt');
  });

  it('the association’s complaints centre finds it in the ledger, accepts it and refers it to the bureau', async () => {
    const { page } = session;
    await signInAt(page, '/supervision/complaints', association);
    await page.getByRole('heading', { level: 1, name: '投诉台账' }).waitFor();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '投诉台账' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: complaint.receiptNumber });
    await row.waitFor();
    expect(await row.textContent()).toContain('待受理');
    expect(await row.textContent()).toContain(lawyer.name);
    expect(await row.textContent()).toMatch(/剩 \d+ 天/);
    await session.screenshot('complaints-ledger');

    await row.getByRole('link', { name: complaint.receiptNumber }).click();
    await page.waitForURL(/\/supervision\/complaints\/[0-9a-f-]{36}$/);
    complaint.id = new URL(page.url()).pathname.split('/').at(-1)!;
    await page.getByRole('heading', { level: 1, name: `投诉 ${complaint.receiptNumber}` }).waitFor();
    await stateIs(page, '待受理');
    // Full phone: the association handles complaints.
    await page.getByText('13912345678').waitFor();

    // 受理: the handler defaults to the one who accepts.
    await page.getByTestId('complaint-actions').getByRole('button', { name: buttonName('受理') }).click();
    await page.getByRole('dialog').getByText('受理后进入调查').waitFor();
    const accepted = await confirmStep(page, 'acceptance', '受理');
    expect(await accepted.request().headerValue('if-match')).toMatch(/^"\d+"$/);
    await stateIs(page, '调查中');
    await page.getByTestId('complaint-header').getByText(association.displayName).waitFor();

    // 处理决定: referred to the justice bureau for an administrative penalty.
    await page.getByTestId('complaint-actions').getByRole('button', { name: buttonName('处理决定') }).click();
    const dialog = page.getByRole('dialog');
    await choose(page, '处理结果', '移送司法行政机关处罚', dialog);
    await dialog.getByLabel('处理理由').fill('经调查，该律师无正当理由拒不出庭，情节严重，移送司法行政机关处理。');
    const referred = await confirmStep(page, 'decision', '确认决定');
    expect(await referred.request().headerValue('if-match')).not.toBe(await accepted.request().headerValue('if-match'));
    await stateIs(page, '已移送司法行政机关');
    // The penalty is the bureau's step: the association is offered nothing now.
    expect(await page.getByTestId('complaint-actions').getByRole('button').count()).toBe(0);
    await page.getByTestId('case-timeline').getByText('处理决定').waitFor();
    await session.screenshot('complaint-referred');
  });

  it('a bureau officer decides a suspension from practice of 6 months with its document number', async () => {
    const { page } = session;
    await signInAt(page, `/supervision/complaints/${complaint.id}`, bureau);
    await stateIs(page, '已移送司法行政机关');

    await page.getByTestId('complaint-actions').getByRole('button', { name: '行政处罚决定' }).click();
    const dialog = page.getByRole('dialog');
    await choose(page, '处罚种类', '停止执业', dialog);
    await dialog.getByLabel('期限（月）').fill('6');
    await dialog.getByLabel('决定书文号').fill('长司罚决字〔2026〕第9401号');
    await dialog.getByLabel('备注').fill('自决定之日起停止执业六个月。');
    const decided = await confirmStep(page, 'penalty', '确认处罚');
    expect(await decided.request().headerValue('if-match')).toMatch(/^"\d+"$/);
    expect(((await decided.json()) as { penaltyMonths: number }).penaltyMonths).toBe(6);
    await stateIs(page, '已作出处理决定');
    const decisions = page.getByTestId('complaint-decisions');
    await decisions.getByText('停止执业', { exact: true }).waitFor();
    await decisions.getByText('6 个月').waitFor();
    await decisions.getByText('长司罚决字〔2026〕第9401号').waitFor();
    await session.screenshot('complaint-penalty-decided');
  });

  it('the register shows the lawyer suspended with the sanction on the public look-up, and the complainant follows the progress', async () => {
    const { page } = session;

    // The penalty reaches Registry through the outbox: allow the dispatcher a few seconds.
    let publicLawyer: { status?: string; integrity?: { title: string }[] | null } = {};
    for (let attempt = 0; attempt < 40; attempt++) {
      const answer = await fetch(new URL(`/api/public/lawyers/${lawyer.certificateNumber}`, baseUrl), { headers: { 'Accept-Language': 'zh-CN' } });
      publicLawyer = (await answer.json()) as typeof publicLawyer;
      if (publicLawyer.status === 'Suspended') break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(publicLawyer.status).toBe('Suspended');

    await page.goto(`/public/lookup?certificateNumber=${lawyer.certificateNumber}&open=${lawyer.certificateNumber}`);
    const drawer = page.getByRole('dialog');
    await drawer.getByText(lawyer.certificateNumber).waitFor();
    await descriptionHolds(drawer, '状态', '停止执业');
    const integrity = drawer.getByTestId('public-integrity');
    await integrity.getByText(penaltyTitle, { exact: true }).waitFor();
    expect(await integrity.textContent()).toContain('行政处罚：停止执业');
    expect(await integrity.textContent()).toContain('长司罚决字〔2026〕第9401号');
    await page.waitForTimeout(400); // the drawer's slide-in, for the screenshot
    await session.screenshot('public-lawyer-sanction');

    // 投诉查询: the receipt number comes in the link; the code is typed.
    await page.goto(`/public/complaints/follow?receipt=${complaint.receiptNumber}`);
    await page.getByRole('heading', { level: 1, name: '投诉进度查询' }).waitFor();
    expect(await page.getByLabel('回执号').inputValue()).toBe(complaint.receiptNumber);
    await page.getByLabel('查询码').fill(complaint.lookupCode);
    const followed = page.waitForResponse((r) => r.url().includes(`/api/public/complaints/${complaint.receiptNumber}?`));
    await page.getByRole('button', { name: buttonName('查询') }).click();
    expect((await followed).status()).toBe(200);
    const progress = page.getByTestId('complaint-progress');
    await progress.locator('.ant-tag', { hasText: '已作出处理决定' }).waitFor();
    const milestones = (await progress.getByTestId('case-timeline').textContent()) ?? '';
    for (const milestone of ['收到投诉', '受理', '处理决定', '行政处罚决定']) expect(milestones).toContain(milestone);
    // The complainant sees milestones only: no staff names, no notes.
    expect(milestones).not.toContain(association.displayName);
    expect(milestones).not.toContain('自决定之日起停止执业六个月');
    await session.screenshot('complaint-follow-up');
  });
});
