import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin, Rolldown } from 'vite';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The built page may talk to its own origin only. Dev mode is left without it because Vite's
 * dev client injects inline scripts. Styles allow 'unsafe-inline' because Cytoscape positions its
 * canvases with style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Starts fetching the default data while the JavaScript is still downloading and parsing, instead of
 * after. The app's own fetch then finds the response in the preload cache.
 */
function preloadDefaultData(files: string[]): Plugin {
  return {
    name: 'preload-default-data',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => Object.values(ctx.bundle ?? {})
        .filter((chunk) => chunk.type === 'asset' && files.some((f) => chunk.names?.includes(f) || chunk.originalFileNames?.some((o) => o.endsWith(`data/${f}`))))
        .map((chunk) => ({
          tag: 'link', injectTo: 'head' as const,
          attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `./${chunk.fileName}` },
        })),
    },
  };
}

/**
 * src/main.tsx loads the app (`startModule`) with a dynamic import, so its own small chunk runs first
 * and sets the data loading. Listing the app's chunks here as modulepreloads (and its styles) makes the
 * browser fetch and compile them at once, in parallel, and keeps scripts/check-bundle-size.mjs's count
 * of the JavaScript before first paint true.
 */
function preloadStartChunks(startModule: string): Plugin {
  return {
    name: 'preload-start-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const bundle = ctx.bundle ?? {};
        const start = Object.values(bundle).find((c) => c.type === 'chunk' && c.moduleIds.some((id) => id.endsWith(startModule)));
        if (!start || start.type !== 'chunk') throw new Error(`preload-start-chunks: no chunk for ${startModule}`);
        const seen = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (seen.has(fileName) || chunk?.type !== 'chunk') return;
          seen.add(fileName);
          chunk.imports.forEach(visit);
        };
        visit(start.fileName);
        const chunks = [...seen].map((f) => bundle[f]).filter((c) => c.type === 'chunk');
        const css = [...new Set(chunks.flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]))];
        return [
          ...css.filter((f) => !html.includes(f)).map((f) => ({ tag: 'link', injectTo: 'head' as const, attrs: { rel: 'stylesheet', crossorigin: true, href: `./${f}` } })),
          ...chunks.filter((c) => !html.includes(c.fileName)).map((c) => ({ tag: 'link', injectTo: 'head' as const, attrs: { rel: 'modulepreload', crossorigin: true, href: `./${c.fileName}` } })),
        ];
      },
    },
  };
}

type ChunkName = (id: string, ctx: { getModuleInfo(id: string): Rolldown.ModuleInfo | null }) => string | null;

/**
 * The app's biggest libraries, each in a chunk of its own that src/main.tsx imports before the app:
 * a chunk is evaluated in a task of its own, where the whole app evaluated at once was one task of
 * 84–148 ms on the bundled network.
 */
const START_LIBRARIES: [string, RegExp][] = [
  ['start-cytoscape', /node_modules[\\/]cytoscape[\\/]/],
  ['start-react', /node_modules[\\/](react|react-dom|scheduler)[\\/]/],
];

/**
 * The modules before the first frame in four chunks instead of ~25: `data` (what the entry needs to
 * fetch and parse the bundled data), `start` (the app) and its two big libraries (START_LIBRARIES;
 * a group's modules only, not what they import: `includeDependenciesRecursively: false`, or the app's
 * chunk would take the libraries in again). Left to itself, the bundler cuts a small
 * chunk for every module the app shares with a lazy chunk, and over HTTP/1.1 (the bench's server, a
 * folder served from a USB stick) the browser fetches only six at a time: each wave of small files
 * cost a round trip before the app could start. Lazy chunks import what they share from these four.
 */
function firstFrameChunks(entry: string, start: string): ChunkName {
  let groups: Map<string, string> | undefined;
  return (id, ctx) => {
    groups ??= (() => {
      const reach = (from: string) => {
        const seen = new Set<string>();
        const queue = [from];
        for (let m = queue.pop(); m !== undefined; m = queue.pop()) {
          if (seen.has(m)) continue;
          seen.add(m);
          queue.push(...(ctx.getModuleInfo(m)?.importedIds ?? []));
        }
        return seen;
      };
      const data = reach(resolve(entry));
      data.delete(resolve(entry));
      const out = new Map([...data].map((m) => [m, 'data']));
      for (const m of reach(resolve(start))) if (!out.has(m)) out.set(m, START_LIBRARIES.find(([, test]) => test.test(m))?.[0] ?? 'start');
      return out;
    })();
    return groups.get(id) ?? null;
  };
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * Ships the licence texts with the build (dist/licences/): the kazstat data's MIT notice, and each
 * runtime dependency's own licence file, so a copy of dist/ on a USB stick still says what it owes.
 */
function licenceTexts(): Plugin {
  return {
    name: 'licence-texts',
    apply: 'build',
    generateBundle() {
      const emit = (fileName: string, path: string) => { if (existsSync(path)) this.emitFile({ type: 'asset', fileName, source: readFileSync(path, 'utf8') }); };
      emit('licences/kazstat-sdg-data-MIT.txt', 'data/sources/kazstat/LICENSE');
      const deps = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies);
      for (const dep of deps) {
        const dir = join('node_modules', dep);
        const file = existsSync(dir) ? readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f)) : undefined;
        if (file) emit(`licences/${dep.replace('/', '__')}.txt`, join(dir, file));
      }
    },
  };
}

// Relative base so dist/ works from any folder or static server, with no network.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), licenceTexts(), preloadStartChunks('src/ui/start.tsx'), preloadDefaultData(['datasets.json', 'catalogue.json', 'kz-illustrative-indicator-links.json'])],
  build: {
    outDir: 'dist',
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: firstFrameChunks('src/main.tsx', 'src/ui/start.tsx'), includeDependenciesRecursively: false }] } } },
  },
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/{core,data,state,ui,cli,i18n,lint}/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/setup.ts'],
          // Component tests wait for lazily loaded tabs, which a cold run (CI's fresh clone) transforms first.
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
