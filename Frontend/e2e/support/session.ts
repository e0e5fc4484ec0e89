import type { Page } from 'playwright-core';
import type { Account } from './api';
import { totp } from './totp';

/** Fills the sign-in form (the page is on /sign-in) and submits it. */
export async function submitSignIn(page: Page, account: Pick<Account, 'userName' | 'password'>) {
  await page.getByLabel('用户名', { exact: true }).fill(account.userName);
  await page.getByLabel('密码', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: /^登\s?录$/ }).click();
}

/**
 * Opens a staff page without a session: the SPA sends the browser to /sign-in (remembering the
 * page), where the account signs in for real; then back on the page.
 */
export async function signInAt(page: Page, path: string, account: Pick<Account, 'userName' | 'password'>) {
  await page.goto(path);
  await page.waitForURL((url) => url.pathname === '/sign-in');
  await submitSignIn(page, account);
  const target = new URL(path, 'http://x');
  await page.waitForURL((url) => url.pathname === target.pathname);
}

/**
 * On the forced enrolment page (administrators and auditors at their first sign-in): generates a
 * key, calls `whileKeyShown` (a screenshot), enters the code an authenticator would show for it
 * (support/totp.ts) and turns TOTP on. Returns the key, for the TOTP step of later sign-ins.
 */
export async function enrolTwoFactor(page: Page, whileKeyShown?: (key: string) => Promise<void>): Promise<string> {
  await page.waitForURL((url) => url.pathname === '/account/two-factor');
  await page.getByText('必须设置双因素认证').waitFor();
  await page.getByRole('button', { name: /生成密钥/ }).click();
  const key = ((await page.getByTestId('shared-key').textContent()) ?? '').replace(/\s/g, '');
  if (!/^[A-Z2-7]{16,}$/.test(key)) throw new Error(`Not an authenticator key: ${key}`);
  await whileKeyShown?.(key);
  await page.getByLabel('验证码', { exact: true }).fill(totp(key));
  await page.getByRole('button', { name: /^启\s?用$/ }).click();
  await page.waitForURL((url) => url.pathname !== '/account/two-factor');
  return key;
}
