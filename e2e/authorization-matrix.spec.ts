// The authorisation matrix: every role (and an anonymous visitor) against every server action
// and every page and route handler, over HTTP, as an attacker would call them. The action and
// route lists are found by scanning the code, so a new one without a row here fails.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { storageStateFor, type AccountKey } from "./accounts";

// S secretary · L leadership · P Party office · Y system administrator · C security administrator · A audit administrator
const ROLE_OF: Record<string, AccountKey> = { S: "secretary", L: "leader", P: "partyOffice", Y: "systemAdmin", C: "securityAdmin", A: "auditAdmin" };

/** Who may call each server action (the server refuses everyone else before reading the input). */
const ACTIONS: Record<string, string> = {
  "addAgendaItemAction": "P",
  "addBranchPostAction": "SP",
  "assessBranchAction": "P",
  "acceptRectificationItemAction": "SLP",
  "addRectificationCheckInAction": "SP",
  "assignRoleAction": "C",
  "changePasswordAction": "SLPYCA",
  "changeUserBranchAction": "Y",
  "confirmTotpEnrolmentAction": "SLPYCA",
  "createActivityAction": "SP",
  "createBookAction": "P",
  "createBranchEvaluationAction": "P",
  "createCampaignAction": "P",
  "createDemocraticLifeMeetingAction": "P",
  "createIntegrityActivityAction": "SP",
  "createManagementRecordAction": "SP",
  "createMassActivityAction": "SP",
  "createMassOrganizationAction": "P",
  "createMeetingAction": "SP",
  "createMemberAction": "SP",
  "createOrgUnitAction": "Y",
  "createRectificationItemAction": "SP",
  "createRectificationPlanAction": "SP",
  "createStudyFormAction": "P",
  "createStudySessionAction": "SP",
  "createStudyTaskAction": "P",
  "createSupervisionCheckAction": "SP",
  "createSupervisionFindingAction": "P",
  "createSupervisionRoundAction": "P",
  "createUserAction": "Y",
  "createVehicleAction": "P",
  "deleteAttachmentAction": "SP",
  "deleteOrgUnitAction": "Y",
  "deleteRecordAction": "SP",
  "endBranchPostAction": "SP",
  "endMembershipAction": "SP",
  "freezeSummaryAction": "SP",
  "markAllReadAction": "SLPYCA",
  "markReadAction": "SLPYCA",
  "removeAgendaItemAction": "P",
  "raisePlanFromMeetingAction": "P",
  "raiseRectificationFromCheckAction": "SP",
  "raiseRectificationFromFindingAction": "P",
  "resetPasswordAction": "Y",
  "resetTotpAction": "C",
  "restoreRecordAction": "P",
  "returnRectificationItemAction": "SLP",
  "saveFrequenciesAction": "P",
  "saveSummaryAction": "SP",
  "setUserActiveAction": "Y",
  "startTotpEnrolmentAction": "SLPYCA",
  "submitDocumentAction": "SP",
  "submitBranchSummaryAction": "SP",
  "summaryPlansToTasksAction": "P",
  "submitRectificationItemAction": "SP",
  "transferMemberAction": "P",
  "unlockUserAction": "C",
  "updateActivityAction": "SP",
  "updateBookAction": "P",
  "updateBranchBusinessAction": "P",
  "updateBranchEvaluationAction": "P",
  "updateCampaignAction": "P",
  "updateDemocraticLifeMeetingAction": "P",
  "updateIntegrityActivityAction": "SP",
  "updateManagementRecordAction": "SP",
  "updateMassActivityAction": "SP",
  "updateMassOrganizationAction": "P",
  "updateMeetingAction": "SP",
  "updateMemberAction": "SP",
  "updateOrgUnitAction": "Y",
  "updateRectificationItemAction": "SP",
  "updateRectificationPlanAction": "SP",
  "updateSecurityPolicyAction": "C",
  "updateStudyFormAction": "P",
  "updateStudySessionAction": "SP",
  "updateStudyTaskAction": "P",
  "updateSupervisionCheckAction": "SP",
  "updateSupervisionRoundAction": "P",
  "updateVehicleAction": "P",
};

