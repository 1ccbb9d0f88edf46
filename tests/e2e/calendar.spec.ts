import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Issue 12's « Done when » in a browser: a call planned today at 13:00 shows at 13:00 in the day, week and month
// views; a colleague who shared their calendar is added in their colour; one who did not cannot be added.
// Invented people only.
const SHARER = { name: "Pauloosie Sharer-Cal", email: "pauloosie.cal@exemple.test", password: "glace de mer 2026" };
const VIEWER = { name: "Leetia Viewer-Cal", email: "leetia.cal@exemple.test", password: "neige fondue 2026" };
// Iqaluit's day (the users' zone: the organisation's default).
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Iqaluit" }).format(new Date());
const [y, m, d] = today.split("-");

async function createUser(page: Page, user: typeof SHARER) {
  await page.goto("/fr/admin/users/new");
  await page.getByLabel("Nom").fill(user.name);
  await page.getByLabel("Adresse courriel").fill(user.email);
  await page.getByLabel("Mot de passe").fill(user.password);
  await page.getByRole("button", { name: "Sauvegarder" }).click();
  await expect(page).toHaveURL(/done=created/);
}

async function signedIn(browser: Browser, user: typeof SHARER) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user.email, user.password);
  return page;
}

async function shots(page: Page, name: string) {
  if (!process.env.E2E_SCREENSHOTS) return;
  for (const [locale, width] of [["fr", 1280], ["en", 1280], ["fr", 390], ["en", 390]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(page.url().replace(/\/(fr|en)\//, `/${locale}/`));
    await page.screenshot({ path: `test-results/screens/${name}-${locale}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(page.url().replace(/\/en\//, "/fr/"));
}

test("calendar: today's 13:00 call in day, week and month; a shared colleague in their colour; no unshared one", async ({ page, browser }) => {
  test.setTimeout(process.env.E2E_SCREENSHOTS ? 240_000 : 90_000);
  await signIn(page);
  await createUser(page, SHARER);
  await createUser(page, VIEWER);

  const viewer = await signedIn(browser, VIEWER);
  await viewer.goto("/fr/clients/new");
  await viewer.getByRole("textbox", { name: "Nom de famille", exact: true }).fill("Akavak-Cal");
  await viewer.getByRole("button", { name: "Sauvegarder" }).first().click();
  await expect(viewer.getByRole("heading", { level: 1 })).toHaveText("Akavak-Cal");
  const clientId = new URL(viewer.url()).pathname.split("/").pop();

  // « Planifier un appel » from a free slot: the form starts at that time.
  await viewer.goto(`/fr/calls/new?clientId=${clientId}&startAt=${today}T13:00`);
  await expect(viewer.locator("#record-startAt")).toHaveValue(`${d}/${m}/${y} 13:00`);
  const sharerId = await viewer.getByRole("combobox", { name: "Assigné à" }).locator("option", { hasText: SHARER.name }).getAttribute("value");
  await viewer.getByRole("textbox", { name: "Sujet", exact: true }).fill("Appel de suivi Akavak");
  await viewer.locator("#record-duration-minutes").fill("30");
  await viewer.getByRole("button", { name: "Sauvegarder" }).first().click();
  await expect(viewer.getByRole("heading", { level: 1 })).toHaveText("Appel de suivi Akavak");

  // Not shared yet: asking for the colleague's calendar is refused, and the chooser offers nobody.
  await viewer.goto(`/fr/calendar?view=day&date=${today}&users=${sharerId}`);
  await expect(viewer.getByRole("alert").filter({ hasText: "ne peut pas être ajouté" })).toBeVisible();
  await expect(viewer.getByTestId("calendar-owners").getByText(SHARER.name)).toHaveCount(0);
  await expect(viewer.getByText("Aucun collègue ne vous a encore partagé son calendrier.")).toBeVisible();

  for (const view of ["day", "week", "month"]) {
    await viewer.goto(`/fr/calendar?view=${view}&date=${today}`);
    const event = viewer.locator(".rbc-event", { hasText: "Appel de suivi Akavak" });
    await expect(event).toContainText("13:00");
    if (view !== "month") {
      // In the time grid, the block starts on the 13:00 line.
      // Both read at once: the grid scrolls to the morning once drawn.
      const gap = await event.evaluate((el) => {
        const label = [...document.querySelectorAll(".rbc-time-gutter .rbc-label")].find((l) => l.textContent === "13:00")!;
        return Math.abs(el.getBoundingClientRect().top - label.getBoundingClientRect().top);
      });
      expect(gap).toBeLessThan(6);
    }
  }
  await shots(viewer, "calendar-week");

  // The colleague shares their calendar (busy times only) in « Mon profil ».
  const sharer = await signedIn(browser, SHARER);
  await sharer.goto("/fr/profile");
  const sharing = sharer.getByRole("region", { name: "Partage du calendrier" });
  await sharing.getByLabel("Collègue").selectOption({ label: VIEWER.name });
  await sharing.getByRole("button", { name: "Partager" }).click();
  await expect(sharer.getByText("Partage enregistré.")).toBeVisible();
  await expect(sharing.getByText(`${VIEWER.name} — Seulement quand je suis occupé`)).toBeVisible();

  // A call of the colleague's, then the viewer adds their calendar: the block is theirs, « Occupé », in their colour.
  await viewer.goto(`/fr/calls/new?clientId=${clientId}&startAt=${today}T15:00`);
  await viewer.getByRole("textbox", { name: "Sujet", exact: true }).fill("Appel confidentiel");
  await viewer.locator("#record-duration-minutes").fill("15");
  await viewer.getByRole("combobox", { name: "Assigné à" }).selectOption({ label: SHARER.name });
  await viewer.getByRole("button", { name: "Sauvegarder" }).first().click();
  await expect(viewer.getByRole("heading", { level: 1 })).toHaveText("Appel confidentiel");

  await viewer.goto(`/fr/calendar?view=day&date=${today}`);
  await viewer.getByLabel("Ajouter un calendrier").selectOption({ label: SHARER.name });
  await viewer.getByRole("button", { name: "Ajouter", exact: true }).click();
  await expect(viewer).toHaveURL(new RegExp(`users=${sharerId}`));
  await expect(viewer.getByTestId("calendar-owners")).toContainText(`${SHARER.name} (disponibilités seulement)`);
  const busy = viewer.locator(".rbc-event.calendar-busy");
  await expect(busy).toContainText("Occupé");
  await expect(busy).not.toContainText("Appel confidentiel");
  // The second person shown has the second colour (#b91c1c).
  await expect(busy).toHaveCSS("border-left-color", "rgb(185, 28, 28)");
  await shots(viewer, "calendar-shared");
});
