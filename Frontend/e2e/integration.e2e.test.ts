import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createAccount, registerApiClient, type Account, type ApiClientRecord } from './support/api';
import { useBrowser } from './support/browser';
import { enrolTwoFactor, submitSignIn } from './support/session';

describe('Integration: webhook subscriptions and the national exchange (served by the host)', () => {
  const session = useBrowser();
  // The one loopback origin the host admits as a webhook target (support/host.ts); nothing listens there.
  const target = `${inject('webhookTarget')}/webhooks/e2e`;
  let admin: Account;
  let client: ApiClientRecord;

  beforeAll(async () => {
    client = await registerApiClient('集成测试接收系统');
    admin = await createAccount('e2e.integration', '集成测试管理员', 'system-administrator', 'region:220000');
  });

  it('an administrator is refused an internal URL, subscribes a client (secret shown once), opens it, and finds the national exchange not configured', async () => {
    const { page } = session;

    await page.goto('/admin/webhooks');
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('returnTo') === '/admin/webhooks');
    await submitSignIn(page, admin);
    await enrolTwoFactor(page);
    await page.waitForURL((url) => url.pathname === '/admin/webhooks');
    await page.getByRole('heading', { level: 1, name: '外部接口（Webhook 订阅）' }).waitFor();
    const nav = page.getByRole('navigation', { name: '主导航' });
    await nav.getByRole('link', { name: 'Webhook 订阅' }).waitFor();
    await page.locator('.ant-message-notice').waitFor({ state: 'detached', timeout: 10_000 });

    // A private address is refused by the host, on the URL field.
    await page.getByRole('button', { name: /新建订阅/ }).click();
    const dialog = page.getByRole('dialog', { name: '新建 Webhook 订阅' });
    await dialog.getByLabel('外部系统', { exact: true }).click();
    await page.locator(`.ant-select-dropdown:visible [title="${client.displayName}（${client.clientId}）"]`).click();
    await dialog.getByLabel('接收地址', { exact: true }).fill('https://10.0.0.1/hook');
    await dialog.getByLabel('订阅事件', { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible [title="FirmRegistered"]').click();
    await page.keyboard.press('Escape');
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/integration/webhooks') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: /创\s?建/ }).click();
    expect((await refused).status()).toBe(400);
    const urlItem = dialog.locator('.ant-form-item').filter({ has: page.getByLabel('接收地址', { exact: true }) });
    await urlItem.locator('.ant-form-item-explain-error').getByText('不得指向本机、内网、链路本地或保留地址。', { exact: true }).waitFor();
    await session.screenshot('integration-url-refused');

    // The admitted target: created, and the signing secret shown this once.
    await dialog.getByLabel('接收地址', { exact: true }).fill(target);
    await dialog.getByRole('button', { name: /创\s?建/ }).click();
    const secret = page.getByTestId('one-time-secret');
    await secret.waitFor();
    const secretText = ((await secret.textContent()) ?? '').trim();
    expect(secretText).toMatch(/^whsec_[A-Za-z0-9_-]{40,}$/);
    await page.getByText('此信息只显示这一次').waitFor();
    await session.screenshot('integration-secret-once');
    await page.getByRole('button', { name: '我已妥善保存' }).click();
    await secret.waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(secretText);

    // In the list, with its client by name; its page shows an empty delivery log.
    const row = page.getByRole('row').filter({ hasText: target });
    await row.waitFor();
    expect(await row.textContent()).toContain(client.displayName);
    expect(await row.textContent()).toContain('FirmRegistered');
    expect(await row.textContent()).toContain('启用');
    await row.click();
    await page.waitForURL((url) => /^\/admin\/webhooks\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByRole('heading', { level: 1, name: 'Webhook 订阅' }).waitFor();
    expect(await page.getByTestId('webhook-facts').textContent()).toContain(target);
    await page.getByText('该订阅尚无投递记录').waitFor();
    await session.screenshot('integration-webhook-details');

    // The national exchange: not configured on this host, and reconciliation refused in the host's words.
    await nav.getByRole('link', { name: '全国系统对接' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/national-exchange');
    await page.getByText('尚未配置与全国系统的对接').waitFor();
    await page.getByText('尚无报送全国系统的记录').waitFor();
    await page.getByText('该日期范围内尚无核对记录').waitFor();
    const reconcile = page.waitForResponse((r) => r.url().endsWith('/api/integration/national/reconciliation') && r.request().method() === 'POST');
    await page.getByRole('form', { name: '立即核对' }).getByRole('button', { name: '立即核对' }).click();
    expect((await reconcile).status()).toBe(409);
    await page.getByText('未配置与全国律师综合管理信息系统的对接，无法核对。').waitFor();
    await session.screenshot('integration-national-not-configured');

    // The catalogue the subscription was chosen from.
    await nav.getByRole('link', { name: '事件目录' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/event-types');
    await page.getByRole('table', { name: 'FirmRegistered 的字段' }).waitFor();
  });
});
