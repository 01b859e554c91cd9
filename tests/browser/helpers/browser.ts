/**
 * Shared set-up for browser tests and benchmarks: Debian's Chromium driven by playwright-core, never
 * a downloaded browser, against dist/ served on loopback.
 */
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Server } from 'node:http';
// @ts-expect-error plain ESM helper without types
import { serveDist } from '../../../scripts/serve.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic',
  // Shared memory in /tmp, not /dev/shm: a container's /dev/shm can be 64 MB, and a renderer that runs
  // out of it dies ("Target crashed", as CI once saw in quick-hit.test.ts).
  '--disable-dev-shm-usage',
];

export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    // Fail loudly: browser tests must run, never skip (CI installs Debian's chromium).
    throw new Error(`Chromium not found at ${CHROMIUM}; install Debian's chromium (apt-get install -y chromium)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export async function serveBuiltApp(): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(import.meta.dirname, '../../../dist');
  if (!existsSync(resolve(root, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  const server: Server = await serveDist(root, 0);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(() => ok())) };
}
