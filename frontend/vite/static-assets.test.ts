import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, get as httpGet, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gzipSync, brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, REVALIDATE, serveBuilt } from './static-assets';

const js = 'console.log("redline");'.repeat(100);
let server: Server;
let base: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'redline-dist-'));
  mkdirSync(join(dir, 'assets'));
  for (const [name, body] of [['assets/index-abc123.js', js], ['index.html', '<!doctype html><div id="root"></div>']] as const) {
    writeFileSync(join(dir, name), body);
    writeFileSync(join(dir, `${name}.gz`), gzipSync(body));
    writeFileSync(join(dir, `${name}.br`), brotliCompressSync(body));
  }
  const serve = serveBuilt(dir);
  server = createServer((req, res) => {
    serve(req, res, () => res.writeHead(404, { 'X-Passed-On': 'yes' }).end());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
});

afterAll(() => {
  server.close();
});

/** Raw bytes and headers as sent (fetch would decompress). */
function get(path: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((done, fail) => {
    httpGet(base + path, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
    }).on('error', fail);
  });
}

describe('serveBuilt', () => {
  it('serves hashed assets brotli-compressed and immutable', async () => {
    const { headers, body } = await get('/assets/index-abc123.js', { 'Accept-Encoding': 'gzip, br' });
    expect(headers['cache-control']).toBe(IMMUTABLE);
    expect(headers['content-encoding']).toBe('br');
    expect(headers['content-type']).toMatch(/javascript/);
    expect(body.length).toBeLessThan(js.length / 10);
    expect(brotliDecompressSync(body).toString()).toBe(js);
  });

  it('falls back to gzip for clients without brotli', async () => {
    const { headers } = await get('/assets/index-abc123.js', { 'Accept-Encoding': 'gzip' });
    expect(headers['content-encoding']).toBe('gzip');
  });

  it('gives client-side routes a compressed index.html that is revalidated', async () => {
    const { headers, status } = await get('/hazards/report', { 'Accept-Encoding': 'br', Accept: 'text/html' });
    expect(status).toBe(200);
    expect(headers['content-encoding']).toBe('br');
    expect(headers['cache-control']).toBe(REVALIDATE);
  });

  it('leaves the API and unknown files to the next handler', async () => {
    expect((await get('/api/v1/me', { 'Accept-Encoding': 'br' })).headers['x-passed-on']).toBe('yes');
    expect((await get('/assets/missing.js', { 'Accept-Encoding': 'br' })).headers['x-passed-on']).toBe('yes');
  });
});
