import { expect, test, type Browser, type Page } from "@playwright/test";
import { shot, signIn } from "./helpers";

// The issue « One module registry », screen part: what staff expect of the record screens, in a browser.
// Every person here is invented.
// In order, on one database: later tests use the staff and clients earlier ones made.
test.describe.configure({ mode: "default" });

const STAFF = [
  { name: "Zacharie Ulaajuk", email: "zacharie.ulaajuk@exemple.test" },
  { name: "Adèle Pitsiulak", email: "adele.pitsiulak@exemple.test" },
];
const PASSWORD = "toundra et lichen 2026";
const LONG_NAME = "Kuksuk".repeat(42) + "Ama"; // 255 characters, no space
const width = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

async function textbox(page: Page, label: string) {
  return page.getByRole("textbox", { name: label, exact: true });
}

async function createClient(page: Page, lastName: string, extra: Record<string, string> = {}, assignedTo?: string) {
  await page.goto("/fr/clients/new");
  await (await textbox(page, "Nom de famille")).fill(lastName);
  for (const [label, value] of Object.entries(extra)) await (await textbox(page, label)).fill(value);
  if (assignedTo) await page.getByRole("combobox", { name: "Assigné à", exact: true }).selectOption({ label: assignedTo });
  await page.getByRole("button", { name: "Sauvegarder" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText([extra["Prénom"], lastName].filter(Boolean).join(" "));
  return page.url();
}

async function staffPage(browser: Browser, index: number) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, STAFF[index].email, PASSWORD);
  return page;
}

test("an admin adds two staff members", async ({ page }) => {
  await signIn(page);
  for (const person of STAFF) {
    await page.goto("/fr/admin/users/new");
    await page.getByLabel("Nom").fill(person.name);
    await page.getByLabel("Adresse courriel").fill(person.email);
    await page.getByLabel("Mot de passe").fill(PASSWORD);
    await page.getByRole("button", { name: "Sauvegarder" }).click();
    await expect(page).toHaveURL(/\/fr\/admin\/users(\?done=created)?$/);
  }
});

test("a client created by a staff member is in their « Mes éléments » without touching « Assigné à »", async ({ browser }) => {
  const page = await staffPage(browser, 0);
  await page.goto("/fr/clients/new");
  await expect(page.getByRole("combobox", { name: "Assigné à", exact: true })).toHaveValue(/.+/);
  await (await textbox(page, "Nom de famille")).fill("Kilabuk-Mienne");
  await page.getByRole("button", { name: "Sauvegarder" }).first().click();
  await expect(page.getByRole("heading", { name: "Kilabuk-Mienne" })).toBeVisible();
  await page.goto("/fr/clients?mine=1");
  await expect(page.getByRole("table").getByRole("link", { name: "Kilabuk-Mienne", exact: true })).toBeVisible();
  await page.context().close();
});

test("a fast save of a duplicate still warns, and saving again creates it", async ({ page }) => {
  await signIn(page);
  await createClient(page, "Nalvana-Rapide", { "Adresse courriel": "nalvana.rapide@exemple.test" });
  // The check while typing (a server action with plain arguments) answers late, as on a slow connection; the
  // save (a FormData post) goes through at once, so it is the save itself that must warn.
  await page.route("**/fr/clients/new", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && !(request.headers()["content-type"] ?? "").includes("multipart")) await new Promise((r) => setTimeout(r, 4000));
    await route.continue();
  });
  await page.goto("/fr/clients/new");
  await (await textbox(page, "Nom de famille")).fill("Autre-Rapide");
  await (await textbox(page, "Adresse courriel")).fill("nalvana.rapide@exemple.test");
  await page.getByRole("button", { name: "Sauvegarder" }).first().click(); // before the check while typing answers
  await expect(page.getByText("Ces fiches ressemblent à celle que vous créez.", { exact: false })).toBeVisible();
  await expect(page.getByRole("status").getByRole("link", { name: /Nalvana-Rapide/ })).toBeVisible();
  await page.getByRole("button", { name: "Sauvegarder" }).first().click();
  await expect(page.getByRole("heading", { name: "Autre-Rapide" })).toBeVisible();
});

test("a client list sorted by « Assigné à » follows the users' names", async ({ page }) => {
  await signIn(page);
  // Created first and assigned to Zacharie: by creation or by id it would come first.
  await createClient(page, "Triassign-Un", {}, STAFF[0].name);
  await createClient(page, "Triassign-Deux", {}, STAFF[1].name);
  await page.goto("/fr/clients?q=triassign&sort=assignedUserId&dir=asc");
  const names = page.getByRole("table").getByRole("link", { name: /^Triassign-/ });
  await expect(names).toHaveText(["Triassign-Deux", "Triassign-Un"]); // Adèle before Zacharie
  await page.goto("/fr/clients?q=triassign&sort=assignedUserId&dir=desc");
  await expect(names).toHaveText(["Triassign-Un", "Triassign-Deux"]);
});

