import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Hashed build output never changes under its name; everything else (index.html, sw.js, config.json) is revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(Object.keys(TYPES));

/** Writes a .br and a .gz beside every text file of the build, once, at the best ratio (nginx: gzip_static). */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'redline:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle(_options, bundle) {
      const files = [...Object.keys(bundle), 'index.html'].filter((f) => COMPRESSIBLE.has(extname(f)));
      for (const file of new Set(files)) {
        const path = join(outDir, file);
        if (!existsSync(path)) continue;
        const raw = readFileSync(path);
        writeFileSync(`${path}.br`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${path}.gz`, gzipSync(raw, { level: 9 }));
      }
    },
  };
}

/** The encodings this request accepts that a precompressed file exists for, best first. */
function encodingFor(req: IncomingMessage, path: string): { suffix: string; encoding: string } | null {
  const accept = req.headers['accept-encoding'] ?? '';
  if (/\bbr\b/.test(accept) && existsSync(`${path}.br`)) return { suffix: '.br', encoding: 'br' };
  if (/\bgzip\b/.test(accept) && existsSync(`${path}.gz`)) return { suffix: '.gz', encoding: 'gzip' };
  return null;
}

/**
 * Serves the build as a production server would: precompressed files (brotli, else gzip) and
 * long-lived immutable caching for /assets/, revalidation for the rest; client-side routes get
 * index.html. Anything else (the /api proxy, files without a precompressed copy) goes on to Vite.
 */
export function serveBuilt(dir: string) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || pathname.startsWith('/api/') || pathname.startsWith('/q/')) {
      next();
      return;
    }
    const route = extname(pathname) === '' && (req.headers.accept ?? '').includes('text/html');
    const file = route ? 'index.html' : normalize(pathname).replace(/^[/\\]+/, '');
    res.setHeader('Cache-Control', file.startsWith('assets/') ? IMMUTABLE : REVALIDATE);
    const path = join(dir, file);
    const type = TYPES[extname(file)];
    const encoded = type && !file.startsWith('..') ? encodingFor(req, path) : null;
    if (!encoded || !type || !statSync(path, { throwIfNoEntry: false })?.isFile()) {
      next();
      return;
    }
    const body = readFileSync(path + encoded.suffix);
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Encoding': encoded.encoding,
      'Content-Length': body.length,
      Vary: 'Accept-Encoding',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

/** `vite preview` (what run.sh starts) with serveBuilt in front of Vite's own static server. */
export function productionPreview(): Plugin {
  return {
    name: 'redline:production-preview',
    configurePreviewServer(server) {
      server.middlewares.use(serveBuilt(resolve(server.config.root, server.config.build.outDir)));
    },
  };
}
