import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, type Account } from './support/api';
import { useBrowser } from './support/browser';
import { signInAt } from './support/session';

describe('Language switch (served by the host)', () => {
  const session = useBrowser();
  let officer: Account;

  beforeAll(async () => {
    officer = await createAccount('e2e.language', '语言测试员', 'city-officer', 'region:220100');
  });

  it('turns the side menu English, and it stays English after a reload', async () => {
    const { page } = session;
    await signInAt(page, '/registry/regions', officer);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '行政区划' }).waitFor();

    await page.getByText('English', { exact: true }).click();

    const englishMenu = page.getByRole('navigation', { name: 'Main navigation' });
    await englishMenu.getByRole('link', { name: 'Regions' }).waitFor({ state: 'visible' });
    await englishMenu.getByText('Registry', { exact: true }).waitFor({ state: 'visible' });
    expect(await page.evaluate(() => window.localStorage.getItem('lawyerwork.language'))).toBe('en');

    const reloadedRegions = page.waitForResponse((response) => response.url().endsWith('/api/registry/regions'));
    await page.reload();

    await englishMenu.getByRole('link', { name: 'Regions' }).waitFor({ state: 'visible' });
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('LawyerWork');
    expect(await (await reloadedRegions).request().headerValue('accept-language')).toBe('en');
    await page.locator('[data-region-code="220000"]').getByText('Province', { exact: true }).waitFor();

    await session.screenshot('regions-en');
  });
});
