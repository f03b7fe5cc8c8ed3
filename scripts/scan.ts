// `npm run scan`: Debian's web scanners against the built app on loopback, signed in, offline.
// Starts the app on a fresh demo database (as the browser tests do), signs in over HTTP with a
// demo account, runs wapiti over the whole app and sqlmap against the list search and filter
// parameters, and writes docs/security-scan.md: each finding with its explanation and the URLs
// each scanner reached. Fails on a finding without an explanation below, and on a scan that
// reached too little of the app (a scan that only saw the sign-in page proves nothing).
// Needs `apt-get install wapiti sqlmap`. Not part of CI: it takes many minutes.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { signInOverHttp } from "./lib/http-session";
import { waitForHttp } from "./lib/net";
import { bin, REPO_ROOT, randomSuffix } from "./lib/pg-admin";
import { ACCOUNTS, PASSWORD } from "../e2e/accounts";

const PORT = Number(process.env.SCAN_PORT ?? 3215);
const BASE = `http://127.0.0.1:${PORT}`;
const REPORT = path.join(REPO_ROOT, "docs/security-scan.md");
/** Fewer distinct pages than this, or only the sign-in page, and the scan did not see the app. */
const MIN_WAPITI_URLS = 25;
const WAPITI_SECONDS = Number(process.env.SCAN_WAPITI_SECONDS ?? 480);
/** Per attack module; about a dozen run, so this bounds the attack phase. */
const ATTACK_SECONDS = Number(process.env.SCAN_ATTACK_SECONDS ?? 25);
if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL must name a local PostgreSQL server whose role may create databases");
const database = process.env.SCAN_DATABASE ?? `partydesk_scan_${process.pid}_${randomSuffix(8)}`;

/** The list search and filter parameters sqlmap attacks, each read by the account that may open the list. */
const SQLMAP_TARGETS = [
  { account: "partyOffice", url: "/integrity/activities?q=廉政&kind=TALK&branch=x&campaign=x&page=1", params: "q,kind,branch,campaign" },
  { account: "partyOffice", url: "/education/study?q=学习&branch=x&page=1", params: "q,branch" },
  { account: "partyOffice", url: "/mass/activities?q=志愿&status=x&page=1", params: "q,status" },
  { account: "secretary", url: "/api/members?q=张", params: "q" },
  { account: "auditAdmin", url: "/admin/audit?actor=leader&action=LOGIN&entity=User&page=1", params: "actor,action,entity" },
] as const;

/**
 * Why each kind of finding is acceptable, or what was done about it. A finding whose category
 * (and, where given, whose text) matches nothing here fails the run until it is fixed or explained.
 */
const EXPLAINED: { category: string; info?: RegExp; explanation: string }[] = [
  {
    category: "HTTP Secure Headers",
    info: /X-XSS-Protection/,
    explanation:
      "Deliberately not sent. The header only drove the XSS auditor of old browsers, which current browsers removed; OWASP advises against enabling it because the auditor itself opened cross-site leaks. Its job is done by the nonce-based Content-Security-Policy with 'strict-dynamic' and no 'unsafe-inline'/'unsafe-eval' for scripts (proxy.ts, lib/security/csp.ts; e2e security.spec.ts).",
  },
  {
    category: "HTTP Secure Headers",
    info: /Strict-Transport-Security/,
    explanation:
      "The scan runs over plain HTTP on loopback, where browsers ignore HSTS anyway. proxy.ts sends `Strict-Transport-Security: max-age=31536000; includeSubDomains` on every response to a request that came over HTTPS, directly or through the TLS-terminating proxy (X-Forwarded-Proto), as in production.",
  },
  {
    category: "Secure Flag cookie",
    explanation:
      "The scan runs over plain HTTP on loopback, where a Secure cookie would not be sent back. next-auth marks its cookies Secure (with the __Secure-/__Host- prefixes) whenever NEXTAUTH_URL is https, as in production; they are HttpOnly and SameSite=Lax in both cases.",
  },
];

const log = (message: string) => console.log(`[scan] ${message}`);

function versionOf(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.error) throw new Error(`${command} is not installed: apt-get install -y wapiti sqlmap`);
  return `${result.stdout}${result.stderr}`.split("\n").find((line) => /\d+\.\d+/.test(line))?.trim() ?? "unknown";
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.on("error", reject);
    child.on("exit", () => resolve(output));
  });
}

/** Items grouped by a key, in first-seen order (Object.groupBy needs Node 21). */
function groupItems<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

interface Finding {
  scanner: string;
  category: string;
  where: string;
  info: string;
  explanation?: string;
}

function explain(finding: Omit<Finding, "explanation">): Finding {
  const known = EXPLAINED.find((entry) => entry.category === finding.category && (!entry.info || entry.info.test(finding.info)));
  return { ...finding, explanation: known?.explanation };
}

