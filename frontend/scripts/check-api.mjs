// Fails when src/api/schema.d.ts is not what openapi-typescript makes from ../openapi.yaml,
// so a contract change that was not regenerated breaks the type check.
// --properties-required-by-default: the backend serializes every record component (nulls included),
// so a response property is always present unless its schema lists `required` explicitly.
// Keep the flags in step with the gen:api script in package.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const contract = join(root, '..', 'openapi.yaml');
const committed = join(root, 'src', 'api', 'schema.d.ts');

if (!existsSync(contract)) {
  console.error(`check-api: contract not found at ${contract}`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'redline-api-'));
try {
  const fresh = join(dir, 'schema.d.ts');
  execFileSync(join(root, 'node_modules', '.bin', 'openapi-typescript'), [contract, '--properties-required-by-default', '-o', fresh], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const same = existsSync(committed) && readFileSync(fresh, 'utf8') === readFileSync(committed, 'utf8');
  if (!same) {
    console.error('check-api: src/api/schema.d.ts is stale; run `npm run gen:api` and commit the result');
    process.exit(1);
  }
  console.log('check-api: src/api/schema.d.ts matches ../openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
