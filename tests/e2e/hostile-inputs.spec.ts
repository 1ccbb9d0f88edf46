import { expect, test } from "@playwright/test";
import { ACCEPTED_NAMES, REFUSED_NAMES } from "@/tests/fixtures/hostile-inputs";
import { signIn } from "./helpers";

// The shared hostile-input corpus through the browser (security guide): markup and formulas typed into a form
// are kept exactly and shown as text on the record, in the list and in the quick search, and never run; input
// the rules refuse gets its message next to the field with what was typed still there.
const MARKUP = ACCEPTED_NAMES.filter((name) => /[<>"']/.test(name)).slice(0, 3);
const SCRIPTS = [ACCEPTED_NAMES.find((name) => name.includes("ᐊ"))!, ACCEPTED_NAMES.find((name) => name.includes("\u202e"))!];

test("hostile names are stored exactly, shown as text and never run", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await signIn(page);
  const tag = `Hostile${Date.now().toString(36)}`;
  for (const [i, name] of [...MARKUP, ...SCRIPTS].entries()) {
    await page.goto("/fr/clients/new");
    await page.getByRole("textbox", { name: "Prénom", exact: true }).fill(name);
    await page.getByRole("textbox", { name: "Nom de famille", exact: true }).fill(`${tag}-${i}`);
    await page.getByRole("button", { name: "Sauvegarder" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${name} ${tag}-${i}`);
  }
  await page.goto(`/fr/clients?q=${tag}`);
  for (const name of MARKUP) await expect(page.getByRole("main").getByText(name, { exact: false }).first()).toBeVisible();
  // Had any of them been parsed as markup, these elements would exist.
  await expect(page.locator("img[onerror], svg[onload]")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("a name the rules refuse is explained next to the field and what was typed stays", async ({ page }) => {
  await signIn(page);
  const tooLong = REFUSED_NAMES.find((r) => r.key === "validation.tooLong")!.value;
  await page.goto("/fr/clients/new");
  const lastName = page.getByRole("textbox", { name: "Nom de famille", exact: true });
  await page.getByRole("textbox", { name: "Prénom", exact: true }).fill("Ulu");
  // The browser's own maxlength stops typing at 255: a pasted or scripted value still reaches the server.
  await lastName.evaluate((input: HTMLInputElement) => input.removeAttribute("maxlength"));
  await lastName.fill(tooLong);
  await page.getByRole("button", { name: "Sauvegarder" }).first().click();
  await expect(page.getByText("255 caractères au maximum.", { exact: false }).first()).toBeVisible();
  await expect(lastName).toHaveValue(tooLong);
});
