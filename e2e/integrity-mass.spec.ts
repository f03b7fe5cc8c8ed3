import { deflateSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./accounts";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) => (bytes.reduce((c, byte) => CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

/** A small solid-colour PNG (a "photo" of the visit), made here so the test needs no fixture file. */
function png(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))]);
}

/** The figure an overview shows for one kind (the count inside its row). */
async function countOf(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).locator('[data-slot="count"]').innerText());
}

test("the Party office records a round of responsibility letters and a warning-education visit, and the integrity overview counts them", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("partyOffice"), viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto("/integrity");
  const letters = await countOf(page, "integrity-count-RESPONSIBILITY_LETTER");
  const warnings = await countOf(page, "integrity-count-WARNING_EDUCATION");
  const suffix = Date.now().toString(36);

  await page.getByRole("link", { name: "记录廉政活动" }).click();
  await page.getByLabel("类别").selectOption({ label: "党风廉政建设责任书" });
  await page.getByLabel("组织层级").selectOption({ label: "党组" });
  await page.getByLabel("责任书名称").fill(`党组与各处室签订党风廉政建设责任书${suffix}`);
  await page.getByLabel("签订层级").selectOption({ label: "党组–处室" });
  await page.getByLabel("签订份数").fill("12");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`党组与各处室签订党风廉政建设责任书${suffix}`);
  await expect(page.getByText("12 份")).toBeVisible();

  await page.goto("/integrity/activities/new");
  await page.getByLabel("类别").selectOption({ label: "警示教育" });
  await page.getByLabel("组织层级").selectOption({ label: "机关纪委" });
  await page.getByLabel("活动名称").fill(`组织参观廉政教育馆${suffix}`);
  await page.getByLabel("教育形式").selectOption({ label: "参观警示教育基地" });
  await page.getByLabel("受教育人数").fill("45");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`组织参观廉政教育馆${suffix}`);

  await page.goto("/integrity");
  expect(await countOf(page, "integrity-count-RESPONSIBILITY_LETTER")).toBe(letters + 1);
  expect(await countOf(page, "integrity-count-WARNING_EDUCATION")).toBe(warnings + 1);
  await expect(page.getByTestId("letters-line")).toContainText("份");

  // The figure links to exactly the records it counts.
  await page.getByTestId("integrity-count-WARNING_EDUCATION").getByRole("link").click();
  await expect(page).toHaveURL(/kind=WARNING_EDUCATION/);
  await expect(page.getByRole("link", { name: `组织参观廉政教育馆${suffix}` }).first()).toBeVisible();
  // …and the ledger of that list carries the same filters.
  await expect(page.getByTestId("ledger-integrity-activities")).toHaveAttribute("href", /kind=WARNING_EDUCATION/);
  await context.close();
});

test("a secretary on a phone records a partner-village visit with three services and photos, and the mass overview counts it", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("secretary"), viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto("/mass");
  const visits = await countOf(page, "mass-count-VILLAGE_VISIT");
  const title = `赴共建村开展技能培训、物资捐助和健康义诊${Date.now().toString(36)}`;

  await page.getByRole("link", { name: "记录群团活动" }).click();
  await page.getByLabel("活动类别").selectOption({ label: "双联共建村走访" });
  // A secretary records for their own branch only: it is shown, not chosen.
  await expect(page.getByLabel("记录范围")).toHaveValue("办公室党支部");
  await page.getByLabel("走访村及主题").fill(title);
  for (const service of ["技能培训", "物资捐助", "健康义诊"]) await page.getByLabel(service).check();
  await page.getByLabel("服务群众人数").fill("86");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("技能培训、物资捐助、健康义诊")).toBeVisible();

  // Photos of the visit as evidence, uploaded from the detail page the form leads to.
  await page.getByTestId("attachment-input").setInputFiles([
    { name: "义诊现场.png", mimeType: "image/png", buffer: png(24, 16, [200, 30, 30]) },
    { name: "技能培训.png", mimeType: "image/png", buffer: png(16, 24, [30, 120, 200]) },
  ]);
  const panel = page.getByTestId("attachment-panel");
  await expect(panel.getByRole("img", { name: "义诊现场.png" })).toBeVisible();
  await expect(panel.getByRole("img", { name: "技能培训.png" })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("attachment-panel").getByRole("img")).toHaveCount(2);

  // Nothing on the page is wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  await page.goto("/mass");
  expect(await countOf(page, "mass-count-VILLAGE_VISIT")).toBe(visits + 1);
  await expect(page.getByTestId("village-line")).toContainText(`赴共建村 ${visits + 1} 次`);
  await context.close();
});

test("a form checks its fields in the browser before sending, whether or not its schema has loaded yet", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("partyOffice"), viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await page.goto("/integrity/activities/new");

  // Nothing entered yet, so the schema is still loading: the submission waits for it and is refused.
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("提交的内容有误，请按提示修改")).toBeVisible();
  expect(posts).toEqual([]);

  // With the schema loaded, a kind's missing fields are refused at once, still without a request.
  const suffix = Date.now().toString(36);
  await page.getByLabel("类别").selectOption({ label: "党风廉政建设责任书" });
  await page.getByLabel("组织层级").selectOption({ label: "党组" });
  await page.getByLabel("责任书名称").fill(`处室责任书签订${suffix}`);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByLabel("签订份数")).toHaveAttribute("aria-invalid", "true");
  expect(posts).toEqual([]);

  await page.getByLabel("签订层级").selectOption({ label: "党组–处室" });
  await page.getByLabel("签订份数").fill("3");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`处室责任书签订${suffix}`);

  // An edit form sent untouched waits for its schema, passes it and is sent once.
  await page.getByRole("link", { name: "编辑", exact: true }).click();
  await expect(page.getByLabel("签订份数")).toHaveValue("3");
  posts.length = 0;
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("已保存", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`处室责任书签订${suffix}`);
  expect(posts).toHaveLength(1);
  await context.close();
});
