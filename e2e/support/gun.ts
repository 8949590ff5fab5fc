import type { Page } from '@playwright/test';

/**
 * A keyboard-wedge gun: its keys dispatched in one burst inside the page, at whatever has the
 * focus, as a gun sends them. Typed through the browser instead, keys on a busy machine can land
 * further apart than any gun's, and the scan then reads as a person typing.
 */
export async function gunBurst(page: Page, code: string): Promise<void> {
  await page.evaluate((code) => {
    const target = document.activeElement ?? document.body;
    for (const key of [...code, 'Enter'])
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }, code);
}
