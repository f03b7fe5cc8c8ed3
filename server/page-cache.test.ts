import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { cacheablePath, cutAtNonce, pageKey, PageCache, withNonce, type CachedPage, type PageKeyParts } from "./page-cache";

const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ url, method, headers }) as unknown as IncomingMessage;

describe("which requests a kept page may answer", () => {
  it("takes a browser's full-page GET of a dashboard, with or without a query", () => {
    expect(cacheablePath(request("/dashboard"))).toBe("/dashboard");
    expect(cacheablePath(request("/dashboard?year=2026&quarter=2"))).toBe("/dashboard");
    expect(cacheablePath(request("/dashboard/branch"))).toBe("/dashboard/branch");
  });

  it("leaves every other page, method and the App Router's own data requests to Next", () => {
    expect(cacheablePath(request("/dashboard/drill/integrity.activities"))).toBeNull();
    expect(cacheablePath(request("/integrity"))).toBeNull();
    expect(cacheablePath(request("/dashboard", {}, "POST"))).toBeNull();
    expect(cacheablePath(request("/dashboard", {}, "HEAD"))).toBeNull();
    expect(cacheablePath(request("/dashboard", { rsc: "1" }))).toBeNull();
    expect(cacheablePath(request("/dashboard", { "next-router-prefetch": "1" }))).toBeNull();
    expect(cacheablePath(request("/dashboard", { "next-action": "abc" }))).toBeNull();
  });
});

describe("the kept page's key", () => {
  const parts: PageKeyParts = {
    url: "/dashboard?quarter=2",
    userId: "u1",
    sessionVersion: 3,
    locale: "zh-CN",
    proto: "https",
    host: "dj.example.gov.cn",
    day: "2026-12-06",
    recordsVersion: "41",
    unread: 2,
  };

  it("changes with everything the page depends on", () => {
    const changed: Partial<PageKeyParts>[] = [
      { url: "/dashboard?quarter=3" },
      { userId: "u2" },
      { sessionVersion: 4 },
      { locale: "en" },
      { proto: "http" },
      { host: "other.example" },
      { day: "2026-12-07" },
      { recordsVersion: "42" },
      { unread: 3 },
    ];
    const keys = new Set([pageKey(parts), ...changed.map((change) => pageKey({ ...parts, ...change }))]);
    expect(keys.size).toBe(changed.length + 1);
  });
});

describe("swapping the nonce", () => {
  const oldNonce = "b2xkLW5vbmNlLTEyMzQ1Ng==";
  const html = `<html><head><script nonce="${oldNonce}">a()</script></head><body>数据 ${"x".repeat(50)}<script nonce="${oldNonce}">self.__next_f.push([1,"nonce:\\"${oldNonce}\\""])</script></body></html>`;
  const page: CachedPage = {
    headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": `script-src 'self' 'nonce-${oldNonce}' 'strict-dynamic'; style-src 'self' 'nonce-${oldNonce}'` },
    parts: cutAtNonce(Buffer.from(html), oldNonce),
    nonce: oldNonce,
  };

  it("puts the new nonce everywhere the old one was, in the body and the policy, and nowhere else", () => {
    const fresh = withNonce(page, "bmV3LW5vbmNl");
    const body = fresh.body.toString("utf8");
    expect(body).toBe(html.replaceAll(oldNonce, "bmV3LW5vbmNl"));
    expect(body).not.toContain(oldNonce);
    expect(fresh.headers["content-security-policy"]).toBe("script-src 'self' 'nonce-bmV3LW5vbmNl' 'strict-dynamic'; style-src 'self' 'nonce-bmV3LW5vbmNl'");
    // The kept page itself is untouched for the next answer.
    expect(Buffer.concat(page.parts).length + 3 * oldNonce.length).toBe(Buffer.byteLength(html));
  });

  it("keeps a body without the nonce whole", () => {
    expect(cutAtNonce(Buffer.from("<p>无</p>"), oldNonce).map(String)).toEqual(["<p>无</p>"]);
  });
});

describe("a page many open at once", () => {
  it("is rendered once: the others wait for that render and get it with their own nonce", async () => {
    const pages = new PageCache();
    let renders = 0;
    // Stands in for Next: a slow render of a page carrying its nonce in the policy and scripts.
    const server = createServer(async (request, response) => {
      const kept = await pages.get("k");
      if (kept) return pages.send(request, response, kept, `fresh${Math.random().toString(36).slice(2, 10)}`);
      pages.fill(request, response, "k");
      renders += 1;
      await sleep(200);
      response.setHeader("content-type", "text/html; charset=utf-8");
      response.setHeader("content-security-policy", "script-src 'nonce-rendered1'");
      response.end('<script nonce="rendered1">boot()</script><p>看板</p>');
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const answers = await Promise.all(
        Array.from({ length: 5 }, async () => {
          const response = await fetch(base);
          return { cache: response.headers.get("x-page-cache"), policy: response.headers.get("content-security-policy")!, body: await response.text() };
        }),
      );
      expect(renders).toBe(1);
      expect(answers.map((answer) => answer.cache).sort()).toEqual(["hit", "hit", "hit", "hit", "miss"]);
      for (const answer of answers) {
        const nonce = /'nonce-([^']+)'/.exec(answer.policy)![1];
        expect(answer.body).toBe(`<script nonce="${nonce}">boot()</script><p>看板</p>`);
      }
      expect(new Set(answers.map((answer) => answer.policy)).size).toBe(5);
    } finally {
      server.close();
    }
  });
});
