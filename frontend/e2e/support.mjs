// Shared by the e2e scripts: settings from the environment, step reporting, Keycloak login, API tokens.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const BASE = (process.env.E2E_BASE_URL ?? 'http://localhost:5173').replace(/\/$/, '');
export const KEYCLOAK = (process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/$/, '');
export const API = (process.env.E2E_API_URL ?? BASE).replace(/\/$/, '');
export const PASSWORD = process.env.E2E_PASSWORD ?? 'redline';
export const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
export const TIMEOUT = 20_000;
export const desktop = { viewport: { width: 1366, height: 768 } };
export const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const results = { passes: 0, failures: 0 };

export async function step(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.passes += 1;
    console.log(`  ok   ${name} (${Date.now() - started} ms)`);
    return true;
  } catch (error) {
    results.failures += 1;
    console.log(`  FAIL ${name}\n       ${String(error?.message ?? error).split('\n').join('\n       ')}`);
    return false;
  }
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

export async function launch() {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Test-only: a token from the redline-test client (password grant) to check what the API holds. */
export async function token(username) {
  const response = await fetch(`${KEYCLOAK}/realms/redline/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'redline-test', username, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`token request failed: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()).access_token;
}

export async function api(accessToken, path) {
  const response = await fetch(`${API}${path}`, { headers: { Authorization: `Bearer ${accessToken}` } });
  check(response.ok, `GET ${path}: HTTP ${response.status}`);
  return response.json();
}

export async function login(page, username) {
  await page.goto(`${BASE}/`);
  await page.waitForURL((url) => url.href.startsWith(KEYCLOAK), { timeout: TIMEOUT });
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(BASE) && !url.search.includes('code='), { timeout: TIMEOUT });
  await page.getByTestId('header-org').waitFor({ timeout: TIMEOUT });
}

export async function shot(page, name) {
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
}

export function finish() {
  console.log(`\nscreenshots: ${ARTIFACTS}`);
  console.log(`${results.passes} passed, ${results.failures} failed`);
  process.exit(results.failures === 0 && results.passes > 0 ? 0 : 1);
}

export function fail(error) {
  results.failures += 1;
  console.error(error);
}
