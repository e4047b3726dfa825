// The label catalog's one source is backend/src/main/resources/labels/*.json (the backend's PDF, Excel export and
// problem texts read it there). The SPA bundles a copy in src/i18n/labels/: `npm run gen:labels` writes it,
// `node scripts/gen-labels.mjs --check` (part of `npm run typecheck`) fails when the copy is stale.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = join(root, '..', 'backend', 'src', 'main', 'resources', 'labels');
const target = join(root, 'src', 'i18n', 'labels');
const check = process.argv.includes('--check');

let stale = false;
for (const language of ['zh-CN', 'en']) {
  const from = join(source, `${language}.json`);
  const to = join(target, `${language}.json`);
  if (!existsSync(from)) {
    console.error(`gen-labels: catalog not found at ${from}`);
    process.exit(1);
  }
  const text = readFileSync(from, 'utf8');
  if (check) {
    if (!existsSync(to) || readFileSync(to, 'utf8') !== text) stale = true;
  } else {
    mkdirSync(target, { recursive: true });
    writeFileSync(to, text);
  }
}
if (stale) {
  console.error('gen-labels: src/i18n/labels is stale; run `npm run gen:labels` and commit the result');
  process.exit(1);
}
console.log(check ? 'gen-labels: src/i18n/labels matches the backend catalog' : 'gen-labels: src/i18n/labels written');
