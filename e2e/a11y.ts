// Shared checks for the accessibility, keyboard and narrow-screen stories: axe with every WCAG 2.x A/AA tag
// (all impacts count), the page's sideways overflow, and screenshots a reviewer can browse in one folder.
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];
export const WIDE = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** Every axe violation under the WCAG tags, one readable line each (rule, element, why). */
export async function axeViolations(page: Page): Promise<string[]> {
  // label-content-name-mismatch (WCAG 2.5.3) is marked experimental in axe and off unless asked for.
  const { violations } = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 140)} ${n.failureSummary?.replace(/\s+/g, ' ').slice(0, 200)}`)
        .join(' | ')}`,
  );
}

export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** Sets the colour scheme the console follows (its theme is "auto" until the user picks one). */
export async function useScheme(page: Page, scheme: Scheme) {
  await page.emulateMedia({ colorScheme: scheme });
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
}

/** How far the page scrolls sideways, in CSS pixels (0 when nothing overflows the viewport). */
export async function sidewaysScroll(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

const SCREENS = path.resolve('.tmp/screens');
/** Full-page screenshot to .tmp/screens/<name>-<width>-<scheme>.png (the folder is git-ignored). */
export async function screenshot(page: Page, name: string, scheme: Scheme) {
  fs.mkdirSync(SCREENS, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  const file = path.join(SCREENS, `${name.replace(/[^a-z0-9-]+/gi, '-')}-${width}-${scheme}.png`);
  // Settled pixels: no caret blink, no running transition in the picture.
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
  return file;
}

/** Waits for a page to show its heading and finish its first load. */
export async function settled(page: Page, heading: string | RegExp) {
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  await expect(page.getByLabel('Loading')).toHaveCount(0);
  await expect(page.locator('.mantine-Skeleton-root')).toHaveCount(0);
}

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, { max = 60, back = false } = {}) {
  for (let i = 0; i < max; i++) {
    // evaluateAll does not wait for the element to exist, so a target that appears later is found later.
    if (await target.evaluateAll((els) => els.some((el) => el === document.activeElement))) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/** Fails the test if anything clicks, hovers or drags with the mouse. */
export async function forbidMouse(page: Page) {
  await page.addInitScript(() => {
    for (const type of ['mousedown', 'mouseup', 'click', 'pointerdown'])
      window.addEventListener(
        type,
        (e) => {
          // Keyboard activation of a button fires a synthetic click with detail 0 and no pointer position.
          if ((e as MouseEvent).detail > 0 || (e as PointerEvent).pointerType === 'mouse')
            (window as unknown as { mouseUsed?: string }).mouseUsed = type;
        },
        true,
      );
  });
  return async () => expect(await page.evaluate(() => (window as unknown as { mouseUsed?: string }).mouseUsed ?? null)).toBeNull();
}
