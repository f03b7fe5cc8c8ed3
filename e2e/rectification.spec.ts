import { expect, test, type Browser, type Page } from "@playwright/test";
import { formatCalendarDate, todayInOrgan } from "../lib/dates";
import { PNG_BYTES } from "../tests/support/sample-files";
import { storageStateFor, type AccountKey } from "./accounts";

// One finding of a 督查 round walked to 销号: the Party office raises it into three branches'
// items, the first branch's secretary reports progress with a photo and submits, the named
// verifier (the `leader` account) returns it once and then accepts it; the board follows each step.

const BRANCHES = ["办公室党支部", "政策法规处党支部", "规划财务处党支部"];
const suffix = Date.now().toString(36);
const FINDING = `部分支部谈心谈话记录不完整${suffix}`;
const BOARD = `/management/rectification?q=${encodeURIComponent(FINDING)}`;

async function open(browser: Browser, account: AccountKey, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ storageState: storageStateFor(account), viewport });
  return { context, page: await context.newPage() };
}

/** The board's count of one status column, for the items of this test's finding. */
async function columnCount(page: Page, status: string): Promise<number> {
  await page.goto(BOARD);
  return Number(await page.getByTestId(`column-${status}`).getByTestId("column-count").innerText());
}

async function confirmInDialog(page: Page, trigger: string, fill?: { label: string; value: string }) {
  await page.getByTestId("item-workflow").getByRole("button", { name: trigger }).click();
  const dialog = page.getByRole("dialog");
  if (fill) await dialog.getByLabel(fill.label).fill(fill.value);
  await dialog.getByRole("button", { name: trigger }).click();
  await expect(dialog).toBeHidden();
}

