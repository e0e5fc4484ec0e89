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
  const item = formItem(scope, label);
  const select = item.locator('.ant-select');
  await select.click();
  const dropdown = page.locator('.ant-select-dropdown:visible');
  await dropdown.locator(`[title="${option}"]`).click();
  // A single choice closes the list with an animation: on a busy machine the next click would land on
  // its options instead of the next field. (A multiple choice keeps its list open for the next pick.)
  if ((await select.getAttribute('class'))?.includes('ant-select-multiple') !== true) {
    await dropdown.waitFor({ state: 'hidden' });
  }
}
