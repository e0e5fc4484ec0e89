import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, registerFirm, type Account, type Firm } from './support/api';
import { useBrowser } from './support/browser';
import { signInAt } from './support/session';
import { certificateNumber, residentIdNumber } from './support/uscc';

/** A button by its text, after its icon's label (antd puts a space between two Chinese characters). */
const buttonName = (text: string) => new RegExp(`(^|\\s)${[...text].join('\\s?')}$`);

const header = ['姓名', '性别', '身份证号码', '手机号码', '执业证号', '执业类别', '律师事务所统一社会信用代码', '首次执业年份', '执业起始日期', '业务专长'];

/** Two lawyers of the firm as a CSV file staff would save from Excel (UTF-8 with a BOM). */
function lawyersCsv(firm: Firm, idOfSecond: string): Buffer {
  const rows = [
    header,
    ['周导入', '男', residentIdNumber('220102', '19850412', 601, true), '13812345601', certificateNumber('220104', 2012, 9601), '专职', firm.uscc, '2012', '2020-03-01', '刑事、民事'],
    ['吴导入', '女', idOfSecond, '', certificateNumber('220104', 2012, 9602), '专职', firm.uscc, '2012', '', ''],
  ];
  return Buffer.from('\uFEFF' + rows.map((r) => r.join(',')).join('\r\n') + '\r\n', 'utf8');
}

describe('Registry: importing lawyers from a file (served by the host)', () => {
  const session = useBrowser();
  let officer: Account;
  let firm: Firm;

  beforeAll(async () => {
    firm = await registerFirm('导入测试律师事务所', '220104', 9601);
    officer = await createAccount('e2e.import', '导入测试员', 'provincial-officer', 'region:220000');
  });

  it('a dry run names the row with a wrong ID number; the corrected file is imported and its lawyer is in the list', async () => {
    const { page } = session;
    await signInAt(page, '/registry/imports', officer);
    await page.getByRole('heading', { level: 1, name: '数据导入' }).waitFor();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '数据导入' }).waitFor();
    const commit = page.getByRole('button', { name: buttonName('确认导入') });
    expect(await commit.isDisabled()).toBe(true);

    // The second lawyer's ID number has a wrong check character.
    const rightId = residentIdNumber('220102', '19880921', 602, false);
    const wrongId = rightId.slice(0, 17) + (rightId.endsWith('1') ? '2' : '1');
    await page.locator('input[type=file]').setInputFiles({ name: '律师名单.csv', mimeType: 'text/csv', buffer: lawyersCsv(firm, wrongId) });
    const checked = page.waitForResponse((r) => r.url().includes('/api/registry/imports/lawyers?dryRun=true'));
    await page.getByRole('button', { name: buttonName('试运行') }).click();
    expect((await checked).status()).toBe(200);
    const result = page.getByRole('region', { name: '试运行结果' });
    await result.getByText('发现 1 处错误，请改正文件后重新试运行。').waitFor();
    const errorRow = result.getByRole('row').filter({ hasText: '身份证号码校验位不正确' });
    await errorRow.waitFor();
    expect(await errorRow.getByRole('cell').first().textContent()).toBe('3');
    expect(await errorRow.getByRole('cell').nth(1).textContent()).toBe('身份证号码');
    expect(await commit.isDisabled()).toBe(true);
    await session.screenshot('import-dry-run-errors');

    // The corrected file: a new dry run is needed before the import.
    await page.locator('input[type=file]').setInputFiles({ name: '律师名单（已改正）.csv', mimeType: 'text/csv', buffer: lawyersCsv(firm, rightId) });
    expect(await commit.isDisabled()).toBe(true);
    await page.getByRole('button', { name: buttonName('试运行') }).click();
    await page.getByText('全部 2 行均可导入。').waitFor();
    await page.waitForFunction(() => {
      const button = Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.replace(/\s/g, '') === '确认导入');
      return button !== undefined && !button.disabled;
    });

    const imported = page.waitForResponse((r) => r.url().endsWith('/api/registry/imports/lawyers?dryRun=false'));
    await commit.click();
    const answer = await imported;
    expect(answer.status(), await answer.text()).toBe(200);
    await page.getByText('已导入 2 名律师').waitFor();
    await session.screenshot('import-done');

    await page.getByRole('button', { name: '查看律师列表' }).click();
    await page.waitForURL((url) => url.pathname === '/registry/lawyers');
    await page.goto(`/registry/lawyers?certificateNumber=${certificateNumber('220104', 2012, 9602)}`);
    const row = page.getByRole('row').filter({ hasText: '吴导入' });
    await row.waitFor();
    expect(await row.textContent()).toContain(firm.name);
  });
});
