import { expect, test, type Page } from "@playwright/test";
import { shot, signIn } from "./helpers";

// Issue 8's « Done when » in a browser, following the guide (the notification part belongs to the notifications
// issue). Every person and organisation here is invented. In order, on one database.
test.describe.configure({ mode: "default" });

let clientUrl = "";
let partnerUrl = "";

async function save(page: Page) {
  await page.getByRole("button", { name: "Sauvegarder" }).first().click();
}

test("from a client page, « Planifier un appel » opens the form linked to the client and comes back to it", async ({ page }) => {
  await signIn(page);
  await page.goto("/fr/clients/new");
  await page.getByRole("textbox", { name: "Prénom", exact: true }).fill("Tessa");
  await page.getByRole("textbox", { name: "Nom de famille", exact: true }).fill("Patrikkak");
  await save(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tessa Patrikkak");
  clientUrl = page.url();

  await page.getByRole("region", { name: /Activités/ }).getByRole("link", { name: "Planifier un appel" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Planifier un appel");
  await expect(page.getByRole("combobox", { name: "Lié à", exact: true })).toHaveValue("Tessa Patrikkak");
  await page.getByRole("textbox", { name: "Sujet", exact: true }).fill("Information sur un employeur");
  await page.getByRole("combobox", { name: "Direction", exact: true }).selectOption({ label: "Sortant" });
  await expect(page.getByRole("combobox", { name: "Statut", exact: true })).toHaveValue("planned");
  await page.locator("#record-startAt").fill("15/12/2026 13:00");
  await page.locator("#record-duration-minutes").fill("15");
  await shot(page, "activities-call-form-fr");
  await save(page);

  await expect(page).toHaveURL(clientUrl);
  const activities = page.getByRole("region", { name: /Activités/ });
  await expect(activities.getByRole("link", { name: "Information sur un employeur" })).toBeVisible();
  await shot(page, "activities-client-detail-fr");
});

test("from a partner page, « Créer une tâche », then the Kanban moves it to Terminé and it shows in Historique", async ({ page }) => {
  await signIn(page);
  await page.goto("/fr/partners/new");
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill("Kivalliq Conseil Recrutement");
  await save(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kivalliq Conseil Recrutement");
  partnerUrl = page.url();

  await page.getByRole("region", { name: /Activités/ }).getByRole("link", { name: "Créer une tâche" }).click();
  await page.getByRole("textbox", { name: "Sujet", exact: true }).fill("Suivi embauche");
  await page.getByRole("combobox", { name: "Statut", exact: true }).selectOption({ label: "En cours" });
  await page.getByRole("combobox", { name: "Priorité", exact: true }).selectOption({ label: "Élevée" });
  await page.locator("#record-dueAt").fill("01/09/2025 06:00");
  await save(page);
  await expect(page).toHaveURL(partnerUrl);
  await expect(page.getByRole("region", { name: /Activités/ }).getByRole("link", { name: "Suivi embauche" })).toBeVisible();

  await page.goto("/fr/tasks");
  await page.getByRole("link", { name: "Afficher en Kanban" }).click();
  await expect(page).toHaveURL(/\/fr\/tasks\/kanban$/);
  const column = (name: string) => page.getByRole("region", { name: new RegExp(`^${name} \\(`) });
  await expect(column("En cours").getByText("En retard")).toBeVisible();
  await shot(page, "activities-kanban-fr");
  // The keyboard drag: pick up with Space, one column to the right, drop with Space. Keys pressed before the board's
  // scripts have hydrated do nothing (CI saw it once), so the gesture is tried again until the move is announced.
  await expect(async () => {
    await page.getByRole("button", { name: "Déplacer « Suivi embauche »" }).focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Space");
    await expect(page.getByRole("status").filter({ hasText: "est maintenant dans « Terminé »" })).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  await expect(column("Terminé").getByRole("link", { name: "Suivi embauche" })).toBeVisible();
  await page.reload();
  await expect(column("Terminé").getByRole("link", { name: "Suivi embauche" })).toBeVisible();

  await page.goto(partnerUrl);
  await expect(page.getByRole("region", { name: /Historique/ }).getByRole("link", { name: "Suivi embauche" })).toBeVisible();
  await expect(page.getByRole("region", { name: /Activités/ }).getByRole("link", { name: "Suivi embauche" })).toHaveCount(0);
  await shot(page, "activities-partner-detail-fr");
});

// Looked at by people, not asserted: only when screenshots are asked for (E2E_SCREENSHOTS=1).
test("activity screens in both languages, desktop and phone", async ({ page }) => {
  test.skip(!process.env.E2E_SCREENSHOTS, "screenshots only");
  test.setTimeout(300_000);
  await signIn(page);
  for (const locale of ["fr", "en"]) {
    for (const [device, width] of [["desktop", 1280], ["phone", 390]] as const) {
      await page.setViewportSize({ width, height: 900 });
      const name = (screen: string) => `activities-${screen}-${locale}-${device}`;
      for (const [screen, path] of [
        ["dashboard", ""],
        ["kanban", "/tasks/kanban"],
        ["meeting-form", "/meetings/new"],
        ["tasks-list", "/tasks"],
        ["partner", partnerUrl.replace(/^.*\/fr/, "")],
        ["client", clientUrl.replace(/^.*\/fr/, "")],
      ]) {
        await page.goto(`/${locale}${path}`);
        await shot(page, name(screen));
      }
    }
  }
});
