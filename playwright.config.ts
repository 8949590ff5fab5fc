import { defineConfig } from '@playwright/test';
import { ADMIN } from './e2e/support/accounts';

/**
 * Each project gets its own fresh headless station, so both sizes see the first-run screen
 * and neither depends on what the other created. The picking projects get demo stations that
 * start with orders and an admin. `npm run build` must have run first (`npm run test:e2e`
 * does it).
 */
// E2E_PORT_OFFSET moves every station (and so its data folder) so that two checkouts on one
// machine can run the browser tests at the same time.
// The handheld's service worker fetches the pick list itself; without this, Playwright's routes
// (how a spec takes the station away) never see those requests, and they reach the station.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0);
const STATIONS = {
  desktop: 5798 + OFFSET,
  phone: 5799 + OFFSET,
  pickerPhone: 5790 + OFFSET,
  picklistDesktop: 5791 + OFFSET,
  packingDesktop: 5786 + OFFSET,
  orders: 5793 + OFFSET,
} as const;

const PICKING_SPECS = /\/pick(er|list)[^/]*\.spec\.ts$/;
const PACKING_SPECS = /\/packing[^/]*\.spec\.ts$/;
// Orders, Home, Jobs, Inventory, Products, Purchasing and FBA need orders and products to show:
// both sizes share one demo station, one after the other.
const ORDERS_SPECS = /\/(orders|inventory|products|purchasing|fba)[^/]*\.spec\.ts$/;

const DESKTOP = { viewport: { width: 1366, height: 768 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const station = (port: number, { demo = false } = {}) => ({
  command: `node e2e/start-station.mjs ${port}${demo ? ' --demo' : ''}`,
  env: {
    STATION_CHECK_ANSWERS: '1',
    ...(demo && { STATION_ADMIN_USERNAME: ADMIN.username, STATION_ADMIN_PASSWORD: ADMIN.password }),
  } as Record<string, string>,
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
      testIgnore: [PICKING_SPECS, PACKING_SPECS, ORDERS_SPECS],
      use: { baseURL: `http://127.0.0.1:${STATIONS.desktop}`, ...DESKTOP },
    },
    {
      name: 'phone',
      testIgnore: [PICKING_SPECS, PACKING_SPECS, ORDERS_SPECS],
      use: { baseURL: `http://127.0.0.1:${STATIONS.phone}`, ...PHONE },
    },
    {
      name: 'picker-phone',
      testMatch: /\/picker[^/]*\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${STATIONS.pickerPhone}`, ...PHONE },
    },
    {
      name: 'picklist-desktop',
      testMatch: /\/picklist[^/]*\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${STATIONS.picklistDesktop}`, ...DESKTOP },
    },
    {
      name: 'packing-desktop',
      testMatch: PACKING_SPECS,
      use: { baseURL: `http://127.0.0.1:${STATIONS.packingDesktop}`, ...DESKTOP },
    },
    {
      name: 'orders-desktop',
      testMatch: ORDERS_SPECS,
      use: { baseURL: `http://127.0.0.1:${STATIONS.orders}`, ...DESKTOP },
    },
    {
      name: 'orders-phone',
      testMatch: ORDERS_SPECS,
      use: { baseURL: `http://127.0.0.1:${STATIONS.orders}`, ...PHONE },
    },
  ],
  webServer: [
    station(STATIONS.desktop),
    station(STATIONS.phone),
    station(STATIONS.pickerPhone, { demo: true }),
    station(STATIONS.picklistDesktop, { demo: true }),
    station(STATIONS.packingDesktop, { demo: true }),
    station(STATIONS.orders, { demo: true }),
  ],
});
