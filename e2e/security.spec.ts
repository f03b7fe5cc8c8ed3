import { expect, test } from "@playwright/test";
import { generate } from "otplib";
import { PASSWORD, storageStateFor } from "./accounts";

test("pages carry a nonce-based Content-Security-Policy and run without violations", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("partyOffice") });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/branches");
  const policy = response?.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain("unsafe-eval");
  await page.getByRole("link", { name: "办公室党支部", exact: true }).click();
  await page.getByRole("button", { name: "新增党员" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(violations).toEqual([]);
  await context.close();
});

test("a user enrols an authenticator by QR code and then signs in with a code", async ({ page }) => {
  const username = "leader-3";
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();

  await page.goto("/account/two-factor");
  await page.getByRole("button", { name: "开始绑定" }).click();
  await expect(page.getByRole("img", { name: "绑定二维码" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("验证码").fill(await generate({ secret }));
  await page.getByRole("button", { name: "确认绑定" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(8);
  await page.getByRole("button", { name: "继续" }).click();

  await page.getByTestId("current-user").click();
  await page.getByRole("menuitem", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  const code = page.getByLabel("动态验证码");
  await expect(code).toBeVisible();
  await code.fill(await generate({ secret }));
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("current-role")).toHaveText("党组领导");
});

test("the security administrator edits the security policy", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("securityAdmin") });
  const page = await context.newPage();
  await page.goto("/admin/security/policy");
  const field = page.getByLabel("无操作超时（分钟）");
  await expect(field).toHaveValue("30");
  await field.fill("3");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("不能小于 5")).toBeVisible();
  await field.fill("45");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("安全策略已保存").first()).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("无操作超时（分钟）")).toHaveValue("45");
  await context.close();
});
