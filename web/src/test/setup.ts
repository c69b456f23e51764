import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import '@/i18n';
import { server } from './server';

// Tests that declare `// @vitest-environment node` have no DOM.
const hasDom = typeof window !== 'undefined';

if (hasDom) {
  // jsdom has no layout: ScrollRestoration's calls do nothing.
  window.scrollTo = () => undefined;
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

afterEach(() => {
  server.resetHandlers();
  if (!hasDom) return;
  cleanup();
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
});
