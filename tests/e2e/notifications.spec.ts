import { expect, test } from "@playwright/test";
import { signIn, shot } from "./helpers";

// Issue 8, « Notifications »: A assigns a client to B and mentions B in its description; B sees the count,
// opens the list, follows the link and marks the rest read.
const B = { name: "Nivi Kilabuk-Notif", email: "nivi.notif@exemple.test", password: "etoile polaire 2026" };

test("assignment and @mention reach the colleague's bell", async ({ page, browser }) => {
  if (process.env.E2E_SCREENSHOTS) test.setTimeout(240_000);
  await signIn(page);
  await page.goto("/fr/admin/users/new");
  await page.getByLabel("Nom").fill(B.name);
  await page.getByLabel("Adresse courriel").fill(B.email);
  await page.getByLabel("Mot de passe").fill(B.password);
  await page.getByRole("button", { name: "Sauvegarder" }).click();
  await expect(page).toHaveURL(/done=created/);

  await page.goto("/fr/clients/new");
  await page.getByRole("textbox", { name: "Nom de famille", exact: true }).fill("Qaqqaq-Notif");
  await page.getByRole("combobox", { name: "Assigné à" }).selectOption({ label: B.name });
  const description = page.getByRole("textbox", { name: "Description" });
  await description.pressSequentially("Rappeler l'employeur avec @nivi");
  await expect(page.getByRole("listbox", { name: "Collègues à mentionner" }).getByRole("option", { name: B.name })).toBeVisible();
  await description.press("Enter");
  await expect(description).toHaveValue(`Rappeler l'employeur avec @${B.name} `);
  await description.pressSequentially("demain.");
  await page.getByRole("button", { name: "Sauvegarder" }).first().click();
  await expect(page.getByRole("heading", { name: "Qaqqaq-Notif" })).toBeVisible();
  const clientPath = new URL(page.url()).pathname;

  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, B.email, B.password);
  await expect(other.getByTestId("bell-count")).toHaveText("2");
  await other.getByTestId("bell").click();
  const popover = other.getByRole("dialog", { name: "Dernières notifications" });
  await expect(popover.getByText("Rappeler l'employeur avec @Nivi Kilabuk-Notif demain.")).toBeVisible();
  await shot(other, "notifications-bell-fr-desktop");
  await popover.getByRole("link", { name: "Voir toutes les notifications" }).click();

  await expect(other.getByRole("heading", { name: "Notifications" })).toBeVisible();
  const items = other.getByTestId("notification");
  await expect(items).toHaveCount(2);
  await shot(other, "notifications-page-fr-desktop");
  await other.getByRole("link", { name: /vous a assigné « Aputi Qaqqaq-Notif »|vous a assigné « Qaqqaq-Notif »/ }).click();
  await expect(other).toHaveURL(new RegExp(`${clientPath}$`));
  await expect(other.getByTestId("bell-count")).toHaveText("1");

  // Before scripts load (or without them): the bell is a link and « Marquer comme lue » a plain form post.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await plain.newPage();
  await signIn(noScript, B.email, B.password);
  await noScript.getByRole("link", { name: "Notifications : 1 non lue" }).click();
  await noScript.getByRole("button", { name: /^Marquer comme lue : / }).click();
  await expect(noScript.locator('[data-testid="notification"][data-read="false"]')).toHaveCount(0);
  await expect(noScript.getByTestId("bell-count")).toHaveCount(0);
  await plain.close();

  await other.goto("/fr/notifications?order=newest");
  await expect(other.locator('[data-testid="notification"][data-read="true"]')).toHaveCount(2);
  await expect(other.getByTestId("bell-count")).toHaveCount(0);

  if (process.env.E2E_SCREENSHOTS) {
    for (const locale of ["fr", "en"]) {
      for (const [device, width] of [["desktop", 1280], ["phone", 390]] as const) {
        await other.setViewportSize({ width, height: 800 });
        await other.goto(`/${locale}/notifications?order=newest`);
        await shot(other, `notifications-page-${locale}-${device}`);
        await other.getByTestId("bell").click();
        await expect(other.getByRole("dialog")).toBeVisible();
        await shot(other, `notifications-bell-${locale}-${device}`);
        await other.goto(`/${locale}/profile`);
        await shot(other, `notifications-profile-${locale}-${device}`);
      }
    }
  }
  await context.close();
});
