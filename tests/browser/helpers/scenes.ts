/** Steps shared by the presentation tests: saving scenes as a facilitator would, with the S key. */
import type { Page } from 'playwright-core';

/** Takes focus off any control, so single-letter shortcuts reach the app. */
export const blur = (page: Page) => page.evaluate('document.activeElement && document.activeElement.blur && document.activeElement.blur()');

/** From 16.6.1 selected at depth 1: saves it, then depth 2, then 3.8.1 found by search at depth 1 (three scenes). */
export async function saveThreeIndicatorScenes(page: Page): Promise<void> {
  await blur(page);
  await page.keyboard.press('s');
  await page.click('[data-testid=depth-2]');
  await blur(page);
  await page.keyboard.press('s');
  await page.click('[data-testid=depth-1]');
  await page.fill('[data-testid=search]', '3.8.1');
  await page.locator('[data-testid=search-hits] li', { hasText: '3.8.1' }).first().waitFor();
  await page.press('[data-testid=search]', 'Enter');
  await page.locator('[data-testid=details-code]', { hasText: '3.8.1' }).waitFor();
  await blur(page);
  await page.keyboard.press('s');
}
