import { expect, test } from "@playwright/test";
import { PDF_BYTES } from "../tests/support/sample-files";
import { storageStateFor } from "./accounts";

// secretary-01 is the secretary of 办公室党支部 (prisma/seed/demo-organ.ts).
const OWN_BRANCH = "办公室党支部";
const OTHER_BRANCH = "政策法规处党支部";
const phone = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true };

test("the Party office asks two branches for a document, a secretary on a phone submits it, and the tracker shows one submitted and one pending", async ({ browser }) => {
  const suffix = Date.now().toString(36);
  const office = await browser.newContext({ storageState: storageStateFor("partyOffice"), viewport: { width: 1280, height: 900 } });
  const officePage = await office.newPage();
  await officePage.goto("/management/submission-requests");
  await officePage.getByRole("link", { name: "新建报送事项" }).click();
  await officePage.getByLabel("标题").fill(`支部学习计划${suffix}`);
  await officePage.getByLabel("报送期限").fill("2099-12-31");
  await officePage.getByLabel(OWN_BRANCH).check();
  await officePage.getByLabel(OTHER_BRANCH).check();
  await officePage.getByRole("button", { name: "保存" }).click();
  await expect(officePage.getByRole("heading", { level: 1 })).toHaveText(`支部学习计划${suffix}`);
  const requestUrl = officePage.url();
  await expect(officePage.getByTestId(`tracker-row-${OTHER_BRANCH}`)).toContainText("未报送");

  const secretary = await browser.newContext({ storageState: storageStateFor("secretary"), ...phone });
  const page = await secretary.newPage();
  await page.goto(requestUrl);
  const ownRow = page.getByTestId(`tracker-row-${OWN_BRANCH}`);
  await expect(ownRow).toContainText("未报送");
  // Another branch's row is not shown to a secretary, only counted.
  await expect(page.getByTestId(`tracker-row-${OTHER_BRANCH}`)).toHaveCount(0);
  await ownRow.getByRole("button", { name: "报送材料" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("材料文件").setInputFiles({ name: "支部学习计划.pdf", mimeType: "application/pdf", buffer: PDF_BYTES });
  await dialog.getByRole("button", { name: "报送材料" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(ownRow).toContainText("已报送");
  await expect(ownRow.getByRole("link", { name: "支部学习计划.pdf" })).toBeVisible();
  await secretary.close();

  await officePage.reload();
  await expect(officePage.getByTestId(`tracker-row-${OWN_BRANCH}`)).toContainText("已报送");
  await expect(officePage.getByTestId(`tracker-row-${OTHER_BRANCH}`)).toContainText("未报送");
  await expect(officePage.getByTestId("tracker-total-SUBMITTED")).toContainText("1");
  await expect(officePage.getByTestId("tracker-total-PENDING")).toContainText("1");
  await office.close();
});

test("a secretary records a publicity item and a joint activity, and each appears in its list", async ({ browser }) => {
  const suffix = Date.now().toString(36);
  const context = await browser.newContext({ storageState: storageStateFor("secretary"), ...phone });
  const page = await context.newPage();

  await page.goto("/management/publicity-items/new");
  await page.getByLabel("渠道").selectOption({ label: "公众号" });
  await page.getByLabel("标题").fill(`支部主题党日活动报道${suffix}`);
  await page.getByLabel("链接").fill("https://mp.weixin.qq.com/s/example");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`支部主题党日活动报道${suffix}`);
  await page.goto("/management/publicity-items");
  await expect(page.getByRole("link", { name: `支部主题党日活动报道${suffix}` }).first()).toBeVisible();

  await page.goto("/management/joint-activities/new");
  await page.getByLabel("标题").fill(`与青山村开展联建活动${suffix}`);
  await page.getByLabel("联建单位").selectOption({ label: "青山村党支部" });
  // A secretary's activity is their branch's, ticked to start with; taking part is required.
  await expect(page.getByLabel(OWN_BRANCH)).toBeChecked();
  await page.getByLabel(OWN_BRANCH).uncheck();
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("请至少选择一个参与支部")).toBeVisible();
  await page.getByLabel(OWN_BRANCH).check();
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`与青山村开展联建活动${suffix}`);
  await page.goto("/management/joint-activities");
  await expect(page.getByRole("link", { name: `与青山村开展联建活动${suffix}` }).first()).toBeVisible();
  await context.close();
});
