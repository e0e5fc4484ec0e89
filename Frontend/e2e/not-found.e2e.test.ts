import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser';

describe('Unknown client routes (served by the host)', () => {
  const session = useBrowser();

  it('show the not-found page, with a way back home', async () => {
    const { page } = session;

    const response = await page.goto('/no/such/page');

    // The host answers client routes with index.html; the SPA decides it is not a page.
    expect(response?.status()).toBe(200);
    await page.getByText('页面不存在', { exact: true }).waitFor({ state: 'visible' });
    await session.screenshot('not-found');

    await page.getByRole('button', { name: '返回首页' }).click();

    await page.waitForURL('**/registry/regions');
    await page.getByRole('tree').getByText('南关区', { exact: true }).waitFor({ state: 'visible' });
  });
});
