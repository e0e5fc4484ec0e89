import { existsSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const frontendDir = fileURLToPath(new URL('../..', import.meta.url));
export const distDir = resolve(frontendDir, 'dist');
export const artifactsDir = resolve(frontendDir, 'e2e/artifacts');

const defaultHostDll = '../Backend/src/LawyerWork.Host/bin/Release/net10.0/LawyerWork.Host.dll';

/** LAWYERWORK_HOST_DLL (relative paths from Frontend/), else the Release build next door. */
export function hostDllPath(): string {
  const configured = process.env.LAWYERWORK_HOST_DLL?.trim() || defaultHostDll;
  return isAbsolute(configured) ? configured : resolve(frontendDir, configured);
}

/** CHROMIUM_PATH, else the first Chromium on PATH, else Debian's. Never a downloaded browser. */
export function chromiumPath(): string {
  const configured = process.env.CHROMIUM_PATH?.trim();
  if (configured) return configured;
  const names = process.platform === 'win32' ? ['chrome.exe', 'msedge.exe'] : ['chromium', 'chromium-browser', 'google-chrome'];
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return '/usr/bin/chromium';
}
