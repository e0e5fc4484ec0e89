import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, type Account } from './support/api';
import { useBrowser } from './support/browser';
import { signInAt } from './support/session';

describe('Regions page (served by the host)', () => {
  const session = useBrowser();
  let officer: Account;

  beforeAll(async () => {
    officer = await createAccount('e2e.regions', '区划测试员', 'provincial-officer', 'region:220000');
  });

  it('shows Changchun and its districts, expanded, from the real API', async () => {
    const { page } = session;
    const regionsResponse = page.waitForResponse((response) => response.url().endsWith('/api/registry/regions'));

    await signInAt(page, '/registry/regions', officer);

    const response = await regionsResponse;
    expect(response.status()).toBe(200);
    expect(await response.request().headerValue('accept-language')).toBe('zh-CN');

    const tree = page.getByRole('tree', { name: '行政区划树' });
    for (const name of ['吉林省', '长春市', '南关区', '朝阳区']) {
      await tree.getByText(name, { exact: true }).first().waitFor({ state: 'visible' });
    }
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('行政区划');
    expect(await page.locator('[data-region-code="220102"]').textContent()).toContain('县（市、区）');

    await session.screenshot('regions-zh-CN');
  });

  it('starts at the regions page from the root address', async () => {
    const { page } = session;
    await signInAt(page, '/registry/regions', officer);

    const response = await page.goto('/');

    // The host must answer the site's root with index.html like any other client route.
    expect(response?.status(), `GET / answered ${response?.status()} ${response?.headers()['content-type']}`).toBe(200);
    await page.waitForURL('**/registry/regions');
    await page.getByRole('tree').getByText('长春市', { exact: true }).waitFor({ state: 'visible' });
  });
});