test("« Dupliquer » opens a prefilled form; the « i » opens the quick view; the row's star adds to Favoris", async ({ page }) => {
  await signIn(page);
  await createClient(page, "Angutimarik-Source", { Prénom: "Lucie", Ville: "Kugluktuk" });
  await page.getByRole("button", { name: "Actions" }).click();
  await page.getByRole("menuitem", { name: "Dupliquer" }).click();
  await expect(page).toHaveURL(/\/fr\/clients\/new\?duplicate=/);
  await expect(await textbox(page, "Nom de famille")).toHaveValue("Angutimarik-Source");
  await expect(await textbox(page, "Ville")).toHaveValue("Kugluktuk");

  await page.goto("/fr/clients?q=angutimarik");
  await page.getByRole("link", { name: "Aperçu de Lucie Angutimarik-Source" }).click();
  const quick = page.getByRole("dialog", { name: "Lucie Angutimarik-Source" });
  await expect(quick.getByText("Prénom")).toBeVisible();
  await expect(quick.getByText("Lucie", { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/fr\/clients\?q=angutimarik$/); // still on the list
  await quick.getByRole("link", { name: "Ouvrir la fiche" }).click();
  await expect(page.getByRole("heading", { name: "Lucie Angutimarik-Source" })).toBeVisible();

  await page.goto("/fr/clients?q=angutimarik");
  const star = page.getByRole("button", { name: "Favori : Lucie Angutimarik-Source" });
  await expect(star).toHaveAttribute("aria-pressed", "false");
  await star.click();
  await expect(star).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(page.getByRole("button", { name: "Favori : Lucie Angutimarik-Source" })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Favoris" }).click();
  await expect(page.getByRole("menuitem", { name: "Lucie Angutimarik-Source" })).toBeVisible();
});

test("« Actions ▾ » and « 2/8 » on the edit form", async ({ page }) => {
  await signIn(page);
  await page.goto("/fr/clients?q=triassign");
  await page.getByRole("table").getByRole("link", { name: "Triassign-Deux", exact: true }).click();
  await page.getByRole("link", { name: "Modifier" }).first().click();
  await expect(await textbox(page, "Nom de famille")).toHaveValue("Triassign-Deux");
  await expect(page.getByText("1/2")).toBeVisible();
  await page.getByRole("link", { name: "Fiche suivante" }).click();
  await expect(await textbox(page, "Nom de famille")).toHaveValue("Triassign-Un");
  await expect(page).toHaveURL(/\/edit\?.*from=list/);
  await page.getByRole("button", { name: "Actions" }).click();
  await expect(page.getByRole("menuitem", { name: "Dupliquer" })).toBeVisible();
  await page.getByRole("menuitem", { name: "Supprimer" }).click();
  await expect(page.getByRole("dialog").getByText(/Corbeille/)).toBeVisible();
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Actions" }).click();
  await page.getByRole("menuitem", { name: "Journal des modifications" }).click();
  await expect(page).toHaveURL(/#change-log$/);
  await expect(page.getByRole("heading", { name: "Journal des modifications" })).toBeInViewport();
});

test("a 255-character name without spaces stays within a desktop and a 390 px phone", async ({ page }) => {
  await signIn(page);
  const url = await createClient(page, LONG_NAME, { "Adresse courriel": `${"tres.long.courriel".repeat(8)}@exemple.test` });
  await page.goto("/fr/clients?q=kuksuk");
  expect(await width(page)).toBeLessThanOrEqual(1280);
  await page.goto(url);
  expect(await width(page)).toBeLessThanOrEqual(1280);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/fr/clients?q=kuksuk");
  expect(await width(page)).toBeLessThanOrEqual(390);
  await page.goto(url);
  expect(await width(page)).toBeLessThanOrEqual(390);
  await page.goto(`${url}/edit`);
  expect(await width(page)).toBeLessThanOrEqual(390);
});

for (const locale of ["fr", "en"] as const) {
  for (const [device, viewport] of [
    ["desktop", { width: 1280, height: 900 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    test(`screens in ${locale} on a ${device}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await signIn(page, undefined, undefined, locale);
      await page.goto(`/${locale}/clients`);
      expect(await width(page)).toBeLessThanOrEqual(viewport.width);
      await shot(page, `registry-list-${locale}-${device}`);
      await page.goto(`/${locale}/clients?q=angutimarik`);
      await page.getByRole("table").getByRole("link", { name: "Lucie Angutimarik-Source", exact: true }).click();
      await expect(page.getByRole("heading", { name: "Lucie Angutimarik-Source" })).toBeVisible();
      expect(await width(page)).toBeLessThanOrEqual(viewport.width);
      await shot(page, `registry-detail-${locale}-${device}`);
      await page.getByRole("link", { name: locale === "fr" ? "Modifier" : "Edit" }).first().click();
      await expect(page.getByRole("textbox", { name: locale === "fr" ? "Nom de famille" : "Last name", exact: true })).toBeVisible();
      expect(await width(page)).toBeLessThanOrEqual(viewport.width);
      await shot(page, `registry-form-${locale}-${device}`);
      await page.goto(`/${locale}/clients?q=kuksuk`);
      await shot(page, `registry-long-name-list-${locale}-${device}`);
    });
  }
}

test("a module name that is not registered is a translated 404, even one named like an object built-in", async ({ page }) => {
  await signIn(page);
  for (const path of ["/fr/quick-create/constructor", "/fr/constructor", "/fr/__proto__/new", "/fr/toString/abc/edit"]) {
    const response = await page.goto(path);
    expect([path, response?.status()]).toEqual([path, 404]);
    await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  }
});
