import type { Page } from 'playwright-core';
import type { Account } from './api';

/**
 * Opens a staff page without a session: the SPA sends the browser to /sign-in (remembering the
 * page), where the account signs in for real; then back on the page.
 */
export async function signInAt(page: Page, path: string, account: Pick<Account, 'userName' | 'password'>) {
  await page.goto(path);
  await page.waitForURL((url) => url.pathname === '/sign-in');
  await page.getByLabel('用户名', { exact: true }).fill(account.userName);
  await page.getByLabel('密码', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: /^登\s?录$/ }).click();
  const target = new URL(path, 'http://x');
  await page.waitForURL((url) => url.pathname === target.pathname);
}
