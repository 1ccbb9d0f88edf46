import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3511";
const [email, paths, width = "1280", tag = ""] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, locale: "fr-CA", timezoneId: "America/Iqaluit" });
page.on("console", (m) => m.type() === "error" && console.log("console:", m.text().slice(0, 300)));
await page.goto(`${base}/fr/login`);
await page.getByLabel("Adresse courriel").fill(email);
await page.getByLabel("Mot de passe", { exact: true }).fill("Kiviuq-Tuktu-2026");
await page.getByRole("button", { name: "Se connecter" }).click();
await page.waitForURL(/\/fr\/?$/, { timeout: 60000 });
for (const [i, p] of paths.split(" ").entries()) {
  const r = await page.goto(base + p, { timeout: 120000 });
  await page.waitForTimeout(1500);
  console.log(p, r.status());
  await page.screenshot({ path: `/tmp/calshots/${tag}${i}-${width}.png`, fullPage: true });
}
await browser.close();
