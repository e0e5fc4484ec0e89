import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { initI18n, storedLanguage } from '../app/i18n';
import { reloadTestIdentity } from '../shared/auth/testIdentity';
import i18next from 'i18next';

// jsdom lacks what antd's responsive pieces (Grid, Layout.Sider breakpoints) call.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });
}

// antd's Segmented, Tree and Typography measure themselves; jsdom has no layout, so observe nothing.
if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// Browsers resolve a relative URL against the page; Node's Request (used under jsdom) does not.
// The API client uses relative paths (baseUrl ''), so resolve them the way a browser would.
const NodeRequest = globalThis.Request;
globalThis.Request = class PageRelativeRequest extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, window.location.href) : input, init);
  }
};

initI18n();

beforeEach(async () => {
  window.localStorage.clear();
  reloadTestIdentity();
  await i18next.changeLanguage(storedLanguage());
});

afterEach(() => {
  cleanup();
});
