// Playwright for `npm run scale-demo` only: the browser goes through the balancer the demo
// started (SCALE_BASE_URL), so there is no web server to start here.
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../../scripts/lib/chromium";

export default defineConfig({
  testDir: ".",
  outputDir: "../../test-results/scale",
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: process.env.SCALE_BASE_URL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    browserName: "chromium",
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
});