/** Who may open each page or GET route (others get 403; anonymous visitors are sent to /login). */
const ROUTES: Record<string, string> = {
  "/": "SLPYCA",
  "/account/password": "SLPYCA",
  "/account/two-factor": "SLPYCA",
  "/admin/audit": "A",
  "/admin/org": "Y",
  "/admin/security": "C",
  "/admin/security/audit-trail": "C",
  "/admin/security/policy": "C",
  "/admin/users": "Y",
  "/api/ledger/[type]": "SLPYCA",
  "/api/ledger/audit": "A",
  "/api/ledger/roster": "SLP",
  "/api/members": "SLP",
  "/api/summary/archive": "SLP",
  "/api/summary/export": "P",
  "/api/summary/ledger": "SLP",
  "/dashboard": "LP",
  "/dashboard/branch": "S",
  "/dashboard/drill/[metric]": "SLP",
  "/education/org-life/expected": "SLP",
  "/branches": "SLP",
  "/branches/[id]": "SLP",
  "/campaigns": "SLP",
  "/campaigns/[id]": "SLP",
  "/education": "SLP",
  "/education/activities": "SLP",
  "/education/activities/[id]": "SLP",
  "/education/activities/[id]/edit": "SP",
  "/education/activities/new": "SP",
  "/education/activities/vehicles": "SLP",
  "/education/activities/vehicles/[id]": "SLP",
  "/education/checklist": "SLP",
  "/education/checklist/books": "SLP",
  "/education/checklist/books/[id]": "SLP",
  "/education/checklist/tasks/[id]": "SLP",
  "/education/checklist/tasks/[id]/edit": "P",
  "/education/checklist/tasks/new": "P",
  "/education/org-life": "SLP",
  "/education/org-life/[id]": "SLP",
  "/education/org-life/[id]/edit": "SP",
  "/education/org-life/calendar": "SLP",
  "/education/org-life/due": "SLP",
  "/education/org-life/new": "SP",
  "/education/org-life/settings": "SLP",
  "/education/study": "SLP",
  "/education/study/[id]": "SLP",
  "/education/study/[id]/edit": "SP",
  "/education/study/new": "SP",
  "/integrity": "SLP",
  "/integrity/activities": "SLP",
  "/integrity/activities/[id]": "SLP",
  "/integrity/activities/[id]/edit": "SP",
  "/integrity/activities/new": "SP",
  "/integrity/checks": "SLP",
  "/integrity/checks/[id]": "SLP",
  "/integrity/checks/[id]/edit": "SP",
  "/integrity/checks/new": "SP",
  "/management": "SLP",
  "/management/[section]": "SLP",
  "/management/[section]/[id]": "SLP",
  "/management/[section]/[id]/edit": "SP",
  "/management/[section]/new": "SP",
  "/management/democratic-life": "SLP",
  "/management/democratic-life/[id]": "SLP",
  "/management/evaluations": "SLP",
  "/management/evaluations/[id]": "SLP",
  "/management/rectification": "SLP",
  "/management/rectification/[id]": "SLP",
  "/management/rectification/[id]/edit": "SP",
  "/management/rectification/new": "SP",
  "/management/rectification/plans": "SLP",
  "/management/rectification/plans/[id]": "SLP",
  "/management/supervision": "SLP",
  "/management/supervision/[id]": "SLP",
  "/management/supervision/[id]/edit": "P",
  "/management/supervision/findings/[id]": "SLP",
  "/management/supervision/new": "P",
  "/mass": "SLP",
  "/mass/activities": "SLP",
  "/mass/activities/[id]": "SLP",
  "/mass/activities/[id]/edit": "SP",
  "/mass/activities/new": "SP",
  "/mass/organizations": "SLP",
  "/notifications": "SLPYCA",
  "/recycle-bin": "P",
  "/summary": "SLP",
  "/summary/ledgers": "SLP",
};

