// A response cache for the read-mostly pages leadership opens all day (the dashboards).
//
// Every page is rendered per request because its Content-Security-Policy carries a fresh nonce,
// and a render costs tens of milliseconds of CPU where a static file costs well under one. For
// these pages the HTML depends only on who asks, the URL, the language, the day and the records,
// so a rendered page is kept and served again with a new nonce swapped in for the old one. The
// nonce was random when the page was rendered, so it can occur in the HTML only where Next put
// it: swapping it never blesses anything the data brought in.
//
// A page is served from here only for a session that is valid at that moment (the same rule as
// getCurrentUser) and under the same records version, unread-notification count and day as when
// it was rendered; anything else (no session, a session due for its activity touch, a password
// to change, a refused role) goes to Next as usual.
import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { gzipSync } from "node:zlib";
import { LRUCache } from "lru-cache";
import { RECORDS_CACHE_SECONDS } from "@/lib/records/cache-keys";

/** Pages whose HTML is a function of the cache key below. */
export const CACHED_PAGES: ReadonlySet<string> = new Set(["/dashboard", "/dashboard/branch"]);

const MAX_ENTRY_BYTES = 2 * 1024 * 1024;
/** How long a request waits for another's render of the same page before rendering it itself. */
const RENDER_PATIENCE_MS = 10_000;
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
// Headers that belong to one response, not to the page.
const PER_RESPONSE_HEADERS = new Set(["set-cookie", "content-length", "transfer-encoding", "connection", "keep-alive", "date", "content-encoding"]);

export interface CachedPage {
  headers: Record<string, string | string[]>;
  /** The body cut where the nonce was: the page is its parts joined by a nonce. */
  parts: Buffer[];
  /** The nonce the page was rendered with (for the policy header). */
  nonce: string;
}

export interface PageKeyParts {
  url: string;
  userId: string;
  sessionVersion: number;
  locale: string;
  /** The request's scheme as the balancer reports it (HSTS is sent over HTTPS only). */
  proto: string;
  host: string;
  /** The organ's calendar day: "this month", "overdue" and the like depend on it. */
  day: string;
  recordsVersion: string;
  unread: number;
}

export const pageKey = (parts: PageKeyParts): string =>
  JSON.stringify([parts.url, parts.userId, parts.sessionVersion, parts.locale, parts.proto, parts.host, parts.day, parts.recordsVersion, parts.unread]);

/**
 * The cacheable page this request asks for, or null. Only a browser's full-page GET qualifies:
 * the App Router's own data requests (RSC, prefetch, server actions) carry headers that change
 * the response's format.
 */
export function cacheablePath(request: IncomingMessage): string | null {
  if (request.method !== "GET" || !request.url) return null;
  const headers = request.headers;
  if (headers.rsc || headers["next-router-state-tree"] || headers["next-router-prefetch"] || headers["next-action"]) return null;
  const pathname = request.url.split("?", 1)[0];
  return CACHED_PAGES.has(pathname) ? pathname : null;
}

export const NONCE_IN_POLICY = /'nonce-([^']+)'/;

/** The body cut at every occurrence of the nonce. */
export function cutAtNonce(body: Buffer, nonce: string): Buffer[] {
  const needle = Buffer.from(nonce);
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(needle); at !== -1; at = body.indexOf(needle, from)) {
    parts.push(body.subarray(from, at));
    from = at + needle.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

/** The page's headers and body with `nonce` in place of the one it was rendered with. */
export function withNonce(page: CachedPage, nonce: string): { headers: CachedPage["headers"]; body: Buffer } {
  const headers = { ...page.headers };
  const policy = headers["content-security-policy"];
  if (typeof policy === "string") headers["content-security-policy"] = policy.replaceAll(page.nonce, nonce);
  const needle = Buffer.from(nonce);
  const joined = page.parts.flatMap((part, index) => (index === 0 ? [part] : [needle, part]));
  return { headers, body: Buffer.concat(joined) };
}

export class PageCache {
  readonly #pages = new LRUCache<string, CachedPage>({
    maxSize: MAX_TOTAL_BYTES,
    sizeCalculation: (page) => page.parts.reduce((total, part) => total + part.length, 1024),
    ttl: RECORDS_CACHE_SECONDS * 1000,
  });

  // Renders in flight, by key: a page everyone opens at once (the morning's dashboard after a
  // change) is rendered once while the others wait for it, not once per waiting request.
  readonly #rendering = new Map<string, Promise<void>>();

  /** The kept page for `key`, after waiting (up to `patienceMs`) for a render of it in flight. */
  async get(key: string, patienceMs = RENDER_PATIENCE_MS): Promise<CachedPage | undefined> {
    const rendering = this.#rendering.get(key);
    if (rendering) await Promise.race([rendering, sleep(patienceMs, undefined, { ref: false })]);
    return this.#pages.get(key);
  }

  /** Answers from a kept page with a fresh nonce (gzipped when the client takes it). */
  send(request: IncomingMessage, response: ServerResponse, page: CachedPage, nonce: string): void {
    const fresh = withNonce(page, nonce);
    const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    // Level 1: the page is sent many times and mostly over a LAN; speed matters more than bytes.
    const body = gzip ? gzipSync(fresh.body, { level: 1 }) : fresh.body;
    response.writeHead(200, {
      ...fresh.headers,
      "content-length": body.length,
      ...(gzip ? { "content-encoding": "gzip" } : {}),
      "x-page-cache": "hit",
    });
    response.end(body);
  }

  /**
   * Lets Next render the page and keeps what it sent when it is a complete 200 HTML page with a
   * nonce and no cookie. Next is asked for the page uncompressed, so the kept body is the HTML.
   */
  fill(request: IncomingMessage, response: ServerResponse, key: string): void {
    delete request.headers["accept-encoding"];
    response.setHeader("x-page-cache", "miss");
    const chunks: Buffer[] = [];
    let size = 0;
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function" || size > MAX_ENTRY_BYTES) return;
      const buffer = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
      chunks.push(buffer);
      size += buffer.length;
    };
    const write = response.write;
    const end = response.end;
    response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
      keep(chunk, rest[0]);
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as ServerResponse["write"];
    response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      keep(chunk, rest[0]);
      return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
    } as ServerResponse["end"];
    let rendered!: () => void;
    this.#rendering.set(key, new Promise<void>((resolve) => (rendered = resolve)));
    response.once("finish", () => {
      const page = keptPage(response, chunks, size);
      if (page) this.#pages.set(key, page);
    });
    // "close" follows "finish", and also ends a response cut short: waiters go on either way.
    response.once("close", () => {
      this.#rendering.delete(key);
      rendered();
    });
  }
}

function keptPage(response: ServerResponse, chunks: Buffer[], size: number): CachedPage | null {
  const headers = response.getHeaders();
  const nonce = NONCE_IN_POLICY.exec(String(headers["content-security-policy"] ?? ""))?.[1];
  const complete = response.statusCode === 200 && size <= MAX_ENTRY_BYTES && !response.errored;
  const html = String(headers["content-type"] ?? "").startsWith("text/html");
  if (!complete || !html || !nonce || headers["set-cookie"] || headers["content-encoding"]) return null;
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !PER_RESPONSE_HEADERS.has(name) && name !== "x-page-cache") kept[name] = Array.isArray(value) ? value : String(value);
  }
  return { headers: kept, parts: cutAtNonce(Buffer.concat(chunks, size), nonce), nonce };
}