async function runWapiti(cookie: string, work: string) {
  const session = path.join(work, "wapiti-session");
  const output = path.join(work, "wapiti.json");
  const args = [
    "-u", `${BASE}/`,
    "--scope", "folder",
    "-H", `Cookie: ${cookie}`,
    // No -x: Debian's wapiti 3.0.4 cannot compile any exclusion on Python 3.11, and none is
    // needed (signing out is a script call, no link). ssrf needs an endpoint on the internet.
    "-m", "common,-ssrf,crlf,methods,backup",
    "-d", "3",
    "--max-links-per-page", "40",
    "--max-scan-time", String(WAPITI_SECONDS),
    "--max-attack-time", String(ATTACK_SECONDS),
    "--flush-session",
    "--store-session", session,
    "-f", "json", "-o", output,
    "-v", "1",
    "--no-bugreport",
  ];
  log(`wapiti (at most ${WAPITI_SECONDS} s)`);
  const console_ = await run("wapiti", args);
  writeFileSync(path.join(work, "wapiti.log"), console_);
  const report = JSON.parse(readFileSync(output, "utf8")) as {
    vulnerabilities: Record<string, { method: string; path: string; info: string; parameter: string }[]>;
    anomalies: Record<string, { method: string; path: string; info: string; parameter: string }[]>;
  };
  const findings = [...Object.entries(report.vulnerabilities), ...Object.entries(report.anomalies)].flatMap(([category, items]) =>
    items.map((item) => explain({ scanner: "wapiti", category, where: `${item.method} ${item.path}${item.parameter ? ` (${item.parameter})` : ""}`, info: item.info })),
  );
  // The crawler's own record of every resource it fetched (its query string rebuilt from the
  // params table), with the status it got; the framework's static chunks are left out.
  const sessionDb = readdirSync(session).find((file) => file.endsWith(".db"));
  const query = `select p.method, p.path || coalesce('?' || (select group_concat(name || '=' || coalesce(value1, ''), '&') from params where path_id = p.path_id and type = 'GET'), ''), p.http_status from paths p where p.evil = 0`;
  const dump = spawnSync("python3", ["-c", "import sqlite3,sys,json;print(json.dumps(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchall()))", path.join(session, sessionDb!), query], { encoding: "utf8" });
  const rows = (JSON.parse(dump.stdout) as [string, string, number | null][]).map(([method, url, status]) => ({ method, url: url.replace(BASE, ""), status }));
  const reached = [...new Map(rows.filter((row) => !row.url.startsWith("/_next/")).map((row) => [`${row.method} ${row.url}`, row])).values()].sort((a, b) => a.url.localeCompare(b.url));
  return { findings, reached };
}

