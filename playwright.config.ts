import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium when present (Playwright's browsers cannot be downloaded here), else Playwright's own.
const CHROMIUM = '/usr/bin/chromium';
const launchOptions = existsSync(CHROMIUM)
  ? {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    }
  : {};

// DATELINE_E2E_PORT moves both servers (two checkouts testing at once must not share a preview).
const SITE_PORT = Number(process.env.DATELINE_E2E_PORT ?? 4321);
const FIXTURE_PORT = SITE_PORT + 1;
// .dateline/e2e-site/ is the site built from e2e/fixtures/timeline.json (hostile text); `npm run test:e2e` builds it.
const FIXTURE_DIR = '.dateline/e2e-site';
const hasFixtureBuild = existsSync(FIXTURE_DIR);
// .dateline/e2e-large/ is a site built from a synthetic timeline of thousands of events (`npm run build:large`).
const LARGE_PORT = SITE_PORT + 2;
const LARGE_DIR = '.dateline/e2e-large';
const hasLargeBuild = existsSync(LARGE_DIR);
// --ignore-lock: run in the foreground, beside any other preview of this project (Astro 7 allows one per root otherwise).
const previewServer = (port: number, outDir?: string) => ({
  command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
  url: `http://127.0.0.1:${port}/`,
  ...(outDir ? { env: { DATELINE_OUT_DIR: outDir } } : {}),
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
});

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2, // a 2-core machine shared with other work
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://127.0.0.1:${SITE_PORT}`,
    launchOptions,
    trace: 'retain-on-failure',
  },
  projects: [
    // The built site, whatever data it was built from: tests read /data/*.json, never fixture contents.
    { name: 'site', testIgnore: [/(hostile|permalinks)\.spec\.ts/, /screenshots\.spec\.ts/, /large\.spec\.ts/], use: { ...devices['Desktop Chrome'], launchOptions, viewport: { width: 1440, height: 900 } } },
    ...(hasFixtureBuild
      ? [{ name: 'hostile', testMatch: /(hostile|permalinks)\.spec\.ts/, use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${FIXTURE_PORT}` } }]
      : []),
    ...(hasLargeBuild
      ? [{ name: 'large', testMatch: /large\.spec\.ts/, use: { ...devices['Desktop Chrome'], launchOptions, viewport: { width: 1440, height: 900 }, baseURL: `http://127.0.0.1:${LARGE_PORT}` } }]
      : []),
    { name: 'screenshots', testMatch: /screenshots\.spec\.ts/, use: { ...devices['Desktop Chrome'], launchOptions } },
  ],
  webServer: [
    previewServer(SITE_PORT),
    ...(hasFixtureBuild ? [previewServer(FIXTURE_PORT, FIXTURE_DIR)] : []),
    ...(hasLargeBuild ? [previewServer(LARGE_PORT, LARGE_DIR)] : []),
  ],
});
