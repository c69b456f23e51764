import type { Browser, Page } from '@playwright/test';
import { test } from '@playwright/test';

/**
 * A second person's browser (its own cookies, so its own session) with the same screen as the
 * test's project: `browser.newContext()` alone would not get the project's phone settings.
 */
export async function otherBrowser(browser: Browser): Promise<Page> {
  const use = test.info().project.use;
  const context = await browser.newContext({
    ...(use.baseURL !== undefined && { baseURL: use.baseURL }),
    ...(use.viewport !== undefined && { viewport: use.viewport }),
    ...(use.isMobile !== undefined && { isMobile: use.isMobile }),
    ...(use.hasTouch !== undefined && { hasTouch: use.hasTouch }),
    ...(use.userAgent !== undefined && { userAgent: use.userAgent }),
    ...(use.deviceScaleFactor !== undefined && { deviceScaleFactor: use.deviceScaleFactor }),
    ...(use.locale !== undefined && { locale: use.locale }),
    ...(use.timezoneId !== undefined && { timezoneId: use.timezoneId }),
  });
  if (use.actionTimeout !== undefined) context.setDefaultTimeout(use.actionTimeout);
  if (use.navigationTimeout !== undefined) context.setDefaultNavigationTimeout(use.navigationTimeout);
  return context.newPage();
}
