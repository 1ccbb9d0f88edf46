import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { parseCsv } from "../helpers/csv";
import { E2E_ADMIN, shot, signIn } from "./helpers";

// Issue 13's « Done when », in a browser: open a built-in report for the last quarter, sort a column, export it and
// find the table's totals in the CSV; build, save and share a report on clients grouped by status. Invented rows
// are written straight to the test server's database first.
test.describe.configure({ mode: "serial" });

const port = Number(process.env.E2E_PORT ?? 3210);
const id = () => `c${randomBytes(12).toString("hex")}`;
const COLLEAGUE = "Rapport Collègue";

/** The 15th of the middle month of last quarter, at noon in Iqaluit: inside the period whatever the day. */
function midLastQuarter(): string {
  const now = new Date();
  const quarterStart = Math.floor(now.getUTCMonth() / 3) * 3;
  return new Date(Date.UTC(now.getUTCFullYear(), quarterStart - 2, 15, 17)).toISOString().replace("Z", "+00:00");
}

test.beforeAll(() => {
  const { dataDir } = JSON.parse(readFileSync(join(tmpdir(), `crm-e2e-${port}.json`), "utf8")) as { dataDir: string };
  const db = new Database(join(dataDir, "crm.db"));
  const now = new Date().toISOString().replace("Z", "+00:00");
  const { id: adminId } = db.prepare(`SELECT id FROM "User" WHERE email = ?`).get(E2E_ADMIN.email) as { id: string };
  const client = db.prepare(`INSERT INTO "Client" (id, lastName, firstName, clientStatus, immigrationStatus, sortName, nameKey, createdAt, updatedAt) VALUES (?, ?, 'Rapport', ?, ?, ?, ?, ?, ?)`);
  const call = db.prepare(`INSERT INTO "Call" (id, subject, startAt, activityAt, duration, clientId, assignedUserId, createdAt, updatedAt) VALUES (?, 'Suivi', ?, ?, 15, ?, ?, ?, ?)`);
  const at = midLastQuarter();
  db.transaction(() => {
    db.prepare(`INSERT INTO "User" (id, email, name, role, passwordHash, updatedAt) VALUES (?, ?, ?, 'staff', 'x', ?)`).run(id(), `rapport.${randomBytes(3).toString("hex")}@exemple.test`, COLLEAGUE, now);
    for (const [name, status, immigration] of [["Aputi", "newcomer", "refugee"], ["Bernier", "newcomer", "citizen"], ["Carvalho", "jobSeeker", null], ["Dion", "other", null]] as const) {
      const clientId = id();
      client.run(clientId, name, status, immigration, name.toLowerCase(), name.toLowerCase(), "2024-01-10T12:00:00.000+00:00", now);
      call.run(id(), at, at, clientId, adminId, now, now);
    }
  })();
  db.close();
});

test("a built-in report for the last quarter: sort a column, export, the CSV totals match the table", async ({ page }) => {
  await signIn(page);
  await page.goto("/fr/reports");
  await shot(page, "reports-list-fr-desktop");
  await page.getByRole("link", { name: "Clients servis" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Clients servis" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Période" })).toHaveValue("lastQuarter");
  const table = page.getByTestId("report-table");
  await table.getByRole("link", { name: "Trier par « Clients servis »" }).click();
  await expect(table.getByRole("columnheader", { name: /Clients servis/ })).toHaveAttribute("aria-sort", "ascending");
  await table.getByRole("link", { name: "Trier par « Clients servis »" }).click();
  await expect(table.getByRole("columnheader", { name: /Clients servis/ })).toHaveAttribute("aria-sort", "descending");
  await table.getByRole("link", { name: "Déplacer la colonne « Déjà connus » vers la gauche" }).click();
  await expect(page).toHaveURL(/cols=group%2Cserved%2Creturning%2Cnew|cols=group,served,returning,new/);
  const firstRow = table.locator("tbody tr").first();
  await expect(firstRow.locator("td").first()).toHaveText("Nouvel arrivant");
  const totals = await table.getByTestId("report-totals").locator("td").allTextContents();
  expect(Number(totals[1])).toBeGreaterThanOrEqual(4);
  await shot(page, "report-clients-served-fr-desktop");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporter (CSV)" }).click();
  const file = await (await downloading).path();
  const rows = parseCsv(readFileSync(file!, "utf8").replace(/^\uFEFF/, ""), ";");
  expect(rows[0]).toEqual(["Groupe", "Clients servis", "Déjà connus", "Nouveaux (fiche créée dans la période)"]);
  expect(rows[1][0]).toBe("Nouvel arrivant");
  expect(rows.at(-1)).toEqual(totals.map((cell) => cell.replace(/\s/g, "")));
});

test("build, save and share a report on clients grouped by status", async ({ page }) => {
  await signIn(page);
  await page.goto("/fr/reports/builder?module=clients");
  await page.getByRole("combobox", { name: "Regrouper par (nombre par valeur)" }).selectOption({ label: "Statut du client" });
  await page.getByRole("button", { name: "Afficher l'aperçu" }).click();
  const preview = page.getByTestId("report-table");
  await expect(preview.getByRole("row", { name: /Nouvel arrivant/ })).toBeVisible();
  await page.getByRole("textbox", { name: "Nom du rapport" }).fill("Clients par statut");
  await page.getByRole("checkbox", { name: COLLEAGUE }).check();
  await shot(page, "report-builder-fr-desktop");
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page).toHaveURL(/\/fr\/reports\/saved\/\w+\?saved=1/);
  await expect(page.getByRole("heading", { level: 1, name: "Clients par statut" })).toBeVisible();
  await expect(page.getByText("Partagé avec 1 collègue")).toBeVisible();
  await expect(page.getByTestId("report-table").getByRole("row", { name: /Nouvel arrivant/ })).toBeVisible();
  await page.goto("/fr/reports");
  await expect(page.getByRole("region", { name: "Mes rapports" }).getByRole("link", { name: "Clients par statut" })).toBeVisible();
});
