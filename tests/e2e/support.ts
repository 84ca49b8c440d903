import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';

// The checks every screen gets: no CSP violation, no serious or critical axe violation, a
// screenshot under test-results/screens/. The page objects of the work areas are in ./pages.

export const SCREENS_DIR = 'test-results/screens';

/** Collects CSP violations and page errors; assert with `expect(problems).toEqual([])`. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text()))
      problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

/** A screenshot of the whole screen and axe over it. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENS_DIR}/${name}.png`, fullPage: true });
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  const serious = result.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    `axe on ${name}`,
  ).toEqual([]);
}

/** checkScreen once nothing is loading any more (a Mantine Loader with aria-label fails axe). */
export async function checkSettledScreen(page: Page, name: string): Promise<void> {
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
  await checkScreen(page, name);
}

/** A screenshot of one part of a screen (no axe: the whole screen had it). */
export async function screenshotOf(part: Locator, name: string): Promise<void> {
  await part.screenshot({ path: `${SCREENS_DIR}/${name}.png` });
}

/**
 * The screen checked at the two sizes of issue 10, 1440×900 and 1280×720 (`<name>-1440`,
 * `<name>-1280`), back at 1440×900 afterwards; `settled`: once nothing is loading.
 */
export async function checkScreenAtBothSizes(
  page: Page,
  name: string,
  settled = true,
): Promise<void> {
  const check = settled ? checkSettledScreen : checkScreen;
  await check(page, `${name}-1440`);
  await page.setViewportSize({ width: 1280, height: 720 });
  await check(page, `${name}-1280`);
  await page.setViewportSize({ width: 1440, height: 900 });
}
