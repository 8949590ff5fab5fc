import { defineConfig } from '@playwright/test';

/**
 * Each project gets its own fresh headless station, so both sizes see the first-run screen
 * and neither depends on what the other created. `npm run build` must have run first
 * (`npm run test:e2e` does it).
 */
const STATIONS = { desktop: 5798, phone: 5799 } as const;

const station = (port: number) => ({
  command: `node e2e/start-station.mjs ${port}`,
  url: `http://127.0.0.1:${port}/api/health`,
  reuseExistingServer: false,
  timeout: 60_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
  // SIGTERM lets the station close its database cleanly before the next run wipes it.
  gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
});

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    browserName: 'chromium',
    // Playwright's own browser download is not available here; Debian's chromium is.
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      use: {
        baseURL: `http://127.0.0.1:${STATIONS.desktop}`,
        viewport: { width: 1366, height: 768 },
      },
    },
    {
      name: 'phone',
      use: {
        baseURL: `http://127.0.0.1:${STATIONS.phone}`,
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
  webServer: [station(STATIONS.desktop), station(STATIONS.phone)],
});
