import { expect, test, type Page } from "@playwright/test";
import { shot, signIn } from "./helpers";

// The guide's Partie 2 §2 and Partie 3, followed in a browser. Every person and company here is invented.
test.describe.configure({ mode: "serial" });

async function fill(page: Page, label: string, value: string) {
  await page.getByRole("textbox", { name: label, exact: true }).fill(value);
}

test("partner, then a contact linked through « Nom du partenaire », seen on the partner's page", async ({ page }) => {
  await signIn(page);
  await page.getByRole("navigation", { name: "Navigation" }).getByRole("link", { name: "Partenaires" }).click();
  await page.getByRole("navigation", { name: "Navigation" }).getByRole("link", { name: "Créer un partenaire" }).click();
  await fill(page, "Nom", "Construction Qimmiq Test");
  await page.getByRole("combobox", { name: "Type", exact: true }).selectOption({ label: "Entreprise" });
  await fill(page, "Site Web", "javascript:alert(1)");
  await page.getByRole("button", { name: "Sauvegarder" }).first().click();
  await expect(page.getByText("Entrez une adresse web commençant par http:// ou https://.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Nom", exact: true })).toHaveValue("Construction Qimmiq Test");
  await fill(page, "Site Web", "https://qimmiq.example.test");
  await page.getByRole("button", { name: "Sauvegarder" }).first().click();
  await expect(page.getByRole("heading", { name: "Construction Qimmiq Test" })).toBeVisible();
  const partnerUrl = page.url();

  await page.goto("/fr/contacts/new");
  await fill(page, "Prénom", "Philippe");
  await fill(page, "Nom de famille", "Mitchell-Test");
  await fill(page, "Email", "p.mitchell@qimmiq.example.test");
  const picker = page.getByRole("combobox", { name: "Nom du partenaire" });
  await picker.fill("qimm");
  await page.getByRole("option", { name: /Construction Qimmiq Test/ }).click();
  await expect(page.getByRole("button", { name: "Retirer" })).toBeVisible();
  await shot(page, "contact-form-fr-desktop");
  await page.getByRole("button", { name: "Sauvegarder" }).first().click();
  await expect(page.getByRole("heading", { name: "Philippe Mitchell-Test" })).toBeVisible();

  await page.goto(partnerUrl);
  await expect(page.getByRole("region", { name: /Contacts/ }).getByRole("link", { name: "Philippe Mitchell-Test" })).toBeVisible();
  await shot(page, "partner-detail-fr-desktop");
});

test("a client from the dashboard, then the duplicate warning for a second one with the same email", async ({ page }) => {
  await signIn(page);
  await page.getByRole("link", { name: "Nouveau client" }).click();
  await fill(page, "Prénom", "Marie");
  await fill(page, "Nom de famille", "Côté-Tremblay");
  await fill(page, "Adresse courriel", "marie.ct@exemple.test");
  await fill(page, "Téléphone", "867-979-5501");
  await page.getByRole("button", { name: "Sauvegarder" }).first().click();
  await expect(page.getByRole("heading", { name: "Marie Côté-Tremblay" })).toBeVisible();

  await page.getByRole("button", { name: "Créer rapidement" }).click();
  await page.getByRole("menuitem", { name: "Créer un client" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "Nouveau client" })).toBeVisible();
  await dialog.getByRole("textbox", { name: "Nom de famille", exact: true }).fill("Tremblay");
  await dialog.getByRole("textbox", { name: "Adresse courriel", exact: true }).fill("MARIE.CT@exemple.test");
  await expect(dialog.getByText("Des fiches semblables existent déjà")).toBeVisible();
  await expect(dialog.getByRole("link", { name: /Marie Côté-Tremblay/ })).toBeVisible();
  await shot(page, "client-quick-create-duplicate-fr-desktop");
  await dialog.getByRole("button", { name: "Sauvegarder" }).last().click();
  await expect(page.getByRole("heading", { name: "Tremblay" })).toBeVisible(); // the user may still create
});

