// The JavaScript a cold load of one route downloads, from the SPA build's manifest: the entry, its
// static imports, and the route's page chunk with its static imports (what the browser fetches before
// the page can render). Sizes are gzip -9, as the build's .gz files that the preview server and nginx
// send. Chunks the shell imports lazily are left out unless named: on a phone in Chinese none is fetched
// before the page renders (the desktop side menu and header actions, the "更多" drawer, English, the
// error screens); for the desktop figure name them, e.g. SideNav,HeaderActions.
// Usage: node bundle.mjs [dist dir] [page module, e.g. ReportPage] [budget kB] [extra lazy modules, comma-separated]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? '../../frontend/dist');
const page = process.argv[3] ?? 'ReportPage';
const budget = Number(process.argv[4] ?? 200);
const extra = (process.argv[5] ?? '').split(',').filter(Boolean);
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

const files = new Set();
function walk(key) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) walk(imported);
}
walk('index.html');
for (const module of [page, ...extra]) {
  const key = Object.keys(manifest).find((k) => k.endsWith(`/${module}.tsx`));
  if (!key) throw new Error(`no chunk for ${module} in the manifest`);
  walk(key);
}

let raw = 0;
let gz = 0;
let br = 0;
for (const file of [...files].sort()) {
  const bytes = readFileSync(join(dist, file));
  raw += bytes.length;
  gz += gzipSync(bytes, { level: 9 }).length;
  br += brotliCompressSync(bytes).length;
}
const kb = (n) => (n / 1024).toFixed(1);
console.log(`${[page, ...extra].join(' + ')}: ${files.size} JS files, ${kb(raw)} kB raw, ${kb(gz)} kB gzip, ${kb(br)} kB brotli (budget ${budget} kB gzip)`);
process.exitCode = gz / 1024 <= budget ? 0 : 1;
