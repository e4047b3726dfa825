// The e2e test API: `test` with users who log in through the real Keycloak, a guard that fails the test on
// any uncaught page error, console error or server error, and screenshots kept in e2e/artifacts/.
import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from '@playwright/test';
import { ARTIFACTS, KEYCLOAK, PASSWORD, users, type User } from './support';

export { expect };

interface Allowance {
  pattern: RegExp;
  reason: string;
}

/**
 * Console errors that are outside the app's control, each with the reason. Uncaught page errors and
 * server errors are never allowed.
 */
const outsideOurControl: Allowance[] = [];

/** Collects what goes wrong in every page of the contexts it watches. */
export class ErrorGuard {
  private readonly errors: string[] = [];
  private readonly allowed: Allowance[] = [...outsideOurControl];

  watch(context: BrowserContext): void {
    context.on('weberror', (error) => {
      this.errors.push(`uncaught error on ${error.page()?.url() ?? '?'}: ${error.error().message}`);
    });
    context.on('console', (message) => {
      if (message.type() !== 'error') return;
      // A failed load names its resource only in the location: match on both.
      const text = `${message.text()} ${message.location().url}`;
      if (this.allowed.some((a) => a.pattern.test(text))) return;
      this.errors.push(`console error on ${message.page()?.url() ?? '?'}: ${text}`);
    });
    context.on('response', (response) => {
      if (response.status() >= 500) this.errors.push(`HTTP ${response.status()} from ${response.request().method()} ${response.url()}`);
    });
  }

  /** This test provokes these console errors on purpose (it cuts the network, opens what is out of scope). */
  allow(pattern: RegExp, reason: string): void {
    this.allowed.push({ pattern, reason });
  }

  get unexpected(): readonly string[] {
    return this.errors;
  }
}

export type Size = 'desktop' | 'phone';

interface Fixtures {
  guard: ErrorGuard;
  /** A new browser (its own context: storage, cookies, service worker) with `user` logged in. */
  loginAs: (user: User, options?: BrowserContextOptions) => Promise<Page>;
  /** Keeps a full-page screenshot as e2e/artifacts/<project>-<name>.png. */
  shot: (page: Page, name: string) => Promise<void>;
  size: Size;
}

export async function login(page: Page, user: User): Promise<void> {
  await page.goto('/');
  await page.waitForURL((url) => url.href.startsWith(KEYCLOAK));
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => !url.href.startsWith(KEYCLOAK) && !url.search.includes('code='));
  await expect(page.getByTestId('header-org')).toContainText(users[user].org);
}

export const test = base.extend<Fixtures>({
  size: async ({ isMobile }, provide) => {
    await provide(isMobile ? 'phone' : 'desktop');
  },

  // Every test: the default context and each one loginAs opens are watched.
  guard: [
    async ({ context }, provide, testInfo) => {
      const guard = new ErrorGuard();
      guard.watch(context);
      await provide(guard);
      if (guard.unexpected.length > 0) {
        await testInfo.attach('errors', { body: guard.unexpected.join('\n'), contentType: 'text/plain' });
        throw new Error(`the pages reported errors:\n  ${guard.unexpected.join('\n  ')}`);
      }
    },
    { auto: true },
  ],

  loginAs: async (
    { browser, guard, baseURL, viewport, isMobile, hasTouch, locale, timezoneId, permissions, geolocation },
    provide,
  ) => {
    const opened: BrowserContext[] = [];
    await provide(async (user, options = {}) => {
      const context = await browser.newContext({
        baseURL,
        viewport,
        isMobile,
        hasTouch,
        locale,
        timezoneId,
        permissions,
        geolocation,
        ...options,
      });
      opened.push(context);
      guard.watch(context);
      const page = await context.newPage();
      await login(page, user);
      return page;
    });
    await Promise.all(opened.map((c) => c.close()));
  },

  shot: async ({}, provide, testInfo) => {
    await provide(async (page, name) => {
      await page.screenshot({ path: `${ARTIFACTS}${testInfo.project.name}-${name}.png`, fullPage: true });
    });
  },
});

/** Waits until the service worker is active: the app shell and the route chunks are on the phone. */
export async function appInstalled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/**
 * Waits until a dialog has finished opening, as a person does before pressing its buttons. antd zooms a modal in from
 * the button that opened it, starting invisible at a fifth of its size; on a busy machine that first frame can last
 * long enough for Playwright to find it "stable" and press 提交 there. The button then grows away from the pointer
 * before the release, the browser clicks nothing, and the dialog just stays open: no request, no message.
 */
export async function dialogShown(dialog: Locator): Promise<Locator> {
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveCSS('opacity', '1');
  return dialog;
}

/** The main navigation: a sidebar at a desk, a bottom tab bar on a phone. */
export function nav(page: Page) {
  return page.getByRole('navigation', { name: '主导航' });
}

/** On a phone the pages that do not fit the tab bar (and language, logout) open from 更多. */
export async function openMore(page: Page, label = '更多') {
  await nav(page).getByRole('button', { name: label }).click();
  const drawer = page.getByRole('dialog');
  await drawer.waitFor();
  return drawer;
}

/** Every navigation entry the user can reach: the sidebar, or the tab bar plus the 更多 drawer. */
export async function navEntries(page: Page, size: Size): Promise<string[]> {
  const entries = nav(page).locator('a, li[role="menuitem"]');
  // At a desk the side menu comes with antd after the first render: wait for it before reading it.
  await entries.first().waitFor();
  const texts = await entries.allInnerTexts();
  if (size === 'phone') {
    const drawer = await openMore(page);
    texts.push(...(await drawer.getByRole('menuitem').allInnerTexts()));
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  }
  return texts.map((t) => t.trim()).filter(Boolean);
}
