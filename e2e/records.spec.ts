import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./accounts";

// A 1×1 PNG, as a phone's camera would hand over a photo.
const PHOTO = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64");

test.describe("the Party office on a phone", () => {
  test.use({ storageState: storageStateFor("partyOffice"), viewport: { width: 375, height: 812 } });

  test("creates a campaign, attaches a photo, deletes the campaign and restores it from the recycle bin", async ({ page }) => {
    const name = `模范机关创建${Date.now().toString(36)}`;
    await page.goto("/campaigns");
    await page.getByRole("button", { name: "新建专项活动" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("名称").fill(name);
    await dialog.getByLabel("开始日期").fill("2026-03-01");
    await dialog.getByLabel("结束日期").fill("2026-02-01");
    await dialog.getByRole("button", { name: "保存" }).click();
    await expect(dialog.getByText("结束日期不能早于开始日期")).toBeVisible();
    await dialog.getByLabel("结束日期").fill("2026-12-31");
    await dialog.getByRole("button", { name: "保存" }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
    await expect(page.getByText("还没有记录标注此专项活动")).toBeVisible();

    // A photo is shown as a thumbnail that really loads; HTML dressed up as a photo is refused.
    const panel = page.getByTestId("attachment-panel");
    await panel.getByTestId("attachment-input").setInputFiles({ name: "动员会现场.png", mimeType: "image/png", buffer: PHOTO });
    const thumbnail = panel.getByRole("img", { name: "动员会现场.png" });
    await expect(thumbnail).toBeVisible();
    await expect.poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1);
    const served = await page.request.get((await thumbnail.getAttribute("src"))!);
    expect(served.headers()).toMatchObject({ "content-type": "image/png", "x-content-type-options": "nosniff", "content-security-policy": "default-src 'none'; sandbox" });
    await panel.getByTestId("attachment-input").setInputFiles({ name: "伪装照片.jpg", mimeType: "image/jpeg", buffer: Buffer.from("<html><script>alert(1)</script></html>") });
    await expect(panel.getByText("“伪装照片.jpg”不是支持的文件类型（图片、PDF、Word、Excel、PowerPoint），已拒绝")).toBeVisible();
    // A large scan goes through whole (the proxy in front of the routes must not cut it off).
    const scan = Buffer.alloc(15 * 1024 * 1024, 0x20);
    scan.write("%PDF-1.4\n");
    await panel.getByTestId("attachment-input").setInputFiles({ name: "会议材料扫描件.pdf", mimeType: "application/pdf", buffer: scan });
    await expect(panel.getByRole("listitem").filter({ hasText: "会议材料扫描件.pdf" })).toContainText("15.0 MB", { timeout: 30_000 });
    await page.reload();
    await expect(page.getByTestId("attachment-panel").getByRole("img", { name: "动员会现场.png" })).toBeVisible();
    await expect(page.getByTestId("attachment-panel").getByText("(2)")).toBeVisible();

    await page.getByRole("button", { name: "删除", exact: true }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "删除" }).click();
    await page.waitForURL(/\/campaigns$/);
    await expect(page.getByRole("link", { name })).toHaveCount(0);

    await page.goto(`/recycle-bin?q=${encodeURIComponent(name)}`);
    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText("专项活动");
    await expect(row).toContainText("赵党建");
    await row.getByRole("button", { name: "恢复" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "恢复" }).click();
    await expect(page.getByText(`已恢复“${name}”`, { exact: true })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);
    await page.goto("/campaigns");
    await expect(page.getByRole("link", { name })).toBeVisible();
  });
});

test("a branch roster downloads as an Excel ledger that opens with the branch's members", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("secretary") });
  const page = await context.newPage();
  await page.goto("/branches");
  await expect(page.getByRole("heading", { name: "办公室党支部" })).toBeVisible();
  const heading = await page.getByRole("heading", { name: /党员名册/ }).textContent();
  const memberCount = Number(/\((\d+)\)/.exec(heading ?? "")?.[1]);
  expect(memberCount).toBeGreaterThan(0);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "导出台账" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^办公室党支部党员名册\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("党员名册")!;
  expect(sheet.getRow(1).getCell(1).value).toBe("姓名");
  expect(sheet.getRow(1).getCell(4).value).toBe("出生日期");
  expect(sheet.getCell("D2").value).toBeInstanceOf(Date);
  expect(sheet.rowCount - 1).toBe(memberCount);
  await context.close();
});

test("a secretary has a notification bell but no recycle bin", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("secretary") });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("link", { name: "专项活动" })).toBeVisible();
  await expect(page.getByRole("link", { name: "回收站" })).toHaveCount(0);
  await page.getByTestId("notification-bell").click();
  await expect(page.getByRole("heading", { name: "通知", level: 1 })).toBeVisible();
  const response = await page.goto("/recycle-bin");
  expect(response?.status()).toBe(403);
  await context.close();
});
