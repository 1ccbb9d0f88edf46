import { expect, test, type Page } from "@playwright/test";
import { shot, signIn } from "./helpers";

// The office kiosk (guide Partie 1 §14): a visitor at the entrance tablet, then staff finding the visit. Every
// person here is invented.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const VISITOR = { first: "Kenojuak", last: "Ashevak-Essai", email: "kenojuak.e2e@exemple.test" };

async function register(page: Page, comment: string) {
  await page.locator("#kiosk-firstName").fill(VISITOR.first);
  await page.locator("#kiosk-lastName").fill(VISITOR.last);
  await page.locator("#kiosk-email").fill(VISITOR.email);
  await page.locator("#kiosk-reason").selectOption("emploi");
  await page.locator("#kiosk-comment").fill(comment);
  await page.locator("#kiosk-consent").check();
  await page.getByRole("button", { name: /Envoyer/ }).click();
}

test("a visitor registers twice at /Registration; staff find one client with both visits in SAE", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("/Registration");
  await expect(page).toHaveURL(/\/fr\/registration$/);
  await expect(page.getByRole("heading", { name: /Bienvenue au Carrefour Nunavut/ })).toBeVisible();
  await shot(page, "kiosk-fr-tablet");
  await page.getByRole("button", { name: /Envoyer/ }).click();
  await expect(page.getByText("Votre accord est nécessaire pour enregistrer la visite.")).toBeVisible();
  await shot(page, "kiosk-errors-fr-tablet");

  await register(page, "<b>Première</b> visite");
  await expect(page.getByRole("heading", { name: /Merci !/ })).toBeVisible();
  await shot(page, "kiosk-thanks-fr-tablet");
  await page.getByRole("button", { name: "Nouvelle inscription" }).click();
  await expect(page.locator("#kiosk-firstName")).toHaveValue("");
  await register(page, "Deuxième visite");
  await expect(page.getByRole("heading", { name: /Merci !/ })).toBeVisible();

  await signIn(page);
  // Signed in or not, the kiosk offers no way into the CRM.
  await page.goto("/fr/registration");
  await expect(page.locator("#kiosk-firstName")).toBeVisible();
  expect(await page.locator("a[href]").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual(["/en/registration", "/fr/registration/privacy"]);

  await page.goto(`/fr/clients?q=${encodeURIComponent(VISITOR.last)}`);
  await expect(page.getByRole("table").getByRole("link", { name: `${VISITOR.first} ${VISITOR.last}`, exact: true })).toHaveCount(1);
  await page.goto("/fr/sae/visits");
  const visits = page.getByRole("region", { name: /Visites d'aujourd'hui/ });
  await expect(visits.getByRole("link", { name: `${VISITOR.first} ${VISITOR.last}`, exact: true })).toHaveCount(2);
  await expect(visits.getByText("<b>Première</b> visite")).toBeVisible();
  await shot(page, "sae-visits-fr-desktop");
  await visits.getByRole("link", { name: `${VISITOR.first} ${VISITOR.last}`, exact: true }).first().click();
  await expect(page.getByRole("heading", { name: `${VISITOR.first} ${VISITOR.last}` })).toBeVisible();
  await expect(page.getByRole("region", { name: /Visites au bureau/ }).getByText("Deuxième visite")).toBeVisible();
});

test.describe("without scripts", () => {
  test.use({ javaScriptEnabled: false });
  test("a refused form keeps what was typed; a correct one reaches the thank-you page", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/registration");
    await page.locator("#kiosk-firstName").fill("Pauloosie");
    await page.locator("#kiosk-phone").fill("867 979 4410");
    await page.locator("#kiosk-reason").selectOption("cv");
    await page.locator("#kiosk-consent").check();
    await page.getByRole("button", { name: /Envoyer/ }).click();
    await expect(page).toHaveURL(/\/fr\/registration\?r=/);
    await expect(page.getByText("Certains champs sont à corriger.")).toBeVisible();
    await expect(page.locator("#kiosk-firstName")).toHaveValue("Pauloosie");
    await expect(page.locator("#kiosk-phone")).toHaveValue("867 979 4410");
    await shot(page, "kiosk-errors-fr-phone");
    await page.locator("#kiosk-lastName").fill("Akeeagok-Essai");
    await page.getByRole("button", { name: /Envoyer/ }).click();
    await expect(page).toHaveURL(/\/fr\/registration\/thanks$/);
    await expect(page.getByRole("heading", { name: /Merci/ })).toBeVisible();
    await shot(page, "kiosk-thanks-fr-phone");
  });
});