/**
 * Dynamic routes the page check does not open, with the reason. Every other dynamic segment gets
 * a real value from the demo data (see sampleUrl), and a route that gets none fails the check:
 * seed the demo data (prisma/seed/demo*.ts) or list the route here.
 */
const DYNAMIC_SKIPPED: Record<string, string> = {
  "/api/ledger/[type]": "each ledger the roles differ on has its own row (/api/ledger/audit, /api/ledger/roster); an unknown type is 404 for everyone",
  "/management/evaluations/[id]":
    "only redirects to the evaluation's row on its year's list (/management/evaluations, checked); nothing links to it but the recycle bin, so no role finds one as a user would",
};

/** Where a user finds a dynamic route's pages when it is not the nearest page above the route. */
const LIST_PAGES: Record<string, string> = {
  // The least-seeing role allowed, a secretary, finds the figures' drill-downs on the branch dashboard.
  "/dashboard/drill/[metric]": "/dashboard/branch",
  // Findings are opened from the drill-down of the findings figure (their round's page lists their items).
  "/management/supervision/findings/[id]": "/dashboard/drill/management.findings",
};

/** Query strings a GET route needs to answer 200; `{branch}` is the secretary's branch. */
const ROUTE_QUERIES: Record<string, string> = {
  "/education/org-life/expected": "?unit={branch}&kind=COMMITTEE_MEETING&date=2026-03-02",
  "/api/ledger/roster": "?branch={branch}",
  "/api/summary/archive": "?year=2026&branch={branch}",
  "/api/summary/export": "?year=2026",
  "/api/summary/ledger": "?year=2026",
};

/** Open to anonymous visitors by design. */
const PUBLIC_ACTIONS = new Set(["firstSetupAction", "setLocaleAction"]);
const PUBLIC_ROUTES = new Set(["/login", "/setup", "/api/auth/[...nextauth]"]);
/** Covered by their own integration tests: the answer depends on a real file, not only the role. */
const ROUTES_TESTED_ELSEWHERE = new Set(["/api/attachments", "/api/attachments/[id]"]);

const ROOT = path.resolve(import.meta.dirname, "..");
const filesUnder = (folder: string) => readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" }).map((file) => path.join(folder, file));

function actionsInCode(): string[] {
  return ["lib", "app"]
    .flatMap(filesUnder)
    .filter((file) => /\.tsx?$/.test(file) && !file.includes("generated"))
    .filter((file) => /^\s*["']use server["']/.test(readFileSync(path.join(ROOT, file), "utf8")))
    .flatMap((file) => [...readFileSync(path.join(ROOT, file), "utf8").matchAll(/export (?:const|async function) (\w+)\b/g)].map((match) => match[1]));
}

function routesInCode(files = /(^|\/)(page\.tsx|route\.ts)$/): string[] {
  return filesUnder("app")
    .filter((file) => files.test(file))
    .map((file) => `/${path.dirname(file).split(path.sep).filter((part) => !/^\(.*\)$/.test(part)).slice(1).join("/")}`.replace(/\/$/, "") || "/");
}

function actionIds(): Record<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, { exportedName: string }> };
  return Object.fromEntries(Object.entries(manifest.node).map(([id, entry]) => [entry.exportedName, id]));
}

const REFUSED = /您没有权限|只能查看和修改本支部|登录已失效/;
/** The roles that see least first: an id a secretary may open, everyone allowed may open. */
const VIEWER_ORDER = "SPLYCA";

async function contexts(baseURL: string): Promise<Record<string, APIRequestContext>> {
  const entries = await Promise.all(
    [...Object.entries(ROLE_OF).map(async ([letter, account]) => [letter, await playwrightRequest.newContext({ baseURL, storageState: storageStateFor(account) })] as const), (async () => ["-", await playwrightRequest.newContext({ baseURL })] as const)()],
  );
  return Object.fromEntries(entries);
}

