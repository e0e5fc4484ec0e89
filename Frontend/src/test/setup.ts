import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { initI18n, storedLanguage } from '../app/i18n';
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

// Every staff page first asks who is signed in, then loads its data: on a busy machine (files run
// in parallel) the first render of a file can take longer than findBy's default second.
configure({ asyncUtilTimeout: 4000 });

/** Forgets every cookie the page can see (the XSRF-TOKEN a test's antiforgery answer set). */
function clearCookies() {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}

beforeEach(async () => {
  window.localStorage.clear();
  clearCookies();
  await i18next.changeLanguage(storedLanguage());
});

afterEach(() => {
  cleanup();
});
