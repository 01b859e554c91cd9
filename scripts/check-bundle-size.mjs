#!/usr/bin/env node
// Fails `npm test` when the JavaScript the page loads before first paint grows past the budget
// (issue: initial JS ≤ 400 KB gzipped). "Initial" = the entry script plus its modulepreloads, as
// listed in dist/index.html; lazily imported chunks do not count. The app itself (src/ui/start.tsx)
// is imported dynamically by the small entry, but vite.config.ts's preloadStartChunks lists it and
// its chunks as modulepreloads, so it is counted here as the JavaScript before first paint it is.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const INITIAL_JS_BUDGET_KB = 400;

export function initialJsGzipKB(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const unique = [...new Set(files)];
  const bytes = unique.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
  return { files: unique, kb: Math.round((bytes / 1024) * 10) / 10 };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = fileURLToPath(new URL('../dist', import.meta.url));
  const { files, kb } = initialJsGzipKB(dist);
  if (!files.length) {
    console.error('check-bundle-size: no script found in dist/index.html');
    process.exit(1);
  }
  const ok = kb <= INITIAL_JS_BUDGET_KB;
  console.log(`initial JS ${kb} KB gzipped (${files.join(', ')}); budget ${INITIAL_JS_BUDGET_KB} KB: ${ok ? 'ok' : 'OVER BUDGET'}`);
  process.exit(ok ? 0 : 1);
}