test("the matrix has a row for every server action and every route in the code", () => {
  expect(actionsInCode().filter((name) => !(name in ACTIONS) && !PUBLIC_ACTIONS.has(name)).sort()).toEqual([]);
  expect(routesInCode().filter((route) => !(route in ROUTES) && !PUBLIC_ROUTES.has(route) && !ROUTES_TESTED_ELSEWHERE.has(route)).sort()).toEqual([]);
  // No exception outlives its route.
  expect(Object.keys({ ...DYNAMIC_SKIPPED, ...LIST_PAGES }).filter((route) => !(route in ROUTES))).toEqual([]);
});

test("every server action refuses the roles the matrix refuses, and lets the others through to validation", async ({ baseURL }) => {
  test.setTimeout(5 * 60_000);
  const ids = actionIds();
  const clients = await contexts(baseURL!);
  const mismatches: string[] = [];
  for (const [action, allowed] of Object.entries(ACTIONS)) {
    const id = ids[action];
    if (!id) continue; // referenced by no page, so not reachable over HTTP at all
    for (const [letter, client] of Object.entries(clients)) {
      const response = await client.post("/", {
        headers: { "next-action": id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: baseURL! },
        data: "[{}]",
      });
      const refused = REFUSED.test(await response.text());
      const expectedRefused = letter === "-" || !allowed.includes(letter);
      if (response.status() >= 500) mismatches.push(`${action} as ${letter}: HTTP ${response.status()}`);
      else if (refused !== expectedRefused) mismatches.push(`${action} as ${letter}: ${refused ? "refused" : "let through"}, expected ${expectedRefused ? "refused" : "let through"}`);
    }
  }
  await Promise.all(Object.values(clients).map((client) => client.dispose()));
  expect(mismatches).toEqual([]);
});

/** A response's status, or where it redirects to (as a path). */
async function statusOf(client: APIRequestContext, url: string): Promise<string> {
  const response = await client.get(url, { maxRedirects: 0 });
  const location = response.headers()["location"];
  return location ? `redirect to ${new URL(location, "http://host").pathname}` : String(response.status());
}

/**
 * Links in a page's HTML to the concrete pages under `parent` (a concrete path; a query string
 * after the value is ignored), minus the static siblings in ROUTES ("new", "vehicles") of
 * `parentRoute`, the route it is an instance of.
 */
function linkedValues(html: string, parent: string, parentRoute: string): string[] {
  const pattern = new RegExp(`href="${parent.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/([^"/?#]+)(?:[?#][^"]*)?"`, "g");
  return [...new Set([...html.matchAll(pattern)].map((match) => match[1]))].filter((value) => !(`${parentRoute}/${value}` in ROUTES));
}

/** A route pattern's dynamic segments filled from a concrete path that shares its leading segments. */
function fillFrom(route: string, url: string): string {
  const parts = url.split("/");
  return route
    .split("/")
    .map((part, index) => (/^\[\w+\]$/.test(part) ? parts[index] : part))
    .join("/");
}

/** Where a user finds a dynamic route's pages: its LIST_PAGES entry, else the nearest page above it. */
function listRouteOf(route: string): string {
  if (route in LIST_PAGES) return LIST_PAGES[route];
  let list = route.slice(0, route.lastIndexOf("/"));
  while (list && !(list in ROUTES)) list = list.slice(0, list.lastIndexOf("/"));
  return list || "/";
}

/**
 * Up to `limit` concrete pages of a route ending in a dynamic segment, found as a user finds them:
 * linked from the nearest list page above it or its LIST_PAGES entry (filled in the same way when
 * dynamic: a section's list for a section's records), as `viewer` sees it.
 */
async function concreteUrls(route: string, viewer: APIRequestContext, limit = 20): Promise<string[]> {
  const match = /^(.*)\/\[\w+\]$/.exec(route);
  if (!match) return [route];
  const parent = match[1];
  const lists = await concreteUrls(listRouteOf(route), viewer);
  // Several lists (one per section): a few pages from each, so that every kind gets a turn.
  const perList = lists.length > 1 ? 3 : limit;
  const urls: string[] = [];
  for (const listUrl of lists) {
    const concreteParent = fillFrom(parent, listUrl);
    const list = await viewer.get(listUrl);
    // A list may send the role straight on to its one record (a secretary's branch).
    const landed = new URL(list.url()).pathname;
    const values = [
      ...(landed.startsWith(`${concreteParent}/`) && !landed.slice(concreteParent.length + 1).includes("/") ? [landed.slice(concreteParent.length + 1)] : []),
      ...linkedValues(await list.text(), concreteParent, parent),
    ];
    urls.push(...[...new Set(values)].slice(0, perList).map((value) => `${concreteParent}/${value}`));
    if (urls.length >= limit) break;
  }
  return urls.slice(0, limit);
}

