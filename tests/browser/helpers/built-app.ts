/**
 * One set-up for every browser test file: the built app on loopback and Debian's Chromium, started
 * before the file's tests and closed after them. Screenshots go to tests/artifacts (gitignored).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium, serveBuiltApp } from './browser.ts';

export const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts');

export interface BuiltApp {
  browser: Browser;
  url: string;
}

export function useBuiltApp(): BuiltApp {
  const env = {} as BuiltApp;
  let app: Awaited<ReturnType<typeof serveBuiltApp>> | undefined;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await serveBuiltApp();
    env.url = app.url;
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await env.browser?.close();
    await app?.close();
  });
  return env;
}
