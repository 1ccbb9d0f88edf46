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
