// Lighthouse (mobile preset: Moto G power class CPU ×4, slow 4G) on a running Redline stack:
//   1. the Keycloak login page, cold;
//   2. the report route (/hazards/report) as the demo inspector, cold: HTTP cache, service worker and
//      its caches cleared, the sign-in kept (it lives in the tab's sessionStorage).
// Chromium is Debian's (CHROME_PATH, default /usr/bin/chromium). RUNS (default 3) repeats the whole flow in a fresh
// browser and prints the median of each figure, with the machine's load average. Usage:
//   BASE_URL=http://localhost:26173 RUNS=3 node lighthouse.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { startFlow } from 'lighthouse';
import puppeteer from 'puppeteer-core';

const BASE = process.env.BASE_URL ?? 'http://localhost:5173';
const USER = process.env.BENCH_USER ?? 'inspector';
const PASSWORD = process.env.BENCH_PASSWORD ?? 'redline';
const ROUTE = process.env.BENCH_ROUTE ?? '/hazards/report';
const RUNS = Number(process.env.RUNS ?? 3);
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function run(index) {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: FLAGS,
    headless: true,
    defaultViewport: null,
  });
  const results = [];
  try {
    const page = await browser.newPage();
    const flow = await startFlow(page, {
      name: 'Redline cold loads',
      config: { extends: 'lighthouse:default', settings: { onlyCategories: ['performance', 'accessibility'] } },
    });

    // 1. the login page, as a phone with nothing cached sees it
    await flow.navigate(`${BASE}${ROUTE}`, { name: 'login page (Keycloak)' });
    await page.waitForSelector('#username', { timeout: 60_000 });
    await page.type('#username', USER);
    await page.type('#password', PASSWORD);
    await Promise.all([page.waitForNavigation({ timeout: 60_000 }), page.click('#kc-login')]);
    await page.waitForFunction(() => location.pathname !== '/' || document.querySelector('form'), { timeout: 60_000 });
    await new Promise((done) => setTimeout(done, 3000)); // let the service worker install and precache

    // 2. the report route, cold but signed in
    const cdp = await page.createCDPSession();
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(BASE).origin, storageTypes: 'service_workers,cache_storage' });
    await flow.navigate(`${BASE}${ROUTE}`, { name: `${ROUTE} (${USER}, cold)`, disableStorageReset: true });

    const report = await flow.createFlowResult();
    mkdirSync('results', { recursive: true });
    writeFileSync(`results/lighthouse-flow-${index + 1}.html`, await flow.generateReport());
    for (const step of report.steps) {
      const lhr = step.lhr;
      const requests = lhr.audits['network-requests']?.details?.items ?? [];
      const js = requests.filter((r) => r.resourceType === 'Script');
      const css = requests.filter((r) => r.resourceType === 'Stylesheet');
      const sum = (list) => list.reduce((n, r) => n + (r.transferSize ?? 0), 0);
      results.push({
        step: step.name,
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        fcpMs: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? 0),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
        tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
        totalKB: Math.round((lhr.audits['total-byte-weight']?.numericValue ?? 0) / 1024),
        jsFiles: js.length,
        jsKB: Math.round(sum(js) / 1024),
        cssKB: Math.round(sum(css) / 1024),
        failedA11y: Object.values(lhr.audits).filter((a) => a.score === 0 && lhr.categories.accessibility.auditRefs
          .some((ref) => ref.id === a.id)).map((a) => `${a.id} (${(a.details?.items ?? []).map((i) => i.node?.selector).join(', ')})`),
      });
    }
  } finally {
    await browser.close();
  }
  return results;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const runs = [];
for (let i = 0; i < RUNS; i++) {
  const load = loadavg()[0].toFixed(1);
  const steps = (await run(i)).map((step) => ({ run: i + 1, load1m: load, ...step }));
  console.table(steps.map(({ failedA11y, ...r }) => ({ ...r, failedA11y: failedA11y.join(' ') })));
  runs.push(...steps);
}
const medians = [...new Set(runs.map((r) => r.step))].map((step) => {
  const of = runs.filter((r) => r.step === step);
  const figures = ['performance', 'accessibility', 'fcpMs', 'lcpMs', 'tbtMs', 'totalKB', 'jsFiles', 'jsKB', 'cssKB'];
  return { step, runs: of.length, load1m: of.map((r) => r.load1m).join(' / '), ...Object.fromEntries(figures.map((f) => [f, median(of.map((r) => r[f]))])) };
});
console.log('median of', RUNS, 'runs:');
console.table(medians);
writeFileSync('results/lighthouse.json', `${JSON.stringify({ runs, medians }, null, 2)}\n`);
