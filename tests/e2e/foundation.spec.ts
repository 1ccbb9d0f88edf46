import { expect, test } from "@playwright/test";
import { E2E_ADMIN, shot, signIn } from "./helpers";

test("an anonymous visit to a CRM page goes to the login page, which keeps where it was going", async ({ page }) => {
  await page.goto("/fr/admin/users");
  await expect(page).toHaveURL(/\/fr\/login\?callbackUrl=%2Ffr%2Fadmin%2Fusers/);
  await expect(page.getByRole("heading", { name: "Se connecter" })).toBeVisible();
  await shot(page, "login-fr-desktop");
  await page.goto("/en/login");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await shot(page, "login-en-desktop");
});

test("a wrong password gets one clear message", async ({ page }) => {
  await page.goto("/fr/login");
  await page.getByLabel("Adresse courriel").fill("inconnu@exemple.test");
  await page.getByLabel("Mot de passe", { exact: true }).fill("pas le bon");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Adresse courriel ou mot de passe incorrect.");
});

test("the admin signs in, sees the shell in French, switches to English and toggles dark mode", async ({ page }) => {
  await signIn(page);
  await expect(page.getByRole("heading", { name: /Bonjour/ })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Navigation" }).getByRole("link", { name: "Tableau de bord" })).toBeVisible();
  await shot(page, "shell-fr-light-desktop");

  await page.getByRole("switch", { name: "Écran noir" }).first().click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/); // saved for the user
  await shot(page, "shell-fr-dark-desktop");
  await page.getByRole("switch", { name: "Écran noir" }).first().click();
  await page.getByRole("switch", { name: "Style compact" }).first().click();
  await expect(page.locator("html")).toHaveClass(/compact/);
  await shot(page, "shell-fr-compact-desktop");
  await page.getByRole("switch", { name: "Style compact" }).first().click();

  await page.goto("/fr/admin/users");
  await page.getByRole("button", { name: "Menu du profil" }).click();
  await page.getByRole("menuitemradio", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/users$/); // same page, other language
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  await shot(page, "users-en-desktop");
  await page.getByRole("button", { name: "Profile menu" }).click();
  await page.getByRole("menuitemradio", { name: "Français" }).click();
  await expect(page).toHaveURL(/\/fr\/admin\/users$/);
});

test("an admin creates a staff account, who then signs in and cannot open the admin pages", async ({ page, browser }) => {
  await signIn(page);
  await page.goto("/fr/admin/users/new");
  await page.getByLabel("Nom").fill("Inuk Testeur");
  await page.getByLabel("Adresse courriel").fill("inuk.testeur@exemple.test");
  await page.getByLabel("Mot de passe").fill("court");
  await page.getByRole("button", { name: "Sauvegarder" }).click();
  await expect(page.getByText("Au moins 8 caractères.", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Nom")).toHaveValue("Inuk Testeur"); // what was typed is kept
  await page.getByLabel("Mot de passe").fill("toundra et lichen");
  await page.getByRole("button", { name: "Sauvegarder" }).click();
  await expect(page).toHaveURL(/\/fr\/admin\/users\?done=created$/);
  await expect(page.getByRole("link", { name: "Inuk Testeur" })).toBeVisible();

  const staff = await browser.newContext();
  const staffPage = await staff.newPage();
  await signIn(staffPage, "inuk.testeur@exemple.test", "toundra et lichen");
  await staffPage.goto("/fr/admin/users");
  await expect(staffPage).not.toHaveURL(/admin\/users/);

  // Deactivation applies on the staff member's next request.
  await page.getByRole("row", { name: /Inuk Testeur/ }).getByRole("button", { name: "Désactiver" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Désactiver" }).click();
  await expect(page.getByRole("row", { name: /Inuk Testeur/ })).toContainText("Désactivé");
  await staffPage.goto("/fr");
  await expect(staffPage).toHaveURL(/\/fr\/login/);
  await staff.close();
});

test("forgotten password: same answer for any address, and the link from the email works once", async ({ page }) => {
  await page.goto("/fr/login");
  await page.getByRole("link", { name: "Mot de passe oublié" }).click();
  await expect(page.getByRole("heading", { name: "Mot de passe oublié" })).toBeVisible();
  await page.getByLabel("Adresse courriel").fill("personne@exemple.test");
  await page.getByRole("button", { name: "Envoyer le lien" }).click();
  await expect(page.getByRole("status")).toContainText("Si un compte existe");
  await page.goto("/fr/reset-password?token=nonexistent-token-value");
  await expect(page.getByText("Ce lien n'est plus valide")).toBeVisible();
  void E2E_ADMIN;
});

test.describe("phone width", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the shell fits a 390-pixel phone with the menu behind a button", async ({ page }) => {
    await page.goto("/fr/login");
    await shot(page, "login-fr-phone");
    await signIn(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.getByRole("button", { name: "Ouvrir le menu" }).click();
    await expect(page.getByRole("dialog").getByRole("link", { name: "Tableau de bord" })).toBeVisible();
    await shot(page, "shell-fr-phone-menu");
    await page.keyboard.press("Escape");
    await page.goto("/en/admin/users");
    await shot(page, "users-en-phone");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
