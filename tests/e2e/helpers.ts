import { existsSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, type Page } from "@playwright/test";

export const E2E_ADMIN = { email: "admin.e2e@exemple.test", password: "aurore boreale 2026" };

export async function signIn(page: Page, email = E2E_ADMIN.email, password = E2E_ADMIN.password, locale = "fr") {
  await page.goto(`/${locale}/login`);
  await page.getByLabel(locale === "fr" ? "Adresse courriel" : "Email address").fill(email);
  await page.getByLabel(locale === "fr" ? "Mot de passe" : "Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: locale === "fr" ? "Se connecter" : "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/?$`));
}

/** Screenshots of the screens a change touches, kept with the test results to be looked at. */
export async function shot(page: Page, name: string) {
  if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/**
 * The reset link of the newest email written to the test server's outbox for `to` (no SMTP server in tests).
 * The body is quoted-printable: soft line breaks and `=3D` are undone before reading the link. The mail leaves
 * after the response (lib/after-response.ts), so the page can say « Si un compte existe » before the outbox
 * holds it: wait for it rather than read once.
 */
export async function latestResetPath(to: string, timeoutMs = 15_000): Promise<string> {
  const port = Number(process.env.E2E_PORT ?? 3210);
  const { dataDir } = JSON.parse(readFileSync(join(tmpdir(), `crm-e2e-${port}.json`), "utf8")) as { dataDir: string };
  const dir = join(dataDir, "outbox");
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = (existsSync(dir) ? readdirSync(dir) : [])
      .sort()
      .reverse()
      .map((name) => readFileSync(join(dir, name), "utf8").replace(/=\r?\n/g, "").replace(/=3D/g, "="));
    const mail = mails.find((m) => m.includes(`To: ${to}`));
    const path = mail && /\/(fr|en)\/reset-password\?token=[\w-]+/.exec(mail)?.[0];
    if (path) return path;
    if (Date.now() > deadline) throw new Error(`no reset link mailed to ${to}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
