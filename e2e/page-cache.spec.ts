// The dashboards are answered from kept pages (server/page-cache.ts): what a user must never
// notice is that — figures change at once after a record is saved, the policy's nonce is new on
// every answer and matches the page's scripts, and a session that ended gets no kept page.
import { expect, test, type Page, type Response } from "@playwright/test";
import { PASSWORD, storageStateFor } from "./accounts";

const nonceOf = (response: Response) => /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];

/** Opens the dashboard and returns its response once the charts' scripts have run. */
async function openDashboard(page: Page): Promise<Response> {
  const response = (await page.goto("/dashboard"))!;
  expect(response.status()).toBe(200);
  // The charts are drawn by scripts the policy admits only with the answer's nonce.
  await expect(page.locator('[data-chart="activity"][data-ready="true"]')).toBeAttached();
  return response;
}

/**
 * Opens the dashboard until it comes from a kept page. Other tests save records meanwhile (each
 * save renews the pages), so the first answers may be rendered; with no save in between, the
 * next one must be kept.
 */
async function keptDashboard(page: Page): Promise<Response> {
  let response: Response | undefined;
  await expect
    .poll(
      async () => {
        response = await openDashboard(page);
        return response.headers()["x-page-cache"];
      },
      { timeout: 30_000 },
    )
    .toBe("hit");
  return response!;
}

const integrityFigure = async (page: Page) => Number(await page.getByTestId("figure-integrity.activities").textContent());

test("the leadership dashboard comes from a kept page with a fresh nonce, and a saved record shows at once", async ({ browser }) => {
  const leader = await (await browser.newContext({ storageState: storageStateFor("leader") })).newPage();
  const office = await (await browser.newContext({ storageState: storageStateFor("partyOffice") })).newPage();

  const first = await keptDashboard(leader);
  const kept = await keptDashboard(leader);
  expect(nonceOf(kept)).toBeTruthy();
  expect(nonceOf(kept)).not.toBe(nonceOf(first));
  const scriptNonces = await leader.evaluate(() => [...document.querySelectorAll("script")].filter((script) => !script.src).map((script) => script.nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonceOf(kept)]));
  const before = await integrityFigure(leader);

  await office.goto("/integrity/activities/new");
  await office.getByLabel("类别").selectOption({ label: "警示教育" });
  await office.getByLabel("组织层级").selectOption({ label: "机关纪委" });
  await office.getByLabel("活动名称").fill(`典型案例警示教育会${Date.now()}`);
  await office.getByLabel("教育形式").selectOption({ label: "典型案例汇编" });
  await office.getByLabel("受教育人数").fill("60");
  await office.getByRole("button", { name: "保存" }).click();
  await expect(office.getByText("廉政活动已记录", { exact: true })).toBeVisible();

  // Other tests may save integrity activities too: the figure has at least this one more.
  await openDashboard(leader);
  expect(await integrityFigure(leader)).toBeGreaterThan(before);
  await keptDashboard(leader);
  expect(await integrityFigure(leader)).toBeGreaterThan(before);
});

test("after signing out, the dashboard's address sends the browser to sign in, not to a kept page", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("用户名").fill("leader-2");
  await page.getByLabel("密码").fill(PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
  await keptDashboard(page);
  const cookies = await page.context().cookies();

  await page.getByTestId("current-user").click();
  await page.getByRole("menuitem", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);

  // The old session cookie, replayed as a stolen copy would be, is refused.
  await page.context().addCookies(cookies);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);
});

test("a secretary is refused the leadership dashboard every time, kept pages or not", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateFor("secretary") })).newPage();
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const response = (await page.goto("/dashboard"))!;
    expect(response.status()).toBe(403);
    expect(response.headers()["x-page-cache"]).not.toBe("hit");
  }
});
