import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./accounts";

// Optimistic concurrency in the browser: two people have the same record open; the second to
// save is told what the first changed and by whom, and their own typing is still in the form.

async function openEditor(page: Page, branchUrl: string, memberName: string) {
  await page.goto(branchUrl);
  await page.getByRole("row").filter({ hasText: memberName }).getByRole("button", { name: "编辑" }).click();
  return page.getByRole("dialog");
}

test("the second of two editors sees what the first changed and keeps their own input", async ({ browser }) => {
  test.setTimeout(3 * 60_000);
  const name = `并发编辑${Date.now().toString(36)}`;
  const secretaryContext = await browser.newContext({ storageState: storageStateFor("secretary") });
  const officeContext = await browser.newContext({ storageState: storageStateFor("partyOffice") });
  const secretary = await secretaryContext.newPage();
  const office = await officeContext.newPage();

  // The secretary adds a member of their own branch (the branch list opens it) that nobody else touches.
  await secretary.goto("/branches");
  await expect(secretary).toHaveURL(/\/branches\/\w+/);
  const branchUrl = secretary.url();
  await secretary.getByRole("button", { name: "新增党员" }).click();
  const add = secretary.getByRole("dialog");
  await add.getByLabel("姓名").fill(name);
  await add.getByLabel("性别").selectOption({ label: "女" });
  await add.getByLabel("出生日期").fill("1991-04-02");
  await add.getByLabel("入党日期").fill("2016-06-30");
  await add.getByRole("button", { name: "保存" }).click();
  await expect(add).toBeHidden();

  // Both open the same version.
  const first = await openEditor(secretary, branchUrl, name);
  const second = await openEditor(office, branchUrl, name);

  await first.getByLabel("职务/职级").fill("二级主任科员");
  await first.getByRole("button", { name: "保存" }).click();
  await expect(first).toBeHidden();

  await second.getByLabel("党员编号").fill("DY-9001");
  await second.getByLabel("职务/职级").fill("四级调研员");
  await second.getByLabel("党员类别").selectOption({ label: "预备党员" });
  await second.getByRole("button", { name: "保存" }).click();

  const details = second.getByTestId("conflict-details");
  await expect(second.locator("[data-slot=form-error]")).toContainText("该记录已被他人修改");
  await expect(details).toContainText("保存了新版本");
  await expect(details.getByRole("definition")).toHaveText(["二级主任科员"]);
  await expect(details.getByRole("term")).toHaveText(["职务/职级"]);
  // Nothing the party office typed was lost, not even fields the form does not keep in state.
  await expect(second.getByLabel("党员编号")).toHaveValue("DY-9001");
  await expect(second.getByLabel("职务/职级")).toHaveValue("四级调研员");
  await expect(second.getByLabel("党员类别")).toHaveValue("PROBATIONARY");

  // The secretary's save stands.
  await office.reload();
  await expect(office.getByRole("row").filter({ hasText: name })).toContainText("二级主任科员");
  await secretaryContext.close();
  await officeContext.close();
});
