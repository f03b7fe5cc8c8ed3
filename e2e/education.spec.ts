import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./accounts";

// A 1×1 PNG made here, standing in for a photo of the sign-in sheet.
const PHOTO = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64");

const unique = () => Date.now().toString(36);

/** Opens a page and waits until its scripts have loaded, so controlled form fields keep what is chosen. */
async function open(page: Page, url: string) {
  await page.goto(url);
  await page.waitForLoadState("networkidle");
}

/** The number at the start of an overview card's value ("12 人次" → 12). */
async function overviewNumber(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(`${testId}-value`).textContent()) ?? "";
  return Number(/\d+/.exec(text)?.[0]);
}

test("a secretary on a phone records a 支委会 with one absentee on leave and a photo, then finds it on the branch calendar", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("secretary"), viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  const topic = `研究第四季度业务工作${unique()}`;

  await open(page, "/education/org-life");
  await page.getByRole("link", { name: "记录组织生活" }).click();
  await expect(page).toHaveURL(/\/education\/org-life\/new$/);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("类型").selectOption({ label: "支委会" });
  await page.getByRole("textbox", { name: "主题" }).fill(topic);
  await page.getByLabel("主持人").fill("孟佳宇");
  await page.getByLabel("本次支委会研究了业务工作").check();

  // 应到 is the branch committee in office today: five members, all present until marked otherwise.
  const summary = page.getByTestId("attendance-summary");
  await expect(summary).toHaveText("应到 5 人，实到 5 人");
  const presence = page.getByRole("combobox", { name: /出席情况$/ });
  await expect(presence).toHaveCount(5);
  const absentee = ((await presence.nth(2).getAttribute("aria-label")) ?? "").replace(/ 出席情况$/, "");
  await presence.nth(2).selectOption({ label: "缺席·因公请假" });
  await page.getByRole("textbox", { name: `${absentee} 备注` }).fill("赴省里开会");
  await expect(summary).toHaveText("应到 5 人，实到 4 人");
  await page.getByLabel("会议记录").fill("传达上级精神，研究第四季度业务工作安排。");
  await page.getByRole("button", { name: "保存" }).click();

  await expect(page).toHaveURL(/\/education\/org-life\/(?!new)[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: topic })).toBeVisible();
  await expect(page.getByText("应到 5 人，实到 4 人")).toBeVisible();
  await expect(page.getByText("因公请假")).toBeVisible();
  await expect(page.getByText("赴省里开会")).toBeVisible();

  await page.getByTestId("attachment-input").setInputFiles({ name: "签到表.png", mimeType: "image/png", buffer: PHOTO });
  await expect(page.getByRole("img", { name: "签到表.png" })).toBeVisible();
  await expect(page.getByTestId("attachment-panel")).toContainText("(1)");

  await page.getByRole("link", { name: "月历" }).click();
  await expect(page).toHaveURL(/\/education\/org-life\/calendar\?branch=.+&month=\d{4}-\d{2}/);
  await expect(page.getByTestId("calendar-agenda")).toContainText(topic);
  // This month's 支委会 is now held.
  await expect(page.getByTestId("due-slots").locator('[data-state="held"]').filter({ hasText: "支委会" })).toBeVisible();
  await page.getByTestId("calendar-agenda").getByRole("link", { name: topic }).click();
  await expect(page.getByRole("heading", { level: 1, name: topic })).toBeVisible();
  await context.close();
});

