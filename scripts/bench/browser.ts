// Measurement 5, the browser: a cold load (fresh browser context, empty cache) of the login page,
// the dashboard and a form page in Debian's Chromium. Every script response is gzip-measured
// here (Next 16's build no longer prints First Load JS) and the Largest Contentful Paint is read
// through a PerformanceObserver.
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../lib/chromium";
import type { BenchRow } from "./result";
import { notAvailable, round, type BenchContext, type Measurement } from "./measurement";
import { DASHBOARD_PATH, FORM_PATH, LOGIN_PATH } from "./paths";

const SCRIPT_BUDGET_KB = 170;
const LCP_BUDGET_MS = 1000;

interface PageLoad {
  /** Scripts fetched before the load event: what the first paint needed. */
  beforeLoadKb: number;
  /** Every script fetched until the network went quiet (charts loaded later included). */
  totalKb: number;
  scripts: number;
  largest: string;
  lcpMs: number;
}

const kb = (bytes: number) => round(bytes / 1024);

async function coldLoad(browser: Browser, context: BenchContext, path: string, signedIn: boolean): Promise<PageLoad> {
  const browserContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
  if (signedIn) {
    await browserContext.addCookies(
      context.cookie.split("; ").map((pair) => {
        const index = pair.indexOf("=");
        return { name: pair.slice(0, index), value: pair.slice(index + 1), url: context.base };
      }),
    );
  }
  const page = await browserContext.newPage();
  const sizes: { url: string; gz: number; beforeLoad: boolean }[] = [];
  const pending: Promise<void>[] = [];
  let loaded = false;
  page.on("load", () => (loaded = true));
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    const beforeLoad = !loaded;
    pending.push(
      response.body().then(
        (body) => void sizes.push({ url: response.url(), gz: gzipSync(body).length, beforeLoad }),
        () => {},
      ),
    );
  });
  const answer = await page.goto(`${context.base}${path}`, { waitUntil: "load" });
  if (answer?.status() !== 200) throw new Error(`${path} answered ${answer?.status()}`);
  await page.waitForLoadState("networkidle");
  const lcpMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries[entries.length - 1].startTime);
        }).observe({ type: "largest-contentful-paint", buffered: true });
        setTimeout(() => resolve(Number.NaN), 2000);
      }),
  );
  await Promise.all(pending);
  await browserContext.close();
  const largest = [...sizes].sort((a, b) => b.gz - a.gz)[0];
  return {
    beforeLoadKb: kb(sizes.filter((size) => size.beforeLoad).reduce((sum, size) => sum + size.gz, 0)),
    totalKb: kb(sizes.reduce((sum, size) => sum + size.gz, 0)),
    scripts: sizes.length,
    largest: largest ? `${new URL(largest.url).pathname.split("/").pop()} ${kb(largest.gz)} KB` : "none",
    lcpMs: round(lcpMs, 0),
  };
}

function rows(label: string, path: string, load: PageLoad): BenchRow[] {
  return [
    {
      name: `scripts: ${label}`,
      measured: load.beforeLoadKb,
      unit: "KB gz",
      goal: `≤ ${SCRIPT_BUDGET_KB} KB gz`,
      met: load.beforeLoadKb <= SCRIPT_BUDGET_KB,
      grossRegression: load.beforeLoadKb > 2 * SCRIPT_BUDGET_KB,
      detail: `${path}: ${load.scripts} scripts, ${load.totalKb} KB gz in all (before the load event: ${load.beforeLoadKb}); largest ${load.largest}`,
    },
    {
      name: `LCP: ${label}`,
      measured: load.lcpMs,
      unit: "ms",
      goal: `≤ ${LCP_BUDGET_MS} ms`,
      met: load.lcpMs <= LCP_BUDGET_MS,
      detail: `${path}: cold load in Chromium, 1280×900, localhost`,
    },
  ];
}

export const browserLoad: Measurement = {
  name: "browser",
  quick: true,
  async run(context) {
    const executablePath = findChromium();
    if (!executablePath) return [notAvailable("browser: scripts and LCP", `≤ ${SCRIPT_BUDGET_KB} KB gz, LCP ≤ ${LCP_BUDGET_MS} ms`, "no Chromium (install Debian's chromium or set CHROMIUM_PATH)")];
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    try {
      const pages: [string, string, boolean][] = [
        ["login page", LOGIN_PATH, false],
        ["dashboard", DASHBOARD_PATH, true],
        ["form page", FORM_PATH, true],
      ];
      const result: BenchRow[] = [];
      for (const [label, path, signedIn] of pages) result.push(...rows(label, path, await coldLoad(browser, context, path, signedIn)));
      return result;
    } finally {
      await browser.close();
    }
  },
};
