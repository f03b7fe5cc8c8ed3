import path from "node:path";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/lib/chromium";

const CI = !!process.env.CI;
// The web server's database, named here so that test workers (which inherit this process's
// environment) can check what the app wrote. The pid lets a later run drop it if this one dies.
process.env.E2E_DATABASE ??= `partydesk_e2e_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;

export default defineConfig({
  testDir: "e2e",
  // The balancer flow of `npm run scale-demo` has its own config and needs the demo's instances.
  testIgnore: "scale/**",
  outputDir: "test-results",
  fullyParallel: false,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: CI ? 1 : 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "reports/playwright.json" }]],
  use: {
    baseURL: BASE_URL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      // Logs in each role once and saves storageState under e2e/.auth/.
      name: "setup",
      testMatch: /auth\.setup\.ts$/,
      use: { browserName: "chromium", launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } },
    },
    {
      name: "chromium",
      dependencies: ["setup"],
      use: { browserName: "chromium", launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } },
    },
  ],
  webServer: {
    command: "tsx scripts/e2e-server.ts",
    url: `${BASE_URL}/login`,
    timeout: 6 * 60_000,
    reuseExistingServer: !CI,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM (not the default SIGKILL) so the server drops its database on the way out.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
      E2E_PORT: process.env.E2E_PORT ?? "3100",
      E2E_DATABASE: process.env.E2E_DATABASE,
      PATH: `${path.resolve("node_modules/.bin")}${path.delimiter}${process.env.PATH ?? ""}`,
    },
  },
});
