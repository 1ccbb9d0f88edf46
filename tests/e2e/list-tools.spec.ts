import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/db-client";
import { parseCsv } from "../helpers/csv";
import { shot, signIn } from "./helpers";

// Issue 9's « Done when », in a browser: filter on two fields, save, leave, come back and apply; choose and order
// columns; export and read the file; a mass update of 500 filtered records with its progress bar. The rows are
// written straight to the test server's database first (every person here is invented).
test.describe.configure({ mode: "serial" });

const port = Number(process.env.E2E_PORT ?? 3210);

test.beforeAll(async () => {
  const { dataDir } = JSON.parse(readFileSync(join(tmpdir(), `crm-e2e-${port}.json`), "utf8")) as { dataDir: string };
  const db = createPrismaClient(`file:${join(dataDir, "crm.db")}`);
  const row = (firstName: string, lastName: string, city: string, fileStatus = "open") => ({
    firstName,
    lastName,
    city,
    fileStatus,
    fileStatusFr: fileStatus === "open" ? "Ouvert" : "Fermé",
    fileStatusEn: fileStatus === "open" ? "Open" : "Closed",
    clientStatus: "newcomer",
    clientStatusFr: "Nouvel arrivant",
    clientStatusEn: "Newcomer",
    sortName: `${lastName} ${firstName}`.toLowerCase(),
    nameKey: `${lastName} ${firstName}`.toLowerCase(),
  });
  await db.client.createMany({
    data: [
      row("Élodie", "Côté-Tremblay", "Iqaluit"),
      row("", `=HYPERLINK("http://evil.example","clic")`, "Iqaluit"),
      row("Hors", "Filtre", "Iqaluit", "closed"),
      ...Array.from({ length: 500 }, (_, i) => row("Lot", `Pangnirtung ${String(i).padStart(3, "0")}`, "Pangnirtung")),
    ],
  });
  await db.$disconnect();
});

async function addCriterion(page: Page, field: string) {
  await page.getByRole("combobox", { name: "Ajouter un critère" }).selectOption({ label: field });
  await page.getByRole("button", { name: "Ajouter", exact: true }).click();
}

test("filter on two fields, save, leave, come back and apply; choose columns; export", async ({ page }) => {
  await signIn(page);
  await page.goto("/fr/clients");
  await page.getByText("Filtre avancé").click();
  await addCriterion(page, "Ville");
  await page.getByRole("textbox", { name: "Valeur pour Ville" }).fill("Iqal");
  await addCriterion(page, "Statut du dossier");
  await page.getByRole("group", { name: "Valeur pour Statut du dossier" }).getByRole("checkbox", { name: "Ouvert" }).check();
  await shot(page, "list-filter-panel-fr-desktop");
  await page.getByRole("button", { name: "Rechercher" }).last().click();
  await expect(page).toHaveURL(/f\.city=contains&f\.city\.v=Iqal/);
  const table = page.getByRole("table", { name: "Clients" });
  await expect(table.getByRole("row")).toHaveCount(3);

  await page.getByRole("button", { name: "Enregistrer le filtre" }).click();
  await page.getByRole("dialog").getByRole("textbox", { name: "Nom du filtre" }).fill("Iqaluit ouverts");
  await page.getByRole("dialog").getByRole("button", { name: "Enregistrer le filtre" }).click();
  await expect(page.getByRole("button", { name: "Mes filtres (1)" })).toBeVisible();

  await page.goto("/fr/partners");
  await page.goto("/fr/clients");
  await expect(table.getByRole("row")).toHaveCount(51);
  await page.getByRole("button", { name: "Mes filtres (1)" }).click();
  await page.getByRole("link", { name: "Appliquer « Iqaluit ouverts »" }).click();
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
    [`'=HYPERLINK("http://evil.example","clic")`, "Iqaluit", "Ouvert"],
    ["Élodie Côté-Tremblay", "Iqaluit", "Ouvert"],
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
  await page.getByRole("table", { name: "Clients" }).getByRole("link", { name: "Lot Pangnirtung 000" }).click();
  await expect(page.getByRole("region", { name: "Journal des modifications" }).getByText("Fermé").first()).toBeVisible();
});