test("a common finding over three branches is raised, reported with a photo, returned once and accepted", async ({ browser }) => {
  test.setTimeout(180_000);
  const office = await open(browser, "partyOffice");
  const page = office.page;

  // The Party office records the round and its common finding, then raises the items.
  await page.goto("/management/supervision/new");
  await page.getByLabel("督查类型").selectOption({ label: "季度督查" });
  await page.getByLabel("督查人员").fill("机关党委督查组");
  await page.getByLabel("督查重点").fill(`支部生活落实情况${suffix}`);
  for (const branch of BRANCHES) await page.getByLabel(branch, { exact: true }).check();
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`支部生活落实情况${suffix}`);

  await page.getByRole("button", { name: "登记问题" }).click();
  let dialog = page.getByRole("dialog");
  await dialog.getByLabel("问题类型").selectOption({ label: "共性问题" });
  await dialog.getByLabel("问题描述").fill(FINDING);
  for (const branch of BRANCHES) await dialog.getByLabel(branch, { exact: true }).check();
  await dialog.getByRole("button", { name: "保存" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("finding-counts")).toHaveText("共性问题 1 条，个性问题 0 条");

  await page.getByTestId("finding").getByRole("button", { name: "生成整改事项" }).click();
  dialog = page.getByRole("dialog");
  await dialog.getByLabel("整改措施").fill("书记逐一补谈并完善记录");
  await dialog.getByLabel("整改类别").selectOption({ label: "限期整改" });
  await dialog.getByLabel("整改时限").fill(formatCalendarDate(new Date(todayInOrgan().getTime() + 30 * 86_400_000)));
  await dialog.getByLabel("验收人").selectOption({ label: "王建国" });
  await dialog.getByRole("button", { name: "生成整改事项" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("finding").getByRole("link")).toHaveCount(3);
  expect(await columnCount(page, "PENDING")).toBe(3);

  // The first branch's secretary, on a phone, reports progress with a photo and submits.
  const secretary = await open(browser, "secretary", { width: 375, height: 812 });
  const phone = secretary.page;
  await phone.goto(BOARD);
  await expect(phone.getByTestId("rectification-card")).toHaveCount(1);
  await phone.getByTestId("rectification-card").getByRole("link").click();
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(FINDING);
  await phone.getByTestId("item-workflow").getByRole("button", { name: "报送进展" }).click();
  dialog = phone.getByRole("dialog");
  await dialog.getByLabel("进展情况").fill("已与 12 名党员补谈，记录已补齐");
  await dialog.getByRole("button", { name: "保存" }).click();
  await expect(dialog).toBeHidden();
  await expect(phone.getByTestId("item-status")).toHaveText("整改中");
  await phone.getByTestId("check-in").getByTestId("attachment-input").setInputFiles({ name: "谈话记录.png", mimeType: "image/png", buffer: PNG_BYTES });
  await expect(phone.getByTestId("check-in").getByRole("img", { name: "谈话记录.png" })).toBeVisible();
  await phone.reload();
  await confirmInDialog(phone, "送验收");
  await expect(phone.getByTestId("item-status")).toHaveText("待验收");
  const itemUrl = phone.url();
  expect(await columnCount(page, "AWAITING_ACCEPTANCE")).toBe(1);
  expect(await columnCount(page, "PENDING")).toBe(2);

  // The named verifier returns it once, with a reason the timeline keeps.
  const leader = await open(browser, "leader");
  await leader.page.goto(itemUrl);
  await confirmInDialog(leader.page, "退回", { label: "退回原因", value: "请补充谈话提纲" });
  await expect(leader.page.getByTestId("item-status")).toHaveText("整改中");
  await expect(leader.page.getByTestId("timeline")).toContainText("请补充谈话提纲");
  expect(await columnCount(page, "IN_PROGRESS")).toBe(1);

  // The secretary submits again (the photo is still the evidence); the verifier accepts.
  await phone.goto(itemUrl);
  await confirmInDialog(phone, "送验收");
  await expect(phone.getByTestId("item-status")).toHaveText("待验收");
  await leader.page.goto(itemUrl);
  await confirmInDialog(leader.page, "验收销号");
  await expect(leader.page.getByTestId("item-status")).toHaveText("已销号");
  await expect(leader.page.getByTestId("timeline")).toContainText("退回整改");
  await expect(leader.page.getByTestId("timeline")).toContainText("验收销号");

  expect(await columnCount(page, "CLOSED")).toBe(1);
  expect(await columnCount(page, "PENDING")).toBe(2);
  expect(await columnCount(page, "AWAITING_ACCEPTANCE")).toBe(0);
  await Promise.all([office.context.close(), secretary.context.close(), leader.context.close()]);
});

test("a secretary's supervision check raises a rectification item that the check then lists", async ({ browser }) => {
  const { context, page } = await open(browser, "secretary");
  const problem = `廉政风险点台账未及时更新${suffix}`;
  await page.goto("/integrity/checks/new");
  await page.getByLabel("监督类别").selectOption({ label: "日常监督" });
  await page.getByLabel("监督对象或事项").fill(`支部廉政风险点排查${suffix}`);
  await page.getByLabel("发现的问题").fill(problem);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`支部廉政风险点排查${suffix}`);

  await page.getByRole("button", { name: "发起整改" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByLabel(/^问题/)).toHaveValue(problem);
  await dialog.getByLabel("整改措施").fill("逐项更新风险点台账");
  await dialog.getByLabel("整改类别").selectOption({ label: "立行立改" });
  await dialog.getByLabel("责任领导").selectOption({ label: "王建国" });
  // The secretary owns it (the option names their branch); the Party office verifies.
  const owner = dialog.getByLabel("整改责任人");
  await owner.selectOption((await owner.locator("option", { hasText: "办公室党支部" }).getAttribute("value"))!);
  await dialog.getByLabel("验收人").selectOption({ label: "赵党建" });
  await dialog.getByRole("button", { name: "保存" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("link", { name: problem }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(problem);
  await expect(page.getByText("查看监督检查")).toBeVisible();
  await context.close();
});
