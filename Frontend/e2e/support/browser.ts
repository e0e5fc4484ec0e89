import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { artifactsDir } from './paths';

export const baseUrl = inject('baseUrl');

export interface BrowserSession {
  /** A page in a fresh context (no storage) for the current test. */
  readonly page: Page;
  screenshot(name: string): Promise<string>;
}

/**
 * Connects to the run's Chromium for one test file. Each test gets a fresh context (clean
 * localStorage) and fails if the page threw an uncaught error.
 */
export function useBrowser(): BrowserSession {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await chromium.connect(inject('browserWsEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    pageErrors = [];
    context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
    page = undefined;
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  });

  return {
    get page() {
      if (!page) throw new Error('The page exists only inside a test.');
      return page;
    },
    async screenshot(name) {
      const path = join(artifactsDir, `${name}.png`);
      await this.page.screenshot({ path, fullPage: true });
      return path;
    },
  };
}
