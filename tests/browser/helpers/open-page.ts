/** A page of the built app in its own browser context, opened and drawn, collecting page errors. */
import type { Page } from 'playwright-core';
import type { BuiltApp } from './built-app.ts';

export async function openDrawnPage(env: BuiltApp, query: string, width: number, height: number): Promise<{ page: Page; errors: string[] }> {
  // axe-core needs a page from an explicit context; downloads are accepted for the handout test.
  const context = await env.browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  const page = await context.newPage();
  // Closing the page closes its context; the browser may already be closing after the last test.
  page.on('close', () => { context.close().catch(() => {}); });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.url + query);
  await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
  return { page, errors };
}
