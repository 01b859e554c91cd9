import type { Page } from 'playwright-core';

/**
 * Clicks a top-bar menu's button (export-menu, session-menu) wherever it is: on the bar, or in the
 * narrow-screen Menu it folds into (opened first when closed).
 */
export async function clickTopBarMenu(page: Page, testid: string): Promise<void> {
  const folded = page.locator('[data-testid=topbar-menu-button][aria-expanded=false]');
  if (await folded.count()) await folded.click();
  await page.click(`[data-testid=${testid}] > summary`);
}
