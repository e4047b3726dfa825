// Writes src/api/enums.ts: every enum of ../openapi.yaml as a typed array of its values, in the contract's order
// (openapi-typescript's --enum-values output, without the types schema.d.ts already holds). `--check` fails when
// the committed file is stale, so a value added to the contract breaks the type check until it is regenerated.
// Keep the flags in step with the gen:api script in package.json.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const contract = join(root, '..', 'openapi.yaml');
const target = join(root, 'src', 'api', 'enums.ts');
const check = process.argv.includes('--check');

const dir = mkdtempSync(join(tmpdir(), 'redline-enums-'));
let generated;
try {
  const full = join(dir, 'schema.ts');
  execFileSync(join(root, 'node_modules', '.bin', 'openapi-typescript'), [contract, '--properties-required-by-default', '--enum-values', '-o', full], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const text = readFileSync(full, 'utf8');
  const start = text.indexOf('type FlattenedDeepRequired<T>');
  if (start < 0) throw new Error('gen-enums: openapi-typescript wrote no enum values');
  generated = `// Generated from ../openapi.yaml by scripts/gen-enums.mjs (npm run gen:api); do not edit.\nimport type { components } from './schema';\n\n${text.slice(start)}`;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (check) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // missing: stale
  }
  if (committed !== generated) {
    console.error('gen-enums: src/api/enums.ts is stale; run `npm run gen:api` and commit the result');
    process.exit(1);
  }
  console.log('gen-enums: src/api/enums.ts matches ../openapi.yaml');
} else {
  writeFileSync(target, generated);
  console.log('gen-enums: wrote src/api/enums.ts');
}
