import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, registerFirm, type Account, type Firm } from './support/api';
import { useBrowser } from './support/browser';
import { enrolTwoFactor, submitSignIn } from './support/session';

/** Runs the list's search and returns the query string the host was asked. */
async function search(page: Page): Promise<URLSearchParams> {
  const answer = page.waitForResponse((r) => r.url().includes('/api/outbox/registry/messages?'));
  await page.getByRole('button', { name: /查\s?询/ }).click();
  const response = await answer;
  expect(response.status()).toBe(200);
  return new URL(response.url()).searchParams;
}

describe('Event delivery: the registry’s outbox (served by the host)', () => {
  const session = useBrowser();
  let admin: Account;
  let firm: Firm;

  beforeAll(async () => {
    // An event to find: registering a firm writes FirmRegistered to the registry's outbox in the same transaction.
    firm = await registerFirm('投递测试律师事务所', '220104', 9301);
    admin = await createAccount('e2e.outbox', '投递测试管理员', 'system-administrator', 'region:220000');
  });

  it('an administrator finds no dead letters, then, over every state, the firm’s FirmRegistered event delivered, with its payload', async () => {
    const { page } = session;

    await page.goto('/admin/outbox');
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('returnTo') === '/admin/outbox');
    await submitSignIn(page, admin);
    await enrolTwoFactor(page);
    await page.waitForURL((url) => url.pathname === '/admin/outbox');
    await page.getByRole('heading', { level: 1, name: '事件投递' }).waitFor();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '事件投递' }).waitFor();

    // It opens on the dead letters: none on a healthy host.
    await page.getByText('没有待处理的死信').waitFor();
    await page.locator('.ant-message-notice').waitFor({ state: 'detached', timeout: 10_000 });
    await session.screenshot('outbox-no-dead-letters');

    // Every state, this firm's events only.
    await page.getByLabel('状态', { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible [title="全部状态"]').click();
    await page.getByLabel('所属记录', { exact: true }).fill(firm.id);
    const row = page.getByRole('row').filter({ hasText: 'FirmRegistered' });
    // The dispatcher delivers within moments of the commit; until then the event shows as pending.
    for (let attempt = 0; ; attempt++) {
      const sent = await search(page);
      expect(sent.get('state')).toBeNull();
      expect(sent.get('aggregateId')).toBe(firm.id);
      await row.first().waitFor();
      if ((await row.first().textContent())?.includes('已投递') || attempt === 10) break;
      await page.waitForTimeout(500);
    }
    expect(await row.count()).toBe(1);
    expect(await row.first().textContent()).toContain('已投递');
    expect(new URL(page.url()).searchParams.get('state')).toBe('all');
    await session.screenshot('outbox-messages');

    // The message in full: the payload indented (the host escapes Chinese in JSON; the page shows it as text), no dead-letter actions.
    await row.first().click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByText('事件：FirmRegistered').waitFor();
    const payload = (await drawer.getByTestId('outbox-payload').textContent()) ?? '';
    expect(payload).toContain(`"name": "${firm.name}"`);
    expect(payload).toContain(firm.uscc);
    expect(await drawer.getByTestId('outbox-message').textContent()).toContain(firm.id);
    expect(await drawer.getByRole('button', { name: /重\s?放|跳\s?过/ }).count()).toBe(0);
    await page.waitForTimeout(400); // the drawer's slide-in, for the screenshot
    await session.screenshot('outbox-message-details');
  });
});
