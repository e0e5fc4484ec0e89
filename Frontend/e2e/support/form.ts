import type { Locator, Page } from 'playwright-core';

/** The Form.Item (label, control, messages) whose label is exactly this text, within a page or a dialog. */
export function formItem(scope: Page | Locator, label: string): Locator {
  // The inner locator of `has` is matched inside each item: it must start from the page, not the scope.
  const page = 'page' in scope ? scope.page() : scope;
  return scope
    .locator('.ant-form-item')
    .filter({ has: page.locator('label', { hasText: new RegExp(`^${label}$`) }) })
    .first();
}

/** antd's Select: open it by its label, then pick an option by its title (the dropdown renders outside the dialog). */
export async function choose(page: Page, label: string, option: string, scope: Page | Locator = page) {
  await formItem(scope, label).locator('.ant-select').click();
  await page.locator(`.ant-select-dropdown:visible [title="${option}"]`).click();
}
