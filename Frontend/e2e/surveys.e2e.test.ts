import type { Locator, Page, Response } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, registerFirm, type Account, type Firm } from './support/api';
import { useBrowser } from './support/browser';
import { choose, formItem } from './support/form';
import { signInAt } from './support/session';

// A survey from the bureau's draft through a small sole firm's answers to the bureau's summary.
// The tests of this file run in order on one database: each takes the survey where the last left it.
const survey = { id: '', title: '个人所执业状况专题调研' };
const texts = { suggestion: '建议增加面向个人所的执业培训。' };

/** A button by its exact text (antd puts a space between two Chinese characters). */
const buttonName = (text: string) => new RegExp(`^${[...text].join('\\s?')}$`);

/** A date a month from now (`yyyy-MM-dd`): the closing date must be after today. */
function inAMonth(): string {
  const date = new Date(Date.now() + 30 * 24 * 3600 * 1000);
  return date.toISOString().slice(0, 10);
}

/** Picks an option, then waits until its dropdown has closed (the next select's dropdown offers the same titles). */
async function chooseAndClose(page: Page, label: string, option: string, scope: Locator) {
  await choose(page, label, option, scope);
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
}

/** Clicks a button and returns the host's answer to the request it makes. */
async function answerTo(page: Page, path: RegExp, click: () => Promise<void>): Promise<Response> {
  const answer = page.waitForResponse((r) => path.test(new URL(r.url()).pathname) && r.request().method() !== 'GET');
  await click();
  return answer;
}

