// Small networking helpers shared by the start and smoke scripts.
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * Asks the OS for a TCP port that is free right now on `host` (binding port 0
 * makes the kernel pick one). Another process could grab it between our probe
 * closing and the real server binding, so callers that can retry should.
 */
export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once("error", reject);
    probe.listen({ port: 0, host }, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * True when `port` can be bound on all interfaces, the way the app server binds.
 * Checked up front so a taken port fails in a second, not after a long build.
 */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.unref();
    probe.once("error", () => resolve(false));
    probe.listen({ port }, () => probe.close(() => resolve(true)));
  });
}

export interface WaitForHttpOptions {
  timeoutMs: number;
  intervalMs?: number;
  /** Which responses count as "ready"; default: any HTTP answer at all. */
  accept?: (response: Response) => boolean;
  /** Polled between attempts; returning a reason aborts the wait (e.g. the server process died). */
  abortReason?: () => string | undefined;
}

/**
 * Polls `url` until it answers acceptably. Redirects are not followed so a
 * login redirect is visible to `accept`. Resolves with the accepted response
 * (body unread); rejects on timeout or when `abortReason` says so.
 */
export async function waitForHttp(url: string, options: WaitForHttpOptions): Promise<Response> {
  const { timeoutMs, intervalMs = 500, accept = () => true, abortReason } = options;
  const deadline = Date.now() + timeoutMs;
  let lastProblem = "no attempt made";
  while (Date.now() < deadline) {
    const reason = abortReason?.();
    if (reason) throw new Error(`Stopped waiting for ${url}: ${reason}`);
    try {
      // A generous per-request timeout: in dev mode the first hit compiles the page.
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(60_000) });
      if (accept(response)) return response;
      lastProblem = `HTTP ${response.status}`;
      await response.body?.cancel();
    } catch (error) {
      lastProblem = error instanceof Error ? (error.cause as Error | undefined)?.message ?? error.message : String(error);
    }
    await sleep(intervalMs);
  }
  throw new Error(`${url} did not become ready within ${Math.round(timeoutMs / 1000)} s (last: ${lastProblem})`);
}
