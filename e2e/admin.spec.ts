import { expect, test, type Browser } from "@playwright/test";
import { storageStateFor } from "./accounts";

async function otherBranchUrl(browser: Browser, name: string) {
  const context = await browser.newContext({ storageState: storageStateFor("partyOffice") });
  const page = await context.newPage();
  await page.goto("/branches");
  const href = await page.getByRole("link", { name, exact: true }).getAttribute("href");
  await context.close();
  return href!;
}

test("the system administrator creates a branch and its secretary, who then sees only that branch", async ({ browser }) => {
  const suffix = Date.now().toString(36);
  const branchName = `测试${suffix}党支部`;
  const username = `sec-${suffix}`;

  const admin = await browser.newContext({ storageState: storageStateFor("systemAdmin") });
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin/org");
  await adminPage.getByRole("button", { name: "新增组织" }).click();
  const unitDialog = adminPage.getByRole("dialog");
  await unitDialog.getByLabel("名称").fill(branchName);
  await unitDialog.getByLabel("上级组织").selectOption({ label: "机关党委（机关党委）" });
  await unitDialog.getByRole("button", { name: "保存" }).click();
  await expect(unitDialog).toBeHidden();
  await expect(adminPage.getByRole("treeitem").filter({ hasText: branchName }).first()).toBeVisible();

  await adminPage.goto("/admin/users");
  await adminPage.getByRole("button", { name: "新建用户" }).click();
  const userDialog = adminPage.getByRole("dialog");
  await userDialog.getByLabel("用户名").fill(username);
  await userDialog.getByLabel("姓名").fill("新支部书记");
  await userDialog.getByLabel("角色").selectOption({ label: "支部书记" });
  await userDialog.getByLabel("所属支部").selectOption({ label: branchName });
  await userDialog.getByLabel("初始密码").fill("Initial#2026");
  await userDialog.getByRole("button", { name: "保存" }).click();
  await expect(userDialog).toBeHidden();
  await adminPage.goto(`/admin/users?q=${username}`);
  await expect(adminPage.getByTestId(`user-row-${username}`)).toContainText(branchName);
  await admin.close();

  // First sign-in with the initial password must change it before anything else.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill("Initial#2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/account\/password/);
  await page.getByLabel("当前密码").fill("Initial#2026");
  await page.getByLabel(/^新密码/).fill("MyOwn#2026pw");
  await page.getByLabel("确认新密码").fill("MyOwn#2026pw");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page).toHaveURL(/\/login\?changed=1/);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill("MyOwn#2026pw");
  await page.getByRole("button", { name: "登录" }).click();

  // A secretary lands on their own branch's dashboard.
  await expect(page).toHaveURL(/\/dashboard\/branch$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("本支部看板");
  await page.goto("/branches");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(branchName);

  await page.goto(await otherBranchUrl(browser, "办公室党支部"));
  await expect(page.getByText("无权访问")).toBeVisible();
  await context.close();
});

test("an administrator cannot open Party-building records", async ({ browser }) => {
  const url = await otherBranchUrl(browser, "办公室党支部");
  for (const account of ["systemAdmin", "securityAdmin", "auditAdmin"] as const) {
    const context = await browser.newContext({ storageState: storageStateFor(account) });
    const page = await context.newPage();
    const response = await page.goto(url);
    expect(response?.status()).toBe(403);
    await expect(page.getByText("无权访问")).toBeVisible();
    await page.goto("/");
    await expect(page).toHaveURL(/\/admin\//);
    await expect(page.getByRole("link", { name: "学习教育" })).toHaveCount(0);
    await context.close();
  }
});

test("the audit administrator reads the audit log, which shows sign-ins", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("auditAdmin") });
  const page = await context.newPage();
  await page.goto("/admin/audit?action=LOGIN");
  await expect(page.getByRole("heading", { name: "审计日志" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "登录", exact: true }).first()).toBeVisible();
  await context.close();
});

