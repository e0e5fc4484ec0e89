import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, type Account } from './support/api';
import { useBrowser } from './support/browser';
import { signInAt } from './support/session';

describe('Unknown client routes (served by the host)', () => {
  const session = useBrowser();
  let officer: Account;

  beforeAll(async () => {
    officer = await createAccount('e2e.not-found', '路由测试员', 'county-officer', 'region:220104');
  });

  it('show the not-found page, with a way back home', async () => {
    const { page } = session;

    const response = await page.goto('/no/such/page');
    // The host answers client routes with index.html; the SPA decides it is not a page (after sign-in).
    expect(response?.status()).toBe(200);
    await signInAt(page, '/no/such/page', officer);
    await page.getByText('页面不存在', { exact: true }).waitFor({ state: 'visible' });
    await session.screenshot('not-found');

    await page.getByRole('button', { name: '返回首页' }).click();

    await page.waitForURL('**/registry/regions');
    await page.getByRole('tree').getByText('南关区', { exact: true }).waitFor({ state: 'visible' });
  });
});
