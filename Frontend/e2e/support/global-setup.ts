import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startHost, type RunningHost } from './host';
import { artifactsDir, chromiumPath, distDir, hostDllPath } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the host under test listens, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
    /** The one Chromium of this run; tests connect to it. */
    browserWsEndpoint: string;
    /** The origin the host admits as a webhook target (nothing listens there). */
    webhookTarget: string;
  }
}

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts the host (serving dist/) and one Chromium for the whole run; stops both afterwards. */
export default async function setup(project: TestProject) {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No built SPA in ${distDir}. Run "npm run build" first (or "npm run e2e", which does).`);
  }
  const dll = hostDllPath();
  if (!existsSync(dll)) {
    throw new Error(
      `No host at ${dll}. Build it with "dotnet build -c Release" in Backend/, or set LAWYERWORK_HOST_DLL.`,
    );
  }
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}. Install it (Debian: apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH.`,
    );
  }
  mkdirSync(artifactsDir, { recursive: true });

  let host: RunningHost | undefined;
  let browser: BrowserServer | undefined;
  try {
    host = await startHost({ dll, spaRoot: distDir });
    browser = await chromium.launchServer({ executablePath, headless: true, args: chromiumArgs });
  } catch (error) {
    await browser?.close();
    await host?.stop();
    throw error;
  }

  project.provide('baseUrl', host.baseUrl);
  project.provide('browserWsEndpoint', browser.wsEndpoint());
  project.provide('webhookTarget', host.webhookTarget);

  return async () => {
    await browser.close();
    await host.stop();
  };
}
