import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, type Account } from './support/api';
import { useBrowser } from './support/browser';
import { choose, formItem } from './support/form';
import { signInAt } from './support/session';

// The tests of this file share the host's database and run in order: the first registers the
// firm and the lawyer that the others find.
const firm = {
  name: '吉林正道律师事务所',
  wrongUscc: '31220100MD00000012',
  uscc: '31220100MD00000011',
  licenceNumber: '32201200910000001',
  director: '王正',
  address: '长春市朝阳区人民大街1号',
  foundedOn: '2009-05-01',
};
const lawyer = {
  name: '张三',
  idNumber: '22010219900307425X',
  phone: '13812345678',
  certificateNumber: '12201201011000123',
};

describe('Registry: firms, lawyers and the public look-up (served by the host)', () => {
  const session = useBrowser();
  // A provincial officer (whole province, personal data unmasked), signing in for real.
  let officer: Account;

  beforeAll(async () => {
    officer = await createAccount('e2e.registry', '登记测试员', 'provincial-officer', 'region:220000');
  });

  it('registers a firm (showing the server’s USCC error next to the field), a lawyer at it, and finds him in the public look-up', async () => {
    const { page } = session;

    // Firms list (after signing in, back on it) → register: a provincial officer may.
    await signInAt(page, '/registry/firms', officer);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '律师事务所' }).waitFor();
    await page.getByTestId('user-menu').getByText(officer.displayName).waitFor();
    await page.getByRole('button', { name: /登记律所/ }).click();
    await page.waitForURL('**/registry/firms/new');
    await page.getByRole('heading', { level: 1, name: '登记律师事务所' }).waitFor();

    await page.getByLabel('律所名称').fill(firm.name);
    await page.getByLabel('统一社会信用代码').fill(firm.wrongUscc);
    await page.getByLabel('执业许可证号').fill(firm.licenceNumber);
    await choose(page, '组织形式', '普通合伙');
    await choose(page, '规模', '中型');
    await formItem(page, '所在地区').locator('.ant-select').click();
    await page.getByLabel('所在地区').fill('220104');
    await page.locator('.ant-select-dropdown:visible [title="朝阳区（220104）"]').click();
    await page.getByLabel('负责人（主任）').fill(firm.director);
    await page.getByLabel('住所').fill(firm.address);
    await page.getByLabel('成立日期').fill(firm.foundedOn);
    await page.getByRole('heading', { level: 1 }).click(); // closes the date panel, keeping the typed date

    const created = page.waitForResponse((r) => r.url().endsWith('/api/registry/firms') && r.request().method() === 'POST');
    await page.getByRole('button', { name: /^登\s?记$/ }).click();
    const rejected = await created;
    expect(rejected.status()).toBe(400);
    const usccError = formItem(page, '统一社会信用代码').locator('.ant-form-item-explain-error');
    await usccError.waitFor();
    expect(await usccError.textContent()).toContain('校验位');
    const firstKey = await rejected.request().headerValue('idempotency-key');
    await session.screenshot('firm-form-uscc-error');

    await page.getByLabel('统一社会信用代码').fill(firm.uscc);
    const accepted = page.waitForResponse((r) => r.url().endsWith('/api/registry/firms') && r.request().method() === 'POST');
    await page.getByRole('button', { name: /^登\s?记$/ }).click();
    expect((await accepted).status()).toBe(201);
    expect(await (await accepted).request().headerValue('idempotency-key')).not.toBe(firstKey);
    await page.waitForURL(/\/registry\/firms\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: firm.name }).waitFor();
    await page.getByText('普通合伙', { exact: true }).waitFor();
    await page.getByRole('cell', { name: '朝阳区 220104' }).waitFor();
    await session.screenshot('firm-detail');

    // A lawyer at this firm: category and firm come preselected from the firm's page.
    await page.getByRole('button', { name: /登记本所律师/ }).click();
    await page.waitForURL(/\/registry\/lawyers\/new\?firmId=/);
    await page.getByRole('heading', { level: 1, name: '律师执业登记' }).waitFor();
    await formItem(page, '执业机构').getByText(firm.name).waitFor();
    await page.getByLabel('姓名').fill(lawyer.name);
    await page.getByLabel('男', { exact: true }).check();
    await page.getByLabel('身份证号码').fill(lawyer.idNumber);
    await page.getByLabel('手机号码').fill(lawyer.phone);
    await page.getByLabel('执业证号').fill(lawyer.certificateNumber);
    // Digits 6–9 of the certificate number give the first practice year.
    expect(await page.getByLabel('首次执业年份').inputValue()).toBe('2010');
    expect(await formItem(page, '执业类别').textContent()).toContain('专职');

    const registered = page.waitForResponse((r) => r.url().endsWith('/api/registry/lawyers') && r.request().method() === 'POST');
    await page.getByRole('button', { name: /^登\s?记$/ }).click();
    const registeredResponse = await registered;
    expect(registeredResponse.status(), await registeredResponse.text()).toBe(201);
    await page.waitForURL(/\/registry\/lawyers\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: lawyer.name }).waitFor();
    await page.getByLabel('执业机构变更记录').getByRole('link', { name: firm.name }).waitFor();
    await session.screenshot('lawyer-detail');

    // The public look-up: its own frame, anonymous, practice information only.
    await page.goto('/public/lookup');
    await page.getByRole('heading', { level: 1, name: '律师执业信息查询' }).waitFor();
    expect(await page.getByRole('navigation', { name: '主导航' }).count()).toBe(0);
    const search = page.waitForResponse((r) => r.url().includes('/api/public/lawyers?') && r.url().includes('name='));
    await page.getByRole('textbox', { name: '姓名' }).fill(lawyer.name);
    await page.getByRole('button', { name: /查\s?询$/ }).click();
    expect((await search).status()).toBe(200);
    expect(await (await search).request().headerValue('x-test-role')).toBeNull();

    const row = page.getByRole('row').filter({ hasText: lawyer.certificateNumber });
    await row.waitFor();
    expect(await row.textContent()).toContain(lawyer.name);
    expect(await row.textContent()).toContain(firm.name);
    await session.screenshot('public-lookup');
    await row.getByText(lawyer.name, { exact: true }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText(lawyer.certificateNumber).waitFor();
    await drawer.getByText(firm.name).waitFor();
    await page.waitForTimeout(400); // the drawer's slide-in, for the screenshot
    await session.screenshot('public-lookup-drawer');

    const text = (await page.locator('body').textContent()) ?? '';
    for (const secret of [lawyer.idNumber, '220***', lawyer.phone, '138****']) {
      expect(text, `the public page shows ${secret}`).not.toContain(secret);
    }
  });

  it('keeps the firms list’s filters and sort in the URL, and exports the same set as CSV', async () => {
    const { page } = session;
    await signInAt(page, '/registry/firms', officer);
    await page.getByRole('link', { name: firm.name }).waitFor();

    // Names match from the start unless "contains" is chosen.
    await page.getByRole('search').getByLabel('律所名称').fill('吉林正道');
    await page.getByRole('button', { name: /查\s?询$/ }).click();
    await page.waitForURL(/name=%E5%90%89%E6%9E%97%E6%AD%A3%E9%81%93/);
    const sorted = page.waitForResponse((r) => r.url().includes('/api/registry/firms?') && r.url().includes('sort=-foundedOn'));
    await page.getByRole('columnheader', { name: /成立日期/ }).click();
    await page.getByRole('columnheader', { name: /成立日期/ }).click();
    expect((await sorted).status()).toBe(200);
    await page.waitForURL(/sort=-foundedOn/);

    // A reload shows the same list.
    await page.reload();
    await page.getByRole('link', { name: firm.name }).waitFor();
    expect(await page.getByRole('search').getByLabel('律所名称').inputValue()).toBe('吉林正道');

    const download = page.waitForEvent('download');
    const exported = page.waitForResponse((r) => r.url().includes('/api/registry/firms/export?'));
    await page.getByRole('button', { name: /导出 CSV/ }).click();
    const exportUrl = new URL((await exported).url());
    expect(Object.fromEntries(exportUrl.searchParams)).toEqual({ format: 'csv', name: '吉林正道', sort: '-foundedOn' });
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^律师事务所-\d{8}\.csv$/);
  });
});
