// Measurement 2, page server time: each page requested N times one after another with a signed-in
// session; the time is measured at the client from sending the request to the last byte of the
// streamed body (on loopback that is the server's render time plus microseconds).
import type { BenchRow } from "./result";
import { percentile, round, type BenchContext, type Measurement } from "./measurement";
import { DASHBOARD_PATH, LIST_PATH, detailPath } from "./paths";

const REQUESTS = 200;
const QUICK_REQUESTS = 30;
/** Not counted: the first requests of a page load its code and fill connection pools. */
const WARM_UP = 5;

async function timeRequests(url: string, cookie: string, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < WARM_UP + count; index++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
    if (index >= WARM_UP) times.push(performance.now() - started);
  }
  return times;
}

async function pageRow(context: BenchContext, label: string, path: string, goalMs: number): Promise<BenchRow> {
  const count = context.quick ? QUICK_REQUESTS : REQUESTS;
  const times = await timeRequests(`${context.base}${path}`, context.cookie, count);
  const p95 = percentile(times, 95);
  return {
    name: `page time: ${label}`,
    measured: round(p95),
    unit: "ms p95",
    goal: `p95 ≤ ${goalMs} ms`,
    met: p95 <= goalMs,
    detail: `${path}: p50 ${round(percentile(times, 50))} ms, p95 ${round(p95)} ms, max ${round(Math.max(...times))} ms over ${count} sequential requests (${context.dataSet})`,
  };
}

export const pageTimes: Measurement = {
  name: "page server time",
  quick: true,
  async run(context) {
    return [
      await pageRow(context, "dashboard", DASHBOARD_PATH, 300),
      await pageRow(context, "filtered list", LIST_PATH, 150),
      await pageRow(context, "record detail", await detailPath(context.databaseUrl), 150),
    ];
  },
};
