import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./accounts";

test("the Party office checks, edits, freezes and exports the summary; the .docx holds the edited text and the figures", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ storageState: storageStateFor("partyOffice"), viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto("/summary");
  await expect(page.getByRole("heading", { name: "年度总结" })).toBeVisible();

  await page.getByRole("link", { name: "完整性检查" }).click();
  await expect(page.getByTestId("completeness")).toBeVisible();

  // A figure of the draft, with the words around it, as the document must state it.
  const figure = page.getByTestId("summary-document").locator("[data-metric]").first();
  await expect(figure).toHaveAttribute("href", /^\/dashboard\/drill\//);
  const phrase = await figure.evaluate((element) => {
    const text = element.parentElement!.textContent ?? "";
    const at = text.indexOf(element.textContent ?? "");
    return text.slice(Math.max(0, at - 6), at + (element.textContent ?? "").length + 1);
  });

  const problem = `（一）理论学习还不够系统深入${Date.now().toString(36)}。外请专家专题辅导学习比较少。`;
  await page.getByLabel("二、存在问题").fill(problem);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("已保存").first()).toBeVisible();
  await expect(page.getByTestId("summary-document")).toContainText(problem);

  await page.getByRole("button", { name: "冻结为版本" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "确定" }).click();
  await expect(page.getByText("已冻结为新版本").first()).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("summary-versions")).toContainText("第1版");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "导出公文（.docx）" }).click();
  const file = await (await download).path();
  const zip = await JSZip.loadAsync(await readFile(file));
  const xml = (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
  expect(xml).toContain(problem);
  expect(xml).toContain(phrase);
  expect(xml).toContain("一、基本情况");
  await context.close();
});

test("leadership reads the summary but cannot edit or export it", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("leader") });
  const page = await context.newPage();
  await page.goto("/summary");
  await expect(page.getByTestId("summary-document")).toBeVisible();
  await expect(page.getByText("您可以阅读本总结，编辑和导出由党建办负责。")).toBeVisible();
  await expect(page.getByRole("button", { name: "导出公文（.docx）" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "冻结为版本" })).toHaveCount(0);
  const year = new Date().getFullYear();
  const response = await page.request.get(`/api/summary/export?year=${year}&period=YEAR`);
  expect(response.status()).toBe(403);
  await context.close();
});