test("the Party office records a 中心组学习 with four speakers, two of them youth representatives, and the year's counts update", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("partyOffice") });
  const page = await context.newPage();
  const topic = `学习贯彻专题研讨${unique()}`;

  await open(page, "/education");
  const sessionsBefore = await overviewNumber(page, "overview-sessions");
  const speechesBefore = await overviewNumber(page, "overview-speeches");
  const youthBefore = Number(/青年代表 (\d+)/.exec((await page.getByTestId("overview-speeches").textContent()) ?? "")?.[1]);

  await open(page, "/education/study/new");
  await expect(page.getByLabel("层级")).toHaveValue("PARTY_GROUP");
  await expect(page.getByLabel("学习形式")).toHaveValue("CENTRAL_GROUP");
  await page.getByLabel("学习主题").fill(topic);
  await page.getByLabel("地点").fill("机关第一会议室");

  // A roster member picked by searching among the attendees: the box lists members, typing narrows them.
  const attendees = page.getByRole("combobox", { name: "参加人员" });
  await attendees.focus();
  const matches = page.getByRole("listbox", { name: "匹配的党员" }).getByRole("option");
  const someone = (await matches.first().locator("span span").first().textContent()) ?? "";
  await attendees.fill(someone.slice(0, 2));
  await matches.filter({ hasText: someone }).first().click();
  await expect(page.getByText("已选 1 人")).toBeVisible();
  await expect(page.getByRole("list", { name: "已选人员" })).toContainText(someone);

  const speakers = [
    { name: "王建国", tag: "领导班子成员" },
    { name: "李振华", tag: "处室单位主要负责人" },
    { name: "青年甲", tag: "青年代表" },
    { name: "青年乙", tag: "青年代表" },
  ];
  for (const [index, speaker] of speakers.entries()) {
    await page.getByRole("button", { name: "添加发言" }).click();
    const row = `第 ${index + 1} 位`;
    await page.getByRole("combobox", { name: `${row} 发言人` }).fill(speaker.name);
    await page.getByRole("combobox", { name: `${row} 身份` }).selectOption({ label: speaker.tag });
    await page.getByRole("textbox", { name: `${row} 发言题目` }).fill(`${speaker.name}的学习体会`);
  }
  await page.getByRole("button", { name: "保存" }).click();

  await expect(page.getByRole("heading", { level: 1, name: topic })).toBeVisible();
  await expect(page.getByRole("heading", { name: "交流发言（4）" })).toBeVisible();

  await page.getByRole("link", { name: "概览" }).click();
  await expect(page.getByTestId("overview-speeches-value")).toHaveText(`${speechesBefore + 4} 人次`);
  await expect(page.getByTestId("overview-sessions-value")).toHaveText(`${sessionsBefore + 1} 次`);
  await expect(page.getByTestId("overview-speeches")).toContainText(`青年代表 ${youthBefore + 2}`);
  await context.close();
});

test("a ledger downloads with the list's filters and opens in exceljs with the right rows", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("partyOffice") });
  const page = await context.newPage();
  const prefix = `台账测试${unique()}`;
  const books = [
    { title: `${prefix}《习近平著作选读》第一卷`, copies: "120" },
    { title: `${prefix}《习近平著作选读》第二卷`, copies: "80" },
  ];

  await open(page, "/education/checklist/books");
  for (const book of books) {
    await page.getByRole("button", { name: "登记发放" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("书目/材料").fill(book.title);
    await dialog.getByLabel("数量（册）").fill(book.copies);
    await dialog.getByLabel("发放对象").fill("各基层党组织");
    await dialog.getByRole("button", { name: "保存" }).click();
    await expect(dialog).toBeHidden();
  }

  await page.getByLabel("关键字").fill(prefix);
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByTestId("books-copies")).toHaveText("共 200 册");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("ledger-books").click()]);
  expect(download.suggestedFilename()).toMatch(/^发放书目台账\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet("发放书目")!;
  expect(sheet.getRow(1).values).toEqual([undefined, "发放日期", "书目/材料", "数量（册）", "发放对象"]);
  const rows = sheet.getSheetValues().slice(2) as unknown[][];
  expect(rows.map((row) => [row[2], row[3], row[4]])).toEqual(books.map((book) => [book.title, Number(book.copies), "各基层党组织"]));
  expect(rows[0][1]).toBeInstanceOf(Date);
  await context.close();
});
