// The production server: Next's request handler behind the page cache (server/page-cache.ts).
// Started by `npm start`, the end-to-end and benchmark harnesses and the scale-out demo in place
// of `next start`:
//
//   tsx server/main.ts [-p PORT] [-H HOST]     (PORT and HOST from the environment otherwise)
//
// PAGE_CACHE=off serves every request through Next (to compare, or to rule the cache out).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import { parse as parseCookies } from "cookie";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { defaultLocale, isLocale, localeCookie } from "@/lib/i18n/config";
import { newNonce } from "@/lib/security/csp";
import { cacheablePath, pageKey, PageCache } from "./page-cache";
import { SessionProbe } from "./session-probe";

const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
// No host: every interface, IPv6 and IPv4, as `next start` listens.
const hostname = values.hostname ?? process.env.HOST;

// React and Next pick their production builds by NODE_ENV when first loaded, so it is set before.
(process.env as Record<string, string>).NODE_ENV = "production";
const { default: next } = await import("next");
const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
const cacheEnabled = process.env.PAGE_CACHE !== "off";
const sessions = cacheEnabled && process.env.DATABASE_URL ? new SessionProbe(process.env.DATABASE_URL) : undefined;
const pages = new PageCache();

async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = cacheEnabled ? cacheablePath(request) : null;
  if (!path || !sessions) return handle(request, response);
  const now = Date.now();
  const cookies = parseCookies(request.headers.cookie ?? "");
  // A failed probe (the database unreachable) is Next's to answer too, with its own error page.
  const probe = await sessions.probe(cookies, request.headers, now).catch((error: unknown) => {
    console.error("page cache: session probe failed", error);
    return null;
  });
  // Anything but a plain standing session (a password or second factor to set up) is Next's to
  // answer: it sends the sign-in page or the redirects.
  if (!probe || probe.user.mustChangePassword || probe.user.mustEnrolTotp) return handle(request, response);
  const key = pageKey({
    url: request.url!,
    userId: probe.user.id,
    sessionVersion: probe.sessionVersion,
    locale: isLocale(cookies[localeCookie]) ? cookies[localeCookie] : defaultLocale,
    proto: String(request.headers["x-forwarded-proto"] ?? "http"),
    host: String(request.headers.host ?? ""),
    day: formatCalendarDate(todayInOrgan(new Date(now))),
    recordsVersion: probe.recordsVersion,
    unread: probe.unread,
  });
  const kept = await pages.get(key);
  if (kept) return pages.send(request, response, kept, newNonce());
  pages.fill(request, response, key);
  return handle(request, response);
}

await app.prepare();
const server = createServer((request, response) => {
  serve(request, response).catch((error: unknown) => {
    console.error("request failed", error);
    if (!response.headersSent) response.writeHead(500).end();
  });
});
server.once("error", (error: NodeJS.ErrnoException) => {
  console.error(error.code === "EADDRINUSE" ? `端口 ${port} 已被占用 / port ${port} is already in use` : error);
  process.exit(1);
});
server.listen(port, hostname, () => console.log(`▲ ready on http://${hostname ?? "localhost"}:${port}${cacheEnabled ? "" : " (page cache off)"}`));

async function stop(): Promise<void> {
  server.close();
  server.closeIdleConnections();
  await Promise.allSettled([sessions?.end(), app.close()]);
  process.exit(0);
}
process.once("SIGTERM", () => void stop());
process.once("SIGINT", () => void stop());
