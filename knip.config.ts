/**
 * Dead-code check (knip): unused files, unused exports and unused dependencies fail `npm test`.
 *
 * It runs twice (`npm run knip`):
 * - `knip`: the whole repository, tests included — unused files, dependencies (and unlisted ones),
 *   exports, types and duplicate exports anywhere.
 * - `knip --production`: only the entries marked `!` below (the app, its workers, the CLI, the data
 *   scripts and the bench), so an export or a file that only tests use is reported as unused. Tests
 *   should exercise what the product uses, not keep a second API alive. A deliberate test hook is
 *   exported with a JSDoc `@internal` tag, which production mode accepts.
 */
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    // The page, index.html → src/main.tsx, comes from knip's Vite plugin; bin/sdg-graph.mjs from
    // package.json "bin"; vite configs and tests/setup.ts from the Vite and Vitest plugins.
    // Module workers that Vite loads with `new Worker(new URL('./x.ts', import.meta.url))`, which
    // knip does not follow.
    'src/state/core-worker.ts!',
    'src/state/layout-worker.ts!',
    'src/state/io/import-worker.ts!',
    // The `sdg-graph` command: bin/sdg-graph.mjs loads it through tsx's register().
    'src/cli/main.ts!',
    // The data pipeline, dev tools and the benchmark are run directly (npm scripts, tsx, node).
    'scripts/**/*.{ts,mjs}!',
    'bench/**/*.ts!',
    // Tests, and the fixture generator run by hand (`npx tsx tests/fixtures/make-xlsx.ts`).
    'tests/**/*.test.{ts,tsx}',
    'tests/fixtures/make-xlsx.ts',
  ],
  // Debian tools the export tests validate with (libxml2-utils, poppler-utils), installed by .ci/run, not npm.
  ignoreBinaries: ['xmllint', 'pdftotext', 'pdfinfo', 'pdftoppm'],
  project: ['src/**/*.{ts,tsx}!', 'scripts/**/*.{ts,mjs}!', 'bench/**/*.{ts,mjs}!', 'bin/**/*.mjs!', 'tests/**/*.{ts,tsx}'],
};

export default config;