describe('Surveys: the bureau drafts and sends a survey, a small sole firm answers it, the bureau reads the summary (served by the host)', () => {
  const session = useBrowser();
  let bureau: Account;
  let firmAdministrator: Account;
  let firm: Firm;

  beforeAll(async () => {
    // Arranged through the API: a small sole firm in 吉林市's 昌邑区 (the only one of its kind there),
    // its administrator, and an officer of the 吉林市 justice bureau.
    firm = await registerFirm('调研测试个人律师事务所', '220202', 9501, { organisationForm: 'Sole', sizeBand: 'Small' });
    firmAdministrator = await createAccount('e2e.surveys.firm', '调研测试所主任', 'firm-administrator', `firm:${firm.id}`);
    bureau = await createAccount('e2e.surveys.bureau', '吉林市局调研科', 'city-officer', 'region:220200');
  });

  it('a bureau officer drafts a survey of small sole firms with three kinds of question, and sends it', async () => {
    const { page } = session;
    await signInAt(page, '/supervision/surveys', bureau);
    await page.getByRole('heading', { level: 1, name: '专题调研' }).waitFor();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '专题调研' }).waitFor();
    await page.getByRole('button', { name: /新建调研/ }).click();
    await page.waitForURL('**/supervision/surveys/new');
    await page.getByRole('heading', { level: 1, name: '新建调研' }).waitFor();

    await page.getByLabel('标题').fill(survey.title);
    await page.getByLabel('说明').fill('了解个人所的业务领域、人员和意见建议。');
    await formItem(page, '调研范围').locator('.ant-select').click();
    await page.getByLabel('调研范围').fill('220202');
    await page.locator('.ant-select-dropdown:visible [title="昌邑区（220202）"]').click();
    await page.getByLabel('截止日期').fill(inAMonth());
    await page.getByRole('heading', { level: 1 }).click(); // closes the date panel, keeping the typed date
    await choose(page, '律所规模', '小型');
    await page.keyboard.press('Escape');
    await choose(page, '组织形式', '个人');
    await page.keyboard.press('Escape');

    const first = page.getByTestId('question-1');
    await first.getByLabel('题目').fill('主要业务领域');
    await first.getByLabel('选项').fill('民事\n刑事\n行政');
    await page.getByRole('button', { name: '添加问题' }).click();
    const second = page.getByTestId('question-2');
    await chooseAndClose(page, '题型', '数字题', second);
    await second.getByLabel('题目').fill('执业律师人数');
    await second.getByLabel('最小值').fill('1');
    await second.getByLabel('最大值').fill('50');
    await page.getByRole('button', { name: '添加问题' }).click();
    const third = page.getByTestId('question-3');
    await chooseAndClose(page, '题型', '文字题', third);
    await third.getByLabel('题目').fill('意见和建议');
    await third.getByLabel('必须回答').uncheck();
    await session.screenshot('survey-draft-form');

    const drafted = await answerTo(page, /^\/api\/supervision\/surveys$/, () => page.getByRole('button', { name: '保存草稿' }).click());
    expect(drafted.status(), await drafted.text()).toBe(201);
    await page.waitForURL(/\/supervision\/surveys\/[0-9a-f-]{36}$/);
    survey.id = new URL(page.url()).pathname.split('/').at(-1)!;
    await page.getByRole('heading', { level: 1, name: survey.title }).waitFor();
    await page.getByText('发放时确定').waitFor();

    await page.getByTestId('survey-actions').getByRole('button', { name: buttonName('发放') }).click();
    await page.getByRole('dialog').getByText('发放后目标律师事务所即按调研范围确定').waitFor();
    const opened = await answerTo(page, /\/opening$/, () => page.getByRole('dialog').getByRole('button', { name: '确认发放' }).click());
    expect(opened.status(), await opened.text()).toBe(200);
    expect(await opened.request().headerValue('if-match')).toMatch(/^"\d+"$/);
    expect(((await opened.json()) as { targetCount: number }).targetCount).toBe(1);
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.locator('.ant-tag', { hasText: '调研中' }).first().waitFor();
    const progress = page.getByTestId('survey-progress');
    await progress.getByText('昌邑区（220202）').waitFor();
    await page.getByTestId('survey-summary').getByText('尚无律师事务所提交答卷').waitFor();
    await session.screenshot('survey-sent');
  });

  it('the firm’s administrator answers it, saves a draft, submits once, and sees the answers read-only', async () => {
    const { page } = session;
    await signInAt(page, '/supervision/firm-surveys', firmAdministrator);
    await page.getByRole('heading', { level: 1, name: '问卷' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: survey.title });
    await row.getByText('未作答').waitFor();
    await session.screenshot('firm-surveys');
    await row.getByRole('link', { name: survey.title }).click();
    await page.waitForURL(`**/supervision/firm-surveys/${survey.id}`);
    await page.getByRole('heading', { level: 1, name: survey.title }).waitFor();

    await page.getByTestId('answer-1').getByLabel('民事').check();
    await page.getByTestId('answer-2').getByRole('spinbutton').fill('3');
    await page.getByTestId('answer-3').getByRole('textbox').fill(texts.suggestion);

    const saved = await answerTo(page, /\/answers$/, () => page.getByRole('button', { name: '保存草稿' }).click());
    expect(saved.status(), await saved.text()).toBe(200);
    expect(await saved.request().headerValue('if-match')).toMatch(/^"\d+"$/);
    await page.locator('.ant-tag', { hasText: '已保存草稿' }).waitFor();

    await page.getByRole('button', { name: '提交问卷' }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: '提交问卷？' });
    await confirm.getByText('提交后不能再修改答案').waitFor();
    const submitted = await answerTo(page, /\/submission$/, () => confirm.getByRole('button', { name: '提交问卷' }).click());
    expect(submitted.status(), await submitted.text()).toBe(200);
    expect(await submitted.request().headerValue('if-match')).not.toBe(await saved.request().headerValue('if-match'));
    expect(await submitted.request().headerValue('x-test-role')).toBeNull();

    await page.getByText(/本所已于 .* 提交，答案不能再修改。/).waitFor();
    await confirm.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('answer-actions').count()).toBe(0);
    expect(await page.getByTestId('answer-1').getByLabel('民事').isDisabled()).toBe(true);
    await session.screenshot('firm-survey-submitted');
  });

  it('the bureau sees the firm’s submission in the progress and the summary', async () => {
    const { page } = session;
    await signInAt(page, `/supervision/surveys/${survey.id}`, bureau);
    await page.getByRole('heading', { level: 1, name: survey.title }).waitFor();

    const progress = page.getByTestId('survey-progress');
    const region = progress.getByRole('row').filter({ hasText: '昌邑区（220202）' });
    // The heading comes with the survey; the progress table arrives with its own request.
    await region.waitFor();
    expect((await region.locator('td').allTextContents()).slice(1)).toEqual(['1', '1', '0']);

    const summary = page.getByTestId('survey-summary');
    await summary.getByText('已提交答卷 1 份').waitFor();
    const choice = page.getByTestId('summary-1');
    const counts = await choice.locator('[data-testid="option-count"]').allTextContents();
    expect(counts).toEqual(['1 家', '0 家', '0 家']);
    await choice.getByText('民事').waitFor();
    const number = page.getByTestId('summary-2');
    expect(await number.locator('.ant-statistic-content-value').allTextContents()).toEqual(['3', '3', '3']);
    const text = page.getByTestId('summary-3');
    await text.getByText(texts.suggestion).waitFor();
    await text.getByText(firm.name).waitFor();
    await session.screenshot('survey-summary');
  });
});
