import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { server } from './server';

// Lazily loaded parts of the shell (side menu, error screens) arrive through a dynamic import, slow on two shared
// cores: findBy* waits up to 10 s instead of 1 s.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no layout: answer media queries as a desktop unless a test says otherwise.
let desktop = true;
export function setDesktop(value: boolean) {
  desktop = value;
}

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: vi.fn((query: string) => ({
    matches: /min-width/.test(query) ? desktop : false,
    media: query,
    onchange: null,
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    addListener: vi.fn(),
    removeListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })),
});

// jsdom lacks ResizeObserver, which antd's layout-aware components observe with.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});

afterAll(() => {
  server.close();
});

afterEach(() => {
  server.resetHandlers();
  server.events.removeAllListeners();
  cleanup();
  desktop = true;
  window.localStorage.clear();
  vi.unstubAllGlobals();
});
