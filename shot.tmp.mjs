import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3200";
const [user, pages, width] = [process.argv[2], process.argv[3].split(","), Number(process.argv[4] ?? 1280)];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"] });
const page = await browser.newPage({ viewport: { width, height: 900 } });
page.on("pageerror", (e) => console.log("PAGEERROR", e.message));
page.on("console", (m) => { if (m.type() === "error") console.log("CONSOLE", m.text()); });
await page.goto(base + "/login");
await page.fill("#username", user);
await page.fill("#password", "Demo@2026");
await page.click("button[type=submit]");
await page.waitForURL((u) => !u.pathname.startsWith("/login"), { timeout: 15000 }).catch(() => console.log("still on login"));
for (const p of pages) {
  await page.goto(base + p);
  await page.waitForLoadState("networkidle");
  const name = `/tmp/shot-${user}-${p.replace(/\W/g, "_")}-${width}.png`;
  await page.screenshot({ path: name, fullPage: true });
  console.log(name, page.url());
}
await browser.close();
