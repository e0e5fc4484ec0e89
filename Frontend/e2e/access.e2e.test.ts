import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, registerFirm, type Account, type Firm } from './support/api';
import { baseUrl, useBrowser } from './support/browser';
import { enrolTwoFactor, signInAt, submitSignIn } from './support/session';
import { totp } from './support/totp';

async function signOut(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL((url) => url.pathname === '/sign-in');
  await page.getByText('你已退出登录。').waitFor();
}

describe('Sign-in and data scope (served by the host)', () => {
  const session = useBrowser();
  let officer: Account;
  let changchunFirm: Firm;
  let jilinFirm: Firm;

  beforeAll(async () => {
    // Arranged through the API as a test administrator: a Changchun city officer, a firm in
    // Changchun's 朝阳区 and one in Jilin City's 昌邑区.
    officer = await createAccount('e2e.changchun', '长春市局测试员', 'city-officer', 'region:220100');
    changchunFirm = await registerFirm('长春范围测试律师事务所', '220104', 9101);
    jilinFirm = await registerFirm('吉林范围测试律师事务所', '220202', 9102);
  });

  it('shows the server’s message on the sign-in form for a wrong password', async () => {
    const { page } = session;
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();

    const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in'));
    await submitSignIn(page, { userName: officer.userName, password: 'Not-the-password-1' });

    const response = await answer;
    expect(response.status()).toBe(401);
    // Login CSRF: sign-in itself carries the antiforgery token.
    expect(await response.request().headerValue('x-xsrf-token')).toBeTruthy();
    await page.getByRole('alert').getByText('登录失败').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('用户名或密码错误');
    expect(await page.getByLabel('密码', { exact: true }).inputValue()).toBe('');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await session.screenshot('sign-in-wrong-password');
  });

  it('a 长春 officer signs in, sees only 长春’s firms, opening a 吉林 firm by URL shows not found, signs out', async () => {
    const { page } = session;

    await page.goto('/registry/firms');
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('returnTo') === '/registry/firms');
    await session.screenshot('sign-in');
    await submitSignIn(page, officer);
    await page.waitForURL((url) => url.pathname === '/registry/firms');

    const userMenu = page.getByTestId('user-menu');
    await userMenu.getByText(officer.displayName).waitFor();
    expect(await userMenu.textContent()).toContain('市（州）司法局工作人员');
    await page.getByRole('link', { name: changchunFirm.name }).waitFor();
    expect(await page.getByRole('link', { name: jilinFirm.name }).count()).toBe(0);
    // Only 长春's (220100…) firms: the list holds nothing from another prefecture.
    for (const cell of await page.getByRole('row').allTextContents()) {
      expect(cell).not.toContain('昌邑区');
    }
    // No administration for a city officer.
    expect(await page.getByRole('navigation', { name: '主导航' }).getByText('系统管理').count()).toBe(0);
    await session.screenshot('firms-changchun-officer');

    // Another prefecture's firm by its address: the host answers 404, as for a firm that does not exist.
    const foreign = page.waitForResponse((r) => r.url().endsWith(`/api/registry/firms/${jilinFirm.id}`));
    await page.goto(`/registry/firms/${jilinFirm.id}`);
    expect((await foreign).status()).toBe(404);
    await page.getByText('未找到该记录', { exact: true }).waitFor();
    expect(await page.locator('body').textContent()).not.toContain(jilinFirm.name);
    await session.screenshot('firm-outside-scope');

    // Its own firm opens.
    await page.goto(`/registry/firms/${changchunFirm.id}`);
    await page.getByRole('heading', { level: 1, name: changchunFirm.name }).waitFor();

    const signedOut = page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-out'));
    await signOut(page);
    expect((await signedOut).status()).toBe(204);
    expect(await (await signedOut).request().headerValue('x-xsrf-token')).toBeTruthy();

    await page.goto('/registry/firms');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();
  });

  it('an administrator sets up a second factor, creates an account (password shown once) and an API client whose secret gets a token', async () => {
    const { page } = session;
    const admin = await createAccount('e2e.admin', '测试管理员', 'system-administrator', 'region:220000');

    await page.goto('/admin/users');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await submitSignIn(page, admin);
    // Administrators must enrol first; nothing else opens until then.
    const key = await enrolTwoFactor(page, async () => {
      expect(await page.getByTestId('authenticator-uri').textContent()).toContain('otpauth://totp/');
      await session.screenshot('two-factor-enrolment');
    });
    await page.waitForURL((url) => url.pathname === '/admin/users');
    await page.getByRole('heading', { level: 1, name: '用户管理' }).waitFor();

    // A county officer's account: the temporary password is shown once.
    await page.getByRole('button', { name: /新建用户/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('用户名', { exact: true }).fill('e2e.county');
    await dialog.getByLabel('姓名', { exact: true }).fill('朝阳区局测试员');
    await dialog.getByLabel('角色', { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible [title="县（市、区）司法局工作人员"]').click();
    // Closed with an animation: on a busy machine its options would take the next click.
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await dialog.getByLabel('数据范围', { exact: true }).click();
    await dialog.getByLabel('数据范围', { exact: true }).fill('220104');
    await page.locator('.ant-select-dropdown:visible [title="朝阳区（220104）"]').click();
    await dialog.locator('.ant-modal-title').click(); // closes the tree's list
    const created = page.waitForResponse((r) => r.url().endsWith('/api/access/users') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: /^创\s?建$/ }).click();
    expect((await created).status()).toBe(201);
    const secret = page.getByTestId('one-time-secret');
    const temporaryPassword = ((await secret.textContent()) ?? '').trim();
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{24}$/);
    await page.getByText('此信息只显示这一次').waitFor();
    await page.waitForTimeout(400); // the modal's fade-in, for the screenshot
    await session.screenshot('user-created-temporary-password');
    await page.getByRole('button', { name: '我已妥善保存' }).click();
    await page.getByRole('row').filter({ hasText: 'e2e.county' }).waitFor();
    expect(await page.locator('body').textContent()).not.toContain(temporaryPassword);

    // An external system: the secret works at the token endpoint.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '外部系统接入' }).click();
    await page.getByRole('heading', { level: 1, name: '外部系统接入' }).waitFor();
    await page.getByRole('button', { name: /接入外部系统/ }).click();
    const clientDialog = page.getByRole('dialog');
    await clientDialog.getByLabel('名称', { exact: true }).fill('端到端测试系统');
    await clientDialog.getByLabel('数据范围', { exact: true }).click();
    await clientDialog.getByLabel('数据范围', { exact: true }).fill('220100');
    await page.locator('.ant-select-dropdown:visible [title="长春市（220100）"]').click();
    await clientDialog.locator('.ant-modal-title').click();
    await clientDialog.getByRole('button', { name: /^创\s?建$/ }).click();
    const clientSecret = ((await page.getByTestId('one-time-secret').textContent()) ?? '').trim();
    const example = (await page.getByTestId('token-example').textContent()) ?? '';
    const clientId = /client_id=(\S+)/.exec(example)?.[1] ?? '';
    expect(clientId).toMatch(/^lw-/);
    await page.waitForTimeout(400);
    await session.screenshot('api-client-secret');
    const token = await fetch(new URL('/connect/token', baseUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope: 'registry.read' }),
    });
    expect(token.status, await token.clone().text()).toBe(200);
    expect(((await token.json()) as { access_token?: string }).access_token).toBeTruthy();
    await page.getByRole('button', { name: '我已妥善保存' }).click();
    await page.getByRole('row').filter({ hasText: '端到端测试系统' }).waitFor();

    // The next sign-in asks for the authenticator's code.
    await signOut(page);
    await submitSignIn(page, admin);
    await page.getByRole('heading', { level: 1, name: '双因素验证' }).waitFor();
    await page.getByLabel('验证码', { exact: true }).fill(totp(key));
    await page.getByRole('button', { name: /^验\s?证$/ }).click();
    await page.waitForURL((url) => url.pathname === '/registry/regions');
    await page.getByRole('navigation', { name: '主导航' }).getByText('系统管理').waitFor();

    // The new county officer signs in with the temporary password.
    await signOut(page);
    await signInAt(page, '/registry/firms', { userName: 'e2e.county', password: temporaryPassword });
    await page.getByTestId('user-menu').getByText('朝阳区局测试员').waitFor();
  });
});
