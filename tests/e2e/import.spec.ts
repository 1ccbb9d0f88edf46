import { expect, test, type Page } from "@playwright/test";
import { shot, signIn } from "./helpers";
import { suiteCrmClients } from "../fixtures/import/suitecrm";

// The import wizard end to end on a small SuiteCRM-style export (the 50,000-row measurement is
// scripts/bench/import.ts): dry run → run → the same file again updates → undo.
const ROWS = 200;
const csv = suiteCrmClients({ rows: ROWS, badEvery: 100, idPrefix: "e2e" });
const STATUS = { New: "newcomer", Assigned: "jobSeeker", "In Process": "jobSeeker", Converted: "permanentResident" };

/** Desktop and phone screenshots of a wizard screen when E2E_SCREENSHOTS is set. */
async function shots(page: Page, name: string) {
  if (!process.env.E2E_SCREENSHOTS) return;
  await shot(page, `${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, `${name}-390`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function upload(page: Page) {
  await page.goto("/fr/import");
  await shots(page, "import-start-fr");
  await page.getByLabel("Module", { exact: true }).selectOption("clients");
  await page.getByLabel("Fichier CSV").setInputFiles({ name: "clients-suitecrm.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "Téléverser et continuer" }).click();
  await expect(page.getByRole("heading", { name: "Associer les colonnes aux champs" })).toBeVisible();
  await expect(page.getByLabel("Last Name")).toHaveValue("lastName");
  await shots(page, "import-map-fr");
  const jobUrl = page.url();
  await page.getByRole("button", { name: "Continuer" }).click();
  for (const [found, ours] of Object.entries(STATUS)) await page.getByLabel(found, { exact: true }).selectOption(ours);
  await page.getByRole("button", { name: "Continuer" }).click();
  return jobUrl;
}

async function dryThenRun(page: Page, policy: string) {
  await page.getByLabel(policy).check();
  await page.getByRole("button", { name: "Lancer l'essai à blanc" }).click();
  await expect(page.getByRole("heading", { name: "Résultat de l'essai à blanc" })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Lancer l'importation" }).click();
  await expect(page.getByRole("heading", { name: "Importation terminée" })).toBeVisible({ timeout: 40_000 });
}

test("import clients: dry run names the bad rows, run, re-import updates, undo", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page);
  const first = await upload(page);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(11);
  await shots(page, "import-policy-fr");
  await page.getByLabel("Ignorer la ligne (garder la fiche existante)").check();
  await page.getByRole("button", { name: "Lancer l'essai à blanc" }).click();
  await expect(page.getByRole("heading", { name: "Résultat de l'essai à blanc" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("import-counts")).toHaveText("198 créées · 0 mise à jour · 0 ignorée · 2 refusées");
  const refused = page.getByRole("table").getByRole("row");
  await expect(refused.nth(1)).toContainText("101");
  await expect(refused.nth(1)).toContainText("Adresse courriel");
  await expect(refused.nth(2)).toContainText("201");
  await shots(page, "import-dry-fr");
  const report = await page.request.get(`${first.replace(/\/fr\/import\//, "/api/import/")}/report?dry=1`);
  expect(await report.text()).toContain("101;Refusée;");
  await page.getByRole("button", { name: "Lancer l'importation" }).click();
  await expect(page.getByRole("heading", { name: "Importation terminée" })).toBeVisible({ timeout: 40_000 });
  await expect(page.getByTestId("import-counts")).toHaveText("198 créées · 0 mise à jour · 0 ignorée · 2 refusées");

  // The same file again: matched on the old CRM's ID, updated, nothing duplicated.
  await upload(page);
  await dryThenRun(page, "Mettre à jour la fiche existante");
  await expect(page.getByTestId("import-counts")).toHaveText("0 créée · 198 mises à jour · 0 ignorée · 2 refusées");

  // Undo the first import: what it created goes to the recycle bin.
  await page.goto(first);
  await page.getByRole("button", { name: "Annuler l'importation" }).click();
  await expect(page.getByRole("heading", { name: "Importation annulée" })).toBeVisible({ timeout: 30_000 });
  await page.goto("/fr/admin/recycle-bin");
  await expect(page.getByText(/^Éloïse /).first()).toBeVisible();
});
