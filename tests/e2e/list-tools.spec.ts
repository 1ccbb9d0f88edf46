import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { parseCsv } from "../helpers/csv";
import { shot, signIn } from "./helpers";

// Issue 9's « Done when », in a browser: filter on two fields, save, leave, come back and apply; choose and order
// columns; export and read the file; a mass update of 500 filtered records with its progress bar. The rows are
// written straight to the test server's database first (every person here is invented), in a town no other spec uses, because
// the flows share one database and other specs create Iqaluit clients.
test.describe.configure({ mode: "serial" });

const port = Number(process.env.E2E_PORT ?? 3210);

test.beforeAll(() => {
  const { dataDir } = JSON.parse(readFileSync(join(tmpdir(), `crm-e2e-${port}.json`), "utf8")) as { dataDir: string };
  // Straight SQL, as scripts/bench.ts loads its rows (dates the way Prisma's SQLite adapter writes them).
  const db = new Database(join(dataDir, "crm.db"));
  const now = new Date().toISOString().replace("Z", "+00:00");
  const insert = db.prepare(
    `INSERT INTO "Client" (id, firstName, lastName, city, fileStatus, fileStatusFr, fileStatusEn, clientStatus, clientStatusFr, clientStatusEn, sortName, nameKey, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'newcomer', 'Nouvel arrivant', 'Newcomer', ?, ?, ?, ?)`,
  );
  const row = (firstName: string, lastName: string, city: string, fileStatus = "open") => {
    const key = `${lastName} ${firstName}`.toLowerCase();
    insert.run(`c${randomBytes(12).toString("hex")}`, firstName, lastName, city, fileStatus, fileStatus === "open" ? "Ouvert" : "Fermé", fileStatus === "open" ? "Open" : "Closed", key, key, now, now);
  };
  db.transaction(() => {
    row("Élodie", "Côté-Tremblay", "Kimmirut");
    row("", `=HYPERLINK("http://evil.example","clic")`, "Kimmirut");
    row("Hors", "Filtre", "Kimmirut", "closed");
    for (let i = 0; i < 500; i++) row("Lot", `Pangnirtung ${String(i).padStart(3, "0")}`, "Pangnirtung");
  })();
  db.close();
});

async function addCriterion(page: Page, field: string) {
  await page.getByRole("combobox", { name: "Ajouter un critère" }).selectOption({ label: field });
  await page.getByRole("button", { name: "Ajouter", exact: true }).click();
}

test("filter on two fields, save, leave, come back and apply; choose columns; export", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page);
  await page.goto("/fr/clients");
  await page.getByText("Filtre avancé").click();
  await addCriterion(page, "Ville");
  await page.getByRole("textbox", { name: "Valeur pour Ville" }).fill("Kimm");
  await addCriterion(page, "Statut du dossier");
  await page.getByRole("group", { name: "Valeur pour Statut du dossier" }).getByRole("checkbox", { name: "Ouvert" }).check();
  await shot(page, "list-filter-panel-fr-desktop");
  await page.getByRole("button", { name: "Rechercher" }).last().click();
  await expect(page).toHaveURL(/f\.city=contains&f\.city\.v=Kimm/);
  const table = page.getByRole("table", { name: "Clients" });
  await expect(table.getByRole("row")).toHaveCount(3);

  await page.getByRole("button", { name: "Enregistrer le filtre" }).click();
  await page.getByRole("dialog").getByRole("textbox", { name: "Nom du filtre" }).fill("Kimmirut ouverts");
  await page.getByRole("dialog").getByRole("button", { name: "Enregistrer le filtre" }).click();
  await expect(page.getByRole("button", { name: "Mes filtres (1)" })).toBeVisible();

  await page.goto("/fr/partners");
  await page.goto("/fr/clients");
  await expect(table.getByRole("row")).toHaveCount(51);
  await page.getByRole("button", { name: "Mes filtres (1)" }).click();
  await page.getByRole("link", { name: "Appliquer « Kimmirut ouverts »" }).click();
  await expect(table.getByRole("row")).toHaveCount(3);

  await page.getByRole("button", { name: "Afficher colonnes" }).click();
  const chooser = page.getByRole("dialog");
  for (const name of ["Téléphone", "Adresse courriel", "Statut du client", "CV à jour"]) await chooser.getByRole("checkbox", { name, exact: true }).uncheck();
  await chooser.getByRole("checkbox", { name: "Ville", exact: true }).check();
  // Up until Ville comes right after Nom.
  const items = chooser.getByRole("listitem");
  while ((await items.nth(1).innerText()).trim() !== "Ville") await chooser.getByRole("button", { name: "Monter Ville" }).click();
  await shot(page, "list-columns-fr-desktop");
  await chooser.getByRole("button", { name: "Appliquer" }).click();
  await expect(table.getByRole("columnheader")).toHaveText(["", /Nom/, /Ville/, /Statut du dossier/, "Aperçu"]);

  await page.getByRole("button", { name: "Exporter" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("dialog").getByRole("button", { name: "Télécharger" }).click()]);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes.subarray(3).toString("utf8"), ";");
  expect(rows[0]).toEqual(["Nom", "Ville", "Statut du dossier"]);
  expect(rows.slice(1).sort()).toEqual([
    [`'=HYPERLINK("http://evil.example","clic")`, "Kimmirut", "Ouvert"],
    ["Élodie Côté-Tremblay", "Kimmirut", "Ouvert"],
  ]);
});

