import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// Small behaviours of issue 7: actions say what they did, the right panel stays as the user left it, sheets
// close with « Fermer ». Every person here is invented.
test.describe.configure({ mode: "serial" });

test("user administration confirms each action with a visible message", async ({ page }) => {
  await signIn(page);
  await page.goto("/fr/admin/users/new");
  await page.getByLabel("Nom").fill("Siqiniq Confirmation");
  await page.getByLabel("Adresse courriel").fill("siqiniq.confirmation@exemple.test");
  await page.getByLabel("Mot de passe").fill("soleil de minuit");
  await page.getByRole("button", { name: "Sauvegarder" }).click();
  await expect(page.getByRole("status")).toHaveText("Utilisateur créé.");

  await page.getByRole("link", { name: "Siqiniq Confirmation" }).click();
  await page.getByLabel("Nom").fill("Siqiniq Confirmée");
  await page.getByRole("button", { name: "Sauvegarder" }).click();
  await expect(page.getByRole("status")).toHaveText("Utilisateur mis à jour.");

  const row = page.getByRole("row", { name: /Siqiniq Confirmée/ });
  await row.getByRole("button", { name: "Désactiver" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Désactiver" }).click();
  await expect(page.getByRole("status")).toHaveText("Utilisateur désactivé : ses sessions sont fermées.");
  await expect(row).toContainText("Désactivé");
  await row.getByRole("button", { name: "Réactiver" }).click();
  await expect(page.getByRole("status")).toHaveText("Utilisateur réactivé.");
  await expect(row).toContainText("Actif");
});

test("signing out says so, in the user's language", async ({ page }) => {
  await signIn(page, undefined, undefined, "en");
  await page.getByRole("button", { name: /Profile menu/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en\/login\?reason=signedOut$/);
  await expect(page.getByRole("status")).toHaveText("You are signed out.");
  await page.goto("/en");
  await expect(page).toHaveURL(/\/en\/login/); // really signed out
});

test.describe("wide screen", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("the right panel can be closed and stays closed, rendered so by the server", async ({ page }) => {
    await signIn(page);
    const panel = page.getByRole("complementary", { name: "Affichage et dernières consultations" });
    await expect(panel).toBeVisible();
    await page.getByRole("button", { name: "Masquer le panneau de droite" }).click();
    await expect(panel).toBeHidden();
    await expect(page.getByRole("button", { name: "Afficher le panneau de droite" })).toHaveAttribute("aria-expanded", "false");

    // The HTML itself has no panel: nothing flashes before scripts run.
    const html = await (await page.request.get("/fr")).text();
    expect(html).not.toContain('id="right-panel"');
    await page.reload();
    await expect(panel).toBeHidden();
    await page.goto("/fr/admin/users");
    await expect(panel).toBeHidden();

    await page.getByRole("button", { name: "Afficher le panneau de droite" }).click();
    await expect(panel).toBeVisible();
    expect(await (await page.request.get("/fr")).text()).toContain('id="right-panel"');
    await page.reload();
    await expect(panel).toBeVisible();
  });
});

test.describe("narrow screen", () => {
  test.use({ viewport: { width: 800, height: 900 } });

  test("the sheets close with a button that says « Fermer »", async ({ page }) => {
    await signIn(page);
    await page.getByRole("button", { name: "Ouvrir le menu" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Fermer" }).click();
    await expect(page.getByRole("dialog")).toBeHidden();
    await page.getByRole("button", { name: "Affichage et dernières consultations" }).click();
    await expect(page.getByRole("dialog").getByRole("switch", { name: "Écran noir" })).toBeVisible();
    await page.getByRole("dialog").getByRole("button", { name: "Fermer" }).click();
    await expect(page.getByRole("dialog")).toBeHidden();
  });
});
