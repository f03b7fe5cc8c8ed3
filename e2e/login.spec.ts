import { expect, test } from "@playwright/test";
import { ACCOUNTS, PASSWORD, storageStateFor } from "./accounts";

async function logIn(page: import("@playwright/test").Page, username: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

test.describe("signing in", () => {
  for (const account of Object.values(ACCOUNTS)) {
    test(`${account.username} signs in through the form and sees their role`, async ({ page }) => {
      await logIn(page, account.username);
      await expect(page.getByTestId("current-role")).toHaveText(account.role);
      await expect(page.getByTestId("demo-badge")).toBeVisible();
    });
  }

  test("a wrong password is refused with a clear message", async ({ page }) => {
    await logIn(page, ACCOUNTS.leader.username, "Wrong#2026");
    await expect(page.getByTestId("login-error")).toHaveText("用户名或密码错误");
  });

  test("five wrong passwords lock the account and the security administrator unlocks it", async ({ page, browser }) => {
    const victim = "secretary-07";
    for (let attempt = 0; attempt < 5; attempt++) {
      await logIn(page, victim, `Wrong#${attempt}abc`);
      await expect(page.getByTestId("login-error")).toBeVisible();
    }
    await logIn(page, victim);
    await expect(page.getByTestId("login-error")).toContainText("账号已锁定");

    const admin = await browser.newContext({ storageState: storageStateFor("securityAdmin") });
    const adminPage = await admin.newPage();
    await adminPage.goto(`/admin/security?q=${victim}`);
    const row = adminPage.getByTestId(`user-row-${victim}`);
    await expect(row).toContainText("已锁定");
    await row.getByRole("button", { name: "解锁" }).click();
    await adminPage.getByRole("alertdialog").getByRole("button", { name: "确定" }).click();
    await expect(row).toContainText("正常");
    await admin.close();

    await logIn(page, victim);
    await expect(page.getByTestId("current-role")).toHaveText("支部书记");
  });

  test("switching to English changes the interface", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("leader") });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.getByRole("link", { name: "学习教育", exact: true })).toBeVisible();
    await page.getByTestId("current-user").click();
    await page.getByRole("menuitem", { name: "English" }).click();
    await expect(page.getByRole("link", { name: "Education", exact: true })).toBeVisible();
    await expect(page.getByTestId("current-role")).toHaveText("Party group leadership");
    await context.close();
  });
});
