// Through the balancer of `npm run scale-demo` (two app instances, round-robin): a secretary signs
// in on the login page, records a partner-village visit with a photo and reopens it. Consecutive
// requests land on different instances, so this passes only if the session, the record and the
// uploaded file are visible to both.
import { expect, test } from "@playwright/test";
import { ACCOUNTS, PASSWORD } from "../accounts";

// A valid 1×1 PNG: the upload sniffs the content, not the name.
const PHOTO = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

test("a secretary signs in, records a visit with a photo and reopens it through the balancer", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(ACCOUNTS.secretary.username);
  await page.getByLabel("密码").fill(PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();

  const title = `负载均衡下走访共建村${Date.now().toString(36)}`;
  await page.goto("/mass");
  await page.getByRole("link", { name: "记录群团活动" }).click();
  await page.getByLabel("活动类别").selectOption({ label: "双联共建村走访" });
  await page.getByLabel("走访村及主题").fill(title);
  await page.getByLabel("技能培训").check();
  await page.getByLabel("服务群众人数").fill("20");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  await page.getByTestId("attachment-input").setInputFiles([{ name: "走访现场.png", mimeType: "image/png", buffer: PHOTO }]);
  await expect(page.getByTestId("attachment-panel").getByRole("img", { name: "走访现场.png" })).toBeVisible();

  // Each reload is served by the other instance: still signed in, the record and its photo there.
  for (let reload = 0; reload < 4; reload++) {
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const photo = page.getByTestId("attachment-panel").getByRole("img", { name: "走访现场.png" });
    await expect(photo).toBeVisible();
    // Visible is not loaded: the image's bytes come from whichever instance the request reached.
    await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
  }
});