/**
 * A route's URL with real values for its dynamic segments, seen by the least-seeing role the
 * route allows (so every allowed role may open it). An edit page takes a record whose page
 * offers that role the edit link. A string explains why there is none.
 */
async function sampleUrl(route: string, clients: Record<string, APIRequestContext>): Promise<{ url: string } | { missing: string }> {
  const match = /^(.*\[\w+\])(.*)$/.exec(route);
  if (!match) return { url: route };
  const [, dynamic, rest] = match;
  const letter = [...VIEWER_ORDER].find((role) => ROUTES[route].includes(role))!;
  const viewer = clients[letter];
  for (const url of await concreteUrls(dynamic, viewer)) {
    if (!rest) return { url };
    const detail = await (await viewer.get(url)).text();
    if (detail.includes(`href="${url}${rest}"`)) return { url: `${url}${rest}` };
  }
  return { missing: `the demo data has no record linked from ${listRouteOf(dynamic)} that ${ROLE_OF[letter]} may open${rest ? ` and ${rest.slice(1)}` : ""}` };
}

test("every page and GET route answers each role with its status: 200 allowed, 403 refused, anonymous sent to sign in", async ({ baseURL }, testInfo) => {
  test.setTimeout(8 * 60_000);
  const clients = await contexts(baseURL!);
  // Route handlers answer an anonymous caller 401; pages send them to sign in.
  const handlers = new Set(routesInCode(/(^|\/)route\.ts$/));
  // A secretary's branch list is their own branch's page.
  const branch = new URL((await clients.S.get("/branches")).url()).pathname.split("/")[2];
  const mismatches: string[] = [];
  // A dynamic route the demo data gives no page of fails: it would otherwise go unchecked.
  const unsampled: string[] = [];
  for (const [route, allowed] of Object.entries(ROUTES)) {
    if (route in DYNAMIC_SKIPPED) continue;
    const sample = await sampleUrl(route, clients);
    if ("missing" in sample) {
      unsampled.push(`${route}: ${sample.missing}`);
      continue;
    }
    const url = sample.url + (ROUTE_QUERIES[route] ?? "").replace("{branch}", branch ?? "");
    const api = route.startsWith("/api/") || handlers.has(route);
    for (const [letter, client] of Object.entries(clients)) {
      const expected = letter === "-" ? (api ? "401" : "redirect to /login") : allowed.includes(letter) ? "200" : "403";
      let actual = await statusOf(client, url);
      // A landing page may send a role on to its own page ("/" → an administrator's console,
      // "/branches" → a secretary's branch): allowed when that page answers 200.
      if (expected === "200" && actual.startsWith("redirect to /") && !actual.startsWith("redirect to /login")) {
        actual = await statusOf(client, actual.slice("redirect to ".length));
      }
      const matches = expected === "redirect to /login" ? /^redirect to \/login\b/.test(actual) : actual === expected;
      if (!matches) mismatches.push(`${url} as ${letter}: ${actual}, expected ${expected}`);
    }
  }
  const skipped = Object.entries(DYNAMIC_SKIPPED).map(([route, reason]) => `${route}: ${reason}`);
  for (const reason of skipped) testInfo.annotations.push({ type: "skipped route", description: reason });
  console.log(`Routes not checked, by design (${skipped.length}):\n${skipped.map((reason) => `  ${reason}`).join("\n")}`);
  await Promise.all(Object.values(clients).map((client) => client.dispose()));
  expect({ mismatches, unsampled }).toEqual({ mismatches: [], unsampled: [] });
});