async function runSqlmap(cookies: Record<string, string>, work: string) {
  const results: { url: string; account: string; params: string; verdict: string; requests: number; statuses: string }[] = [];
  const findings: Finding[] = [];
  for (const target of SQLMAP_TARGETS) {
    const url = `${BASE}${encodeURI(target.url)}`;
    // Signed in and seeing the page, or the scan would only test the sign-in redirect.
    const probe = await fetch(url, { headers: { cookie: cookies[target.account] }, redirect: "manual" });
    if (probe.status !== 200) throw new Error(`${target.url} answers ${probe.status} to ${target.account}: the scan would not reach the list`);
    const traffic = path.join(work, `sqlmap-${results.length}.traffic`);
    log(`sqlmap ${target.url}`);
    const output = await run("sqlmap", [
      "-u", url,
      "--cookie", cookies[target.account],
      "--drop-set-cookie",
      "-p", target.params,
      "--batch",
      "--level", "1",
      "--risk", "1",
      // No time-based blind tests: on a shared two-core machine they triple the run (every query is
      // built with Prisma's parameters anyway; wapiti's blindsql module tries time-based payloads when time allows).
      "--technique", "BEU",
      "--dbms", "PostgreSQL",
      "--flush-session",
      "--output-dir", path.join(work, "sqlmap"),
      "-t", traffic,
      "--disable-coloring",
    ]);
    writeFileSync(path.join(work, `sqlmap-${results.length}.log`), output);
    const log_ = readFileSync(traffic, "utf8");
    const statuses = [...log_.matchAll(/HTTP response \[#\d+\] \((\d+)/g)].map((match) => match[1]);
    const counts = [...groupItems(statuses, (status) => status)].map(([status, list]) => `${status}×${list.length}`).join(", ");
    const injectable = /identified the following injection point/.test(output);
    const verdict = injectable
      ? "injectable"
      : /all tested parameters do not appear to be injectable/.test(output)
        ? "not injectable"
        : (output.match(/\[CRITICAL\] (.*)/)?.[1] ?? "no verdict");
    if (injectable) findings.push(explain({ scanner: "sqlmap", category: "SQL Injection", where: target.url, info: output.match(/Parameter: .*/g)?.join("; ") ?? "" }));
    if (statuses.some((status) => status.startsWith("5"))) findings.push(explain({ scanner: "sqlmap", category: "Server error", where: target.url, info: counts }));
    results.push({ url: target.url, account: ACCOUNTS[target.account].username, params: target.params, verdict, requests: statuses.length, statuses: counts });
  }
  return { results, findings };
}

function markdown(wapiti: Awaited<ReturnType<typeof runWapiti>>, sqlmap: Awaited<ReturnType<typeof runSqlmap>>, started: Date) {
  const findings = [...wapiti.findings, ...sqlmap.findings];
  const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();
  // One section per explanation: a category can hold findings explained differently.
  const byCategory = [...groupItems(findings, (finding) => `${finding.scanner} · ${finding.category}\u0000${finding.explanation ?? ""}`)].map(
    ([key, list]) => [key.split("\u0000")[0], list] as const,
  );
  return `# Security scan (wapiti, sqlmap)

Written by \`npm run scan\` (scripts/scan.ts); do not edit by hand. The app ran from its production
build on 127.0.0.1:${PORT} with the demo data, offline; the scanners were signed in with demo accounts.

- Run: ${started.toISOString()} to ${new Date().toISOString()}
- Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}
- Scanners: ${versionOf("wapiti", ["--version"])}; sqlmap ${versionOf("sqlmap", ["--version"])}

## Findings

${findings.length === 0 ? "None.\n" : byCategory
    .map(([category, list]) => `### ${category} (${list.length})\n\n${list[0].explanation ?? "**Not explained.**"}\n\n| Where | Detail |\n| --- | --- |\n${list.map((finding) => `| ${cell(finding.where)} | ${cell(finding.info)} |`).join("\n")}\n`)
    .join("\n")}
## sqlmap: list search and filter parameters

Level 1, risk 1, techniques boolean, error and UNION (not time-based: it triples the run on a shared machine), PostgreSQL.

| URL | Signed in as | Parameters | Verdict | Requests | Responses |
| --- | --- | --- | --- | --- | --- |
${sqlmap.results.map((result) => `| \`${cell(result.url)}\` | ${result.account} | ${result.params} | ${result.verdict} | ${result.requests} | ${result.statuses} |`).join("\n")}

## wapiti: URLs reached (${wapiti.reached.length})

Signed in as ${ACCOUNTS.partyOffice.username}; the crawler's own list, with the status each answered.

${wapiti.reached.map((page) => `- ${page.method} \`${page.url}\` ${page.status ?? ""}`).join("\n")}
`;
}

const server = spawn(bin("tsx"), ["scripts/e2e-server.ts"], {
  cwd: REPO_ROOT,
  stdio: ["ignore", "inherit", "inherit"],
  env: { ...process.env, E2E_PORT: String(PORT), E2E_DATABASE: database, SWEEPS: "off" },
});
const stop = () => new Promise<void>((resolve) => (server.exitCode !== null ? resolve() : (server.once("exit", () => resolve()), server.kill("SIGTERM"))));
const work = mkdtempSync(path.join(os.tmpdir(), "partydesk-scan-"));
let failures: string[] = [];
try {
  const started = new Date();
  await waitForHttp(`${BASE}/login`, {
    timeoutMs: 10 * 60_000,
    accept: (response) => response.status === 200,
    abortReason: () => (server.exitCode !== null ? `the server exited with ${server.exitCode}` : undefined),
  });
  const cookies: Record<string, string> = {};
  for (const account of new Set(["partyOffice", ...SQLMAP_TARGETS.map((target) => target.account)] as const)) {
    cookies[account] = (await signInOverHttp(BASE, ACCOUNTS[account].username, PASSWORD)).header();
  }
  // sqlmap first: it is the shorter run, so a broken setup shows before wapiti's long one.
  const sqlmap = await runSqlmap(cookies, work);
  const wapiti = await runWapiti(cookies.partyOffice, work);
  writeFileSync(REPORT, markdown(wapiti, sqlmap, started));
  log(`report written to ${path.relative(REPO_ROOT, REPORT)}; raw output in ${work}`);

  const seen = wapiti.reached.filter((page) => page.status === 200 && !page.url.startsWith("/login"));
  failures = [
    ...(seen.length < MIN_WAPITI_URLS ? [`wapiti reached ${seen.length} signed-in pages (at least ${MIN_WAPITI_URLS} expected)`] : []),
    ...sqlmap.results.filter((result) => result.verdict !== "not injectable").map((result) => `sqlmap ${result.url}: ${result.verdict}`),
    ...[...wapiti.findings, ...sqlmap.findings].filter((finding) => !finding.explanation).map((finding) => `unexplained ${finding.scanner} finding: ${finding.category} at ${finding.where}`),
  ];
} finally {
  await stop();
}
if (failures.length) {
  console.error(`[scan] FAILED\n${failures.map((failure) => `  - ${failure}`).join("\n")}`);
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
log("passed");
