import { defineConfig, devices } from '@playwright/test';

/**
 * Browser journeys (web/e2e) in Debian's Chromium against a running platform: the gateway at
 * ESS_BASE_URL (e2e WebBrowserIT launches one; by hand, `./marketplace up`), signing in on the real
 * Keycloak page. No test tool can download a browser here (RECIPES.md "Web client").
 */
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const runsAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;

// Chromium otherwise floods the closed network with refused connections (RECIPES.md).
const chromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  ...(runsAsRoot ? ['--no-sandbox'] : []),
];

export default defineConfig({
  testDir: './e2e',
  testMatch: '*.spec.ts',
  // The journeys share one platform (and its demo users): one at a time, in file order.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  // The platform shares two cores with the browser: generous limits, never timed assertions.
  timeout: 6 * 60_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  outputDir: 'target/playwright',
  use: {
    baseURL: process.env.ESS_BASE_URL ?? 'http://127.0.0.1:8080',
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    actionTimeout: 20_000,
    navigationTimeout: 60_000,
    trace: 'off',
    screenshot: 'off',
    video: 'off',
    launchOptions: { executablePath: chromium, args: chromiumArgs },
  },
  projects: [
    {
      name: 'desktop',
      use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'phone',
      use: {
        browserName: 'chromium',
        viewport: { width: 360, height: 740 },
        deviceScaleFactor: devices['Pixel 5'].deviceScaleFactor,
        userAgent: devices['Pixel 5'].userAgent,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
});
