import { defineConfig, devices } from '@playwright/test';
import { systemChromium } from './scripts/browser.mjs';

// The built site (dist/) served by `astro preview`; `npm test` builds it first.
const PORT = Number(process.env.E2E_PORT ?? 4329);
const executablePath = systemChromium();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // The system Chromium where there is one (Playwright cannot download its own
        // browser on every machine); otherwise Playwright's own.
        launchOptions: executablePath ? { executablePath } : {},
      },
    },
  ],
  webServer: {
    // --ignore-lock: the test server neither blocks nor is blocked by an `npm start` of the same
    // folder (Astro allows one tracked preview server per project).
    command: `node node_modules/astro/bin/astro.mjs preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    // Also when Playwright is run directly rather than through scripts/run.mjs.
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
