import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { ARTIFACTS, useBuiltApp } from './helpers/built-app.ts';


describe('built app in real Chromium', () => {
  const env = useBuiltApp();

  it('draws the default dataset with counts and the illustrative badge, and makes no outside request', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(env.url);
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid=node-count]')).toBe('277');
    expect(await page.textContent('[data-testid=link-count]')).toBe('1535');
    expect(await page.isVisible('[data-testid=illustrative-badge]')).toBe(true);
    const drawn = await page.evaluate('({ nodes: window.__sdgCy.nodes().length, edges: window.__sdgCy.edges().length })');
    expect(drawn).toEqual({ nodes: 277, edges: 1535 });
    await page.screenshot({ path: resolve(ARTIFACTS, 'first-screen-1280x720.png') });
    expect(errors).toEqual([]);
    const outside = requests.filter((u) => !/^(http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:)/.test(u));
    expect(outside).toEqual([]);
    expect(requests.length).toBeGreaterThan(3);
    await page.close();
  });

  it('sets a Content-Security-Policy that allows no outside origin', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.url);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
    // The policy is enforced: a fetch to another origin is refused by the browser itself.
    const result = await page.evaluate('fetch("http://example.invalid/x").then(() => "allowed", (e) => "blocked: " + e.message)');
    expect(result).toMatch(/^blocked/);
    await page.close();
  });

  it('switches to the goal-level dataset of the Review', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(env.url);
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
    await page.selectOption('[data-testid=dataset-select]', 'kz-vnr2025-goal-links');
    await page.locator('[data-testid=node-count]', { hasText: /^17$/ }).waitFor();
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid=link-count]')).toBe('75');
    expect(await page.isVisible('[data-testid=illustrative-badge]')).toBe(false);
    expect(await page.evaluate('window.__sdgCy.edges().length')).toBe(75);
    await page.screenshot({ path: resolve(ARTIFACTS, 'goal-level-1920x1080.png') });
    await page.close();
  });

  it('opens a dataset named in the URL', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}?dataset=kz-vnr2025-goal-links`);
    await page.locator('[data-testid=node-count]', { hasText: /^17$/ }).waitFor({ timeout: 30_000 });
    await page.close();
  });
});
