import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./accounts";

const CHARTS = ["activity", "burndown", "coverage", "heatmap"] as const;

/** The data series a chart holds, as ECharts reports it through getOption(). */
async function chartSeries(page: Page, name: string): Promise<unknown[][]> {
  await expect(page.locator(`[data-chart="${name}"][data-ready="true"]`)).toBeAttached();
  return page.evaluate((chart) => {
    const option = window.dashboardCharts![chart].getOption() as { series: { data: unknown[] }[] };
    return option.series.map((series) => series.data);
  }, name);
}

/** The figures printed beside a chart, row by row. */
async function tableFigures(page: Page, name: string): Promise<(number | null)[][]> {
  return page.locator(`[data-testid="${name}-table"] tbody tr`).evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll("td")].map((cell) => (cell.dataset.value === "" ? null : Number(cell.dataset.value)))),
  );
}

test.describe("leadership", () => {
  test.use({ storageState: storageStateFor("leader") });

  test("lands on the dashboard, changes the quarter and follows the overdue rectification figure to its list", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: "党建工作看板" })).toBeVisible();

    await page.getByLabel("季度").selectOption("2");
    await page.getByRole("button", { name: "查看" }).click();
    await expect(page).toHaveURL(/quarter=2/);
    await expect(page.getByText(/统计期间：\d{4}-04-01 至 \d{4}-06-30/)).toBeVisible();

    const figure = page.getByTestId("figure-management.rectificationOverdue");
    const shown = Number(await figure.textContent());
    await figure.click();
    await expect(page).toHaveURL(/\/dashboard\/drill\/management\.rectificationOverdue\?.*quarter=2/);
    await expect(page.getByRole("heading", { level: 1, name: "逾期整改事项" })).toBeVisible();
    await expect(page.getByTestId("drill-figure")).toContainText(`共 ${shown} 条记录`);
    if (shown === 0) await expect(page.getByText("没有符合条件的记录")).toBeVisible();
    else await expect(page.getByTestId("drill-table").locator("tbody tr")).toHaveCount(Math.min(shown, 50));
  });

  test("each chart holds exactly the figures printed beside it", async ({ page }) => {
    await page.goto("/dashboard");
    const activity = await tableFigures(page, "activity");
    expect(await chartSeries(page, "activity")).toEqual(activity);
    expect(await chartSeries(page, "burndown")).toEqual(await tableFigures(page, "burndown"));
    expect(await chartSeries(page, "coverage")).toEqual(await tableFigures(page, "coverage"));
    const heat = await tableFigures(page, "heatmap");
    const [cells] = await chartSeries(page, "heatmap");
    expect(cells).toEqual(heat.flatMap((row, branch) => row.map((count, month) => [month, branch, count])));
    // The figures are real: the year has some activity somewhere.
    expect(activity.flat().some((value) => (value ?? 0) > 0)).toBe(true);
  });

  test("looks right on a phone and on a desktop", async ({ page }) => {
    for (const [width, height] of [
      [375, 812],
      [1366, 900],
    ]) {
      await page.setViewportSize({ width, height });
      await page.goto("/dashboard");
      for (const chart of CHARTS) await expect(page.locator(`[data-chart="${chart}"][data-ready="true"]`)).toBeAttached();
      // Nothing wider than the screen but the tables and charts that scroll inside their own boxes.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: test.info().outputPath(`dashboard-${width}.png`), fullPage: true });
    }
  });
});

test.describe("secretary", () => {
  test.use({ storageState: storageStateFor("secretary") });

  test("sees only their branch dashboard and is refused the leadership one", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/dashboard\/branch$/);
    await expect(page.getByRole("heading", { level: 1, name: "本支部看板" })).toBeVisible();
    await expect(page.getByText(/^办公室党支部 · \d{4}年工作情况$/)).toBeVisible();
    await expect(page.getByTestId("branch-figures")).toBeVisible();
    await page.setViewportSize({ width: 375, height: 812 });
    await page.screenshot({ path: test.info().outputPath("branch-375.png"), fullPage: true });

    const refused = await page.goto("/dashboard");
    expect(refused?.status()).toBe(403);

    // A figure's list never reaches another branch: a secretary naming another branch is refused too.
    const other = await page.goto("/dashboard/drill/education.orgLifeMeetings?branch=not-my-branch");
    expect(other?.status()).toBe(403);
  });
});