test("mass update of 500 filtered records with a progress bar, in the change log", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page);
  await page.goto("/fr/clients?f.city=starts&f.city.v=Pangn&f.fileStatus=in&f.fileStatus.v=open");
  await expect(page.getByText("1–50 sur 500")).toBeVisible();
  await page.getByRole("checkbox", { name: "Sélectionner la page" }).check();
  await page.getByRole("button", { name: "Sélectionner les 500 fiches correspondantes" }).click();
  await expect(page.getByText("Sélection : 500")).toBeVisible();
  await shot(page, "list-bulk-bar-fr-desktop");
  await page.getByRole("button", { name: "Action Lot" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("combobox", { name: "Champ à modifier" }).selectOption({ label: "Statut du dossier" });
  await dialog.getByRole("combobox", { name: "Nouvelle valeur" }).selectOption({ label: "Fermé" });
  await dialog.getByRole("button", { name: "Lancer" }).click();
  await expect(dialog.getByText(/500 fiches seront traitées/)).toBeVisible();
  await dialog.getByRole("button", { name: "Lancer" }).click();
  await expect(dialog.getByRole("progressbar", { name: "Avancement de l'action lot" })).toBeVisible();
  await expect(dialog.getByRole("status")).toHaveText(/500 fiches traitées ; échecs : 0/, { timeout: 150_000 });
  await page.keyboard.press("Escape");
  await expect(page.getByText("Aucune fiche pour l'instant.").or(page.getByText(/0 fiche/))).toBeVisible();
  await page.goto("/fr/clients?f.city=starts&f.city.v=Pangn&f.fileStatus=in&f.fileStatus.v=closed");
  await page.getByRole("table", { name: "Clients" }).getByRole("link", { name: "Lot Pangnirtung 000", exact: true }).click();
  await expect(page.getByRole("region", { name: "Journal des modifications" }).getByText("Fermé").first()).toBeVisible();
});

// Looked at by a person, not asserted: only when screenshots are asked for (E2E_SCREENSHOTS=1).
test("screens of the list tools, French and English, desktop and phone", async ({ page }) => {
  test.skip(!process.env.E2E_SCREENSHOTS, "screenshots only");
  test.setTimeout(120_000);
  for (const locale of ["fr", "en"] as const) {
    await signIn(page, undefined, undefined, locale);
    for (const [device, width] of [["desktop", 1280], ["phone", 390]] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/${locale}/clients?f.city=contains&f.city.v=Kimm&f.fileStatus=in&f.fileStatus.v=open&f.cvUpToDate=is&f.cvUpToDate.v=0`);
      await shot(page, `list-filter-${locale}-${device}`);
      await page.getByRole("button", { name: locale === "fr" ? "Afficher colonnes" : "Show columns" }).click();
      await shot(page, `list-columns-${locale}-${device}`);
      await page.keyboard.press("Escape");
      await page.getByRole("checkbox", { name: locale === "fr" ? "Sélectionner la page" : "Select the page" }).first().check();
      await shot(page, `list-bulk-${locale}-${device}`);
      await page.getByRole("button", { name: locale === "fr" ? "Action Lot" : "Bulk action" }).click();
      await shot(page, `list-bulk-dialog-${locale}-${device}`);
      await page.keyboard.press("Escape");
    }
    await page.context().clearCookies();
  }
});
