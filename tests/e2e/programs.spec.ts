import { expect, test, type Page } from "@playwright/test";
import { shot, signIn } from "./helpers";

// Gestion des programmes, Services and SAE (guide Partie 1 §12–14 and the annex). Invented people only.
test.describe.configure({ mode: "serial", timeout: 120_000 });

async function newClient(page: Page, first: string, last: string): Promise<string> {
  await page.goto("/fr/clients/new");
  await page.getByRole("textbox", { name: "Prénom", exact: true }).fill(first);
  await page.getByRole("textbox", { name: "Nom de famille", exact: true }).fill(last);
  await page.getByRole("button", { name: "Sauvegarder" }).first().click();
  await expect(page.getByRole("heading", { name: `${first} ${last}` })).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop()!;
}

async function newService(page: Page, clientId: string, service: string, number: string) {
  await page.goto(`/fr/services/new?clientId=${clientId}`);
  await page.getByRole("combobox", { name: "Nom du service" }).selectOption({ label: service });
  await page.getByRole("textbox", { name: "Numéro de l'activité" }).fill(number);
  await page.getByRole("button", { name: "Sauvegarder" }).first().click();
}

test("two participants share an activity number; another service name with it is refused", async ({ page }) => {
  await signIn(page);
  const first = await newClient(page, "Leetia", "Nowdlak-Essai");
  const second = await newClient(page, "Jaypeetee", "Arnakak-Essai");
  await page.getByRole("region", { name: /Services/ }).getByRole("link", { name: "Créer un service" }).click();
  await expect(page).toHaveURL(new RegExp(`/fr/services/new\\?clientId=${second}`));

  await newService(page, first, "Atelier CV", "E2E-2026-01");
  await expect(page.getByRole("heading", { name: "Leetia Nowdlak-Essai" })).toBeVisible();
  await newService(page, second, "Atelier CV", "e2e-2026-01");
  await expect(page.getByRole("heading", { name: "Jaypeetee Arnakak-Essai" })).toBeVisible();
  await newService(page, second, "Orientation et information", "E2E-2026-01");
  await expect(page.getByText("Le numéro E2E-2026-01 appartient déjà à l'activité « Atelier CV ».", { exact: false }).first()).toBeVisible();
  await shot(page, "service-refused-fr-desktop");

  await page.goto(`/fr/clients/${second}`);
  await expect(page.getByRole("region", { name: /Services/ }).getByText("E2E-2026-01")).toBeVisible();
  await page.goto("/fr/services/activity-numbers");
  await expect(page.getByRole("link", { name: "2 services" })).toBeVisible();
  await shot(page, "activity-numbers-fr-desktop");
});

test("a second SAE file with a taken « Identification du dossier » is refused with the next free number", async ({ page }) => {
  await signIn(page);
  const clientId = await newClient(page, "Malaya", "Uyarasuk-Essai");
  const year = new Date().getUTCFullYear();
  for (const attempt of [1, 2]) {
    await page.goto(`/fr/sae/new?clientId=${clientId}`);
    await page.getByRole("textbox", { name: "Identification du dossier" }).fill(`SAE-${year}-0001`);
    await page.getByRole("button", { name: "Sauvegarder" }).first().click();
    if (attempt === 1) await expect(page.getByRole("heading", { name: `SAE-${year}-0001` })).toBeVisible();
  }
  await expect(page.getByText(`Le numéro de dossier SAE-${year}-0001 est déjà pris. Prochain numéro libre : SAE-${year}-0002.`).first()).toBeVisible();
  await shot(page, "sae-refused-fr-desktop");
  await page.goto("/en/sae");
  await expect(page.getByRole("table").getByRole("link", { name: `SAE-${year}-0001`, exact: true })).toBeVisible();
  await shot(page, "sae-list-en-desktop");
});
