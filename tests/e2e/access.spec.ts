import { expect, test, type Page } from "@playwright/test";
import { shot, signIn } from "./helpers";

// Issue 14 (access): two people editing one client merge field by field and nothing is lost; an admin takes a
// sensitive field group away from a role and that role's user no longer sees the field.

async function newClient(page: Page, lastName: string) {
  await page.goto("/fr/clients/new");
  await page.getByRole("textbox", { name: "Prénom", exact: true }).fill("Oopik");
  await page.getByRole("textbox", { name: "Nom de famille", exact: true }).fill(lastName);
  await page.getByRole("textbox", { name: "Ville", exact: true }).fill("Iqaluit");
  await page.getByRole("button", { name: "Sauvegarder" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: `Oopik ${lastName}` })).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop()!;
}

// Two sign-ins, a client created and two forms each: more than the default minute on a busy machine.
test.describe.configure({ timeout: 120_000 });

test("two sessions edit one client: the second save shows the conflict and merges field by field", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  await signIn(first);
  // A second browser session of the same person (another computer), without a second sign-in.
  const second = await (await browser.newContext({ storageState: await first.context().storageState() })).newPage();
  const id = await newClient(first, "Conflit-Essai");
  await first.goto(`/fr/clients/${id}/edit`);
  await second.goto(`/fr/clients/${id}/edit`);

  await first.getByRole("textbox", { name: "Ville", exact: true }).fill("Rankin Inlet");
  await first.getByRole("textbox", { name: "Téléphone", exact: true }).fill("867-555-0101");
  await first.getByRole("button", { name: "Sauvegarder" }).first().click();
  await expect(first.getByRole("heading", { level: 1, name: "Oopik Conflit-Essai" })).toBeVisible();

  // The second person changed the city too, and the country of origin; the phone they left alone.
  await second.getByRole("textbox", { name: "Ville", exact: true }).fill("Cambridge Bay");
  await second.getByRole("textbox", { name: "Pays d'origine", exact: true }).fill("Haïti");
  await second.getByRole("button", { name: "Sauvegarder" }).first().click();
  const panel = second.getByRole("alert", { name: "Cette fiche a été modifiée entre-temps" });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("radio", { name: "Ville : garder ma valeur" })).toBeChecked();
  await expect(panel.getByRole("radio", { name: "Téléphone : prendre la valeur actuelle" })).toBeChecked();
  await shot(second, "access-conflict-fr");
  // Field by field: their city wins after all; the phone they set stays; the country of origin typed here too.
  await panel.getByRole("radio", { name: "Ville : prendre la valeur actuelle" }).check();
  await panel.getByRole("button", { name: "Enregistrer la fusion" }).click();
  await expect(second.getByRole("heading", { level: 2, name: "Vue globale" })).toBeVisible();
  const city = second.getByRole("term").filter({ hasText: /^Ville$/ }).locator("xpath=following-sibling::dd");
  await expect(city).toContainText("Rankin Inlet");
  await expect(second.getByRole("term").filter({ hasText: /^Pays d'origine$/ }).locator("xpath=following-sibling::dd")).toContainText("Haïti");
  await expect(second.getByRole("term").filter({ hasText: /^Téléphone$/ }).locator("xpath=following-sibling::dd")).toContainText(/555.0101/);
  await first.context().close();
  await second.context().close();
});

test("an admin takes « Date de naissance » away from a role: its users no longer see the field", async ({ page }) => {
  await signIn(page);
  const id = await newClient(page, "Droits-Essai");
  await expect(page.getByText("Date de naissance").first()).toBeVisible();

  const group = () => page.getByRole("group", { name: "Administrateur·rice", exact: true });
  await page.goto("/fr/admin/permissions");
  await expect(group().getByRole("checkbox", { name: "Administrateur·rice, Clients : Administrer" })).toBeDisabled();
  await shot(page, "access-permissions-fr");
  await group().getByRole("checkbox", { name: "Date de naissance" }).uncheck();
  await page.getByRole("button", { name: "Enregistrer les droits" }).click();
  await expect(page.getByRole("status")).toHaveText("Un droit modifié.");

  await page.goto(`/fr/clients/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Oopik Droits-Essai" })).toBeVisible();
  await expect(page.getByText("Date de naissance")).toHaveCount(0);
  await page.goto(`/fr/clients/${id}/edit`);
  await expect(page.getByRole("textbox", { name: "Nom de famille", exact: true })).toBeVisible();
  await expect(page.getByText("Date de naissance")).toHaveCount(0);

  // Given back, so the other specs see today's access.
  await page.goto("/fr/admin/permissions");
  await group().getByRole("checkbox", { name: "Date de naissance" }).check();
  await page.getByRole("button", { name: "Enregistrer les droits" }).click();
  await expect(page.getByRole("status")).toHaveText("Un droit modifié.");
});
