// The JavaScript a cold load of one route downloads, from the SPA build's manifest: the entry, its
// static imports, and the route's page chunk with its static imports (what the browser fetches before
// the page can render). Sizes are gzip -9, as the build's .gz files that the preview server and nginx
// send. Usage: node bundle.mjs [dist dir] [page module, e.g. ReportPage] [budget kB]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? '../../frontend/dist');
const page = process.argv[3] ?? 'ReportPage';
const budget = Number(process.argv[4] ?? 200);
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

const files = new Set();
function walk(key) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) walk(imported);
}
walk('index.html');
const pageKey = Object.keys(manifest).find((k) => k.endsWith(`/${page}.tsx`));
if (!pageKey) throw new Error(`no chunk for ${page} in the manifest`);
walk(pageKey);

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
console.log(`${page}: ${files.size} JS files, ${kb(raw)} kB raw, ${kb(gz)} kB gzip, ${kb(br)} kB brotli (budget ${budget} kB gzip)`);
process.exitCode = gz / 1024 <= budget ? 0 : 1;