test("find a client by part of the name without accents, edit inline, star it, see it in Favoris and Dernières consultations", async ({ page }) => {
  await signIn(page);
  await page.goto("/fr/clients");
  await page.getByPlaceholder("Saisissez une partie du nom").fill("cote mar");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/q=cote\+mar|q=cote%20mar/);
  await page.getByRole("link", { name: "Marie Côté-Tremblay" }).first().click();
  await expect(page.getByRole("heading", { name: "Marie Côté-Tremblay" })).toBeVisible();

  await page.getByRole("button", { name: "Modifier Ville" }).click();
  await page.getByRole("textbox", { name: "Ville", exact: true }).fill("Iqaluit");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Iqaluit").first()).toBeVisible();
  await page.reload();
  await expect(page.getByText("Iqaluit").first()).toBeVisible();
  await expect(page.getByText("Journal des modifications")).toBeVisible();

  await page.getByRole("button", { name: "Favori", exact: true, pressed: false }).click();
  await expect(page.getByRole("button", { name: "Favori", exact: true, pressed: true })).toBeVisible();
  await page.goto("/fr");
  await page.getByRole("button", { name: "Favoris" }).click();
  await expect(page.getByRole("menuitem", { name: "Marie Côté-Tremblay" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("complementary").getByRole("link", { name: "Marie Côté-Tremblay" })).toBeVisible();
  await shot(page, "dashboard-fr-desktop");
});

test("walk the list with « Sauvegarder et continuer »", async ({ page }) => {
  await signIn(page);
  for (const name of ["Aalto", "Baptiste", "Cissé"]) {
    await page.goto("/fr/clients/new");
    await fill(page, "Nom de famille", `${name}-Parcours`);
    await page.getByRole("button", { name: "Sauvegarder" }).first().click();
    await expect(page.getByRole("heading", { name: `${name}-Parcours` })).toBeVisible();
  }
  await page.goto("/fr/clients?q=parcours");
  await shot(page, "clients-list-fr-desktop");
  await page.getByRole("link", { name: "Aalto-Parcours" }).first().click();
  await expect(page.getByText("1/3")).toBeVisible();
  await page.getByRole("link", { name: "Modifier" }).first().click();
  await page.getByRole("textbox", { name: "Ville", exact: true }).fill("Igloolik");
  await page.getByRole("button", { name: "Sauvegarder et continuer" }).first().click();
  await expect(page.getByRole("textbox", { name: "Nom de famille", exact: true })).toHaveValue("Baptiste-Parcours");
  await page.getByRole("button", { name: "Sauvegarder et continuer" }).first().click();
  await expect(page.getByRole("textbox", { name: "Nom de famille", exact: true })).toHaveValue("Cissé-Parcours");
});

test("the same screens in English", async ({ page }) => {
  await signIn(page, undefined, undefined, "en");
  await page.goto("/en/clients?q=parcours");
  await expect(page.getByRole("heading", { name: "Clients" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: /File status/ })).toBeVisible();
  await shot(page, "clients-list-en-desktop");
  await page.getByRole("link", { name: "Aalto-Parcours" }).first().click();
  await expect(page.getByText("Overview").first()).toBeVisible();
  await shot(page, "client-detail-en-desktop");
});

test.describe("phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the client list turns into cards and the detail fits", async ({ page }) => {
    await signIn(page);
    await page.goto("/fr/clients?q=parcours");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, "clients-list-fr-phone");
    await page.getByRole("link", { name: "Aalto-Parcours" }).first().click();
    await expect(page.getByRole("heading", { name: "Aalto-Parcours" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, "client-detail-fr-phone");
  });
});

test("a record that does not exist, and an unknown address, say so in the user's language", async ({ page }) => {
  await signIn(page);
  await page.goto("/fr/clients/nexiste-pas");
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  await page.goto("/en/nowhere/at/all");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
