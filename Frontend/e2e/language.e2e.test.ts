import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser';

describe('Language switch (served by the host)', () => {
  const session = useBrowser();

  it('turns the side menu English, and it stays English after a reload', async () => {
    const { page } = session;
    await page.goto('/registry/regions');
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
