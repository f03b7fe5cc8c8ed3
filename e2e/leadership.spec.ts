import { expect, test } from "@playwright/test";
import { storageStateFor } from "./accounts";

test("leadership reads a branch without edit controls, and a direct call of an edit action is refused", async ({ browser }) => {
  const office = await browser.newContext({ storageState: storageStateFor("partyOffice") });
  const officePage = await office.newPage();
  await officePage.goto("/branches");
  await officePage.getByRole("link", { name: "人事处党支部", exact: true }).click();
  await officePage.waitForURL(/\/branches\/.+/);
  const branchUrl = officePage.url();

  // Capture the real server-action request the Party office's form sends…
  const name = `直调测试${Date.now().toString(36)}`;
  await officePage.getByRole("button", { name: "新增党员" }).click();
  const dialog = officePage.getByRole("dialog");
  await dialog.getByLabel("姓名").fill(name);
  await dialog.getByLabel("性别").selectOption({ label: "男" });
  await dialog.getByLabel("出生日期").fill("1992-04-05");
  await dialog.getByLabel("入党日期").fill("2016-07-01");
  const [request] = await Promise.all([
    officePage.waitForRequest((candidate) => candidate.method() === "POST" && Boolean(candidate.headers()["next-action"])),
    dialog.getByRole("button", { name: "保存" }).click(),
  ]);
  await expect(dialog).toBeHidden();
  await office.close();

  const leader = await browser.newContext({ storageState: storageStateFor("leader") });
  const page = await leader.newPage();
  await page.goto(branchUrl);
  await expect(page.getByRole("heading", { name: /党员名册/ })).toBeVisible();
  await expect(page.getByRole("cell", { name, exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "新增党员" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "编辑" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "任命职务" })).toHaveCount(0);

  // …and replay it with leadership's session: the server refuses and writes nothing.
  const response = await page.request.post(request.url(), {
    headers: {
      "next-action": request.headers()["next-action"],
      "content-type": request.headers()["content-type"],
      accept: "text/x-component",
      origin: new URL(request.url()).origin,
    },
    data: request.postDataBuffer()!,
  });
  expect(await response.text()).toContain("您没有权限执行此操作");
  await page.reload();
  await expect(page.getByRole("cell", { name, exact: true })).toHaveCount(1);
  await leader.close();
});
