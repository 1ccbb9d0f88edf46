import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { E2E_ADMIN, latestResetPath, signIn } from "./helpers";

// A slow satellite link (or scripts turned off): the sign-in and password forms must post and work before any
// script runs, with the same messages and rules. Every person here is invented.

/** Every address the browser asks for, to prove that no password ever travels in one. */
function recordUrls(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on("request", (request) => urls.push(request.url()));
  return urls;
}

function expectNoSecretIn(urls: string[], secrets: string[]) {
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) {
    const parsed = new URL(url);
    expect([url, parsed.searchParams.has("password"), parsed.searchParams.has("email")]).toEqual([url, false, false]);
    for (const secret of secrets) expect(decodeURIComponent(url.replace(/\+/g, " "))).not.toContain(secret);
  }
}

async function submitLogin(page: Page, email: string, password: string, locale: "fr" | "en" = "fr") {
  await page.getByLabel(locale === "fr" ? "Adresse courriel" : "Email address").fill(email);
  await page.getByLabel(locale === "fr" ? "Mot de passe" : "Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: locale === "fr" ? "Se connecter" : "Sign in" }).click();
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sign-in posts: a wrong password is told in French, the right one opens the dashboard, no address holds the password", async ({ page, context }) => {
    const urls = recordUrls(context);
    const posts: string[] = [];
    context.on("request", (request) => {
      if (request.method() === "POST") posts.push(new URL(request.url()).pathname);
    });
    await page.goto("/fr/login");
    await expect(page.locator("form")).toHaveAttribute("method", /^post$/i);

    await submitLogin(page, "personne.inconnue@exemple.test", "mauvais mot de passe 1");
    await expect(page.locator("form").getByRole("alert")).toHaveText("Adresse courriel ou mot de passe incorrect.");
    await expect(page.getByLabel("Adresse courriel")).toHaveValue("personne.inconnue@exemple.test"); // kept
    await expect(page.getByLabel("Mot de passe", { exact: true })).toHaveValue(""); // never sent back

    await submitLogin(page, E2E_ADMIN.email, E2E_ADMIN.password);
    await expect(page).toHaveURL(/\/fr\/?$/);
    await expect(page.getByRole("heading", { name: /Bonjour/ })).toBeVisible();
    expect(posts).toEqual(["/fr/login", "/fr/login"]);
    expectNoSecretIn(urls, [E2E_ADMIN.password, "mauvais mot de passe 1"]);
  });

  test("in English, with the page the user was going to: wrong password in English, then that page", async ({ page, context }) => {
    const urls = recordUrls(context);
    await page.goto("/en/admin/users");
    await expect(page).toHaveURL(/\/en\/login\?callbackUrl=/);
    await submitLogin(page, "nobody.known@exemple.test", "wrong password 2", "en");
    await expect(page.locator("form").getByRole("alert")).toHaveText("Incorrect email address or password.");
    await submitLogin(page, E2E_ADMIN.email, E2E_ADMIN.password, "en");
    await expect(page).toHaveURL(/\/en\/admin\/users$/);
    await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
    expectNoSecretIn(urls, [E2E_ADMIN.password, "wrong password 2"]);
  });

  test("the lockout applies: the fifth failure for one account is told as a lockout", async ({ page }) => {
    await page.goto("/fr/login");
    for (let i = 1; i <= 4; i++) {
      await submitLogin(page, "verrou.essai@exemple.test", `essai numero ${i}`);
      await expect(page.locator("form").getByRole("alert")).toHaveText("Adresse courriel ou mot de passe incorrect.");
    }
    await submitLogin(page, "verrou.essai@exemple.test", "essai numero 5");
    await expect(page.locator("form").getByRole("alert")).toContainText("Trop de tentatives");
  });

  test("forgotten password checks the address, then answers the same for any address", async ({ page, context }) => {
    const urls = recordUrls(context);
    await page.goto("/fr/forgot-password");
    await expect(page.locator("form")).toHaveAttribute("method", /^post$/i);
    await page.getByLabel("Adresse courriel").fill("pas-une-adresse");
    await page.getByRole("button", { name: "Envoyer le lien" }).click();
    await expect(page.getByText("Entrez une adresse courriel valide (ex. nom@exemple.ca).")).toBeVisible();
    await expect(page.getByLabel("Adresse courriel")).toHaveValue("pas-une-adresse");
    await page.getByLabel("Adresse courriel").fill("quelquun.dautre@exemple.test");
    await page.getByRole("button", { name: "Envoyer le lien" }).click();
    await expect(page.getByRole("status")).toContainText("Si un compte existe");
    expectNoSecretIn(urls, ["quelquun.dautre"]);
  });
});

test("a new password chosen from the emailed link, without JavaScript, then used to sign in", async ({ page, browser }) => {
  const email = "aputi.sansscript@exemple.test";
  await signIn(page);
  await page.goto("/fr/admin/users/new");
  await page.getByLabel("Nom").fill("Aputi Sansscript");
  await page.getByLabel("Adresse courriel").fill(email);
  await page.getByLabel("Mot de passe").fill("premiere phrase secrete");
  await page.getByRole("button", { name: "Sauvegarder" }).click();
  await expect(page).toHaveURL(/\/fr\/admin\/users\?done=created$/);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const urls = recordUrls(context);
  const visitor = await context.newPage();
  await visitor.goto("/fr/forgot-password");
  await visitor.getByLabel("Adresse courriel").fill(email);
  await visitor.getByRole("button", { name: "Envoyer le lien" }).click();
  await expect(visitor.getByRole("status")).toContainText("Si un compte existe");

  await visitor.goto(await latestResetPath(email));
  await expect(visitor.locator("form")).toHaveAttribute("method", /^post$/i);
  await visitor.getByLabel("Nouveau mot de passe").fill("banquise au printemps");
  await visitor.getByLabel("Confirmer le mot de passe").fill("banquise en automne");
  await visitor.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(visitor.getByText("Les deux mots de passe ne correspondent pas.")).toBeVisible();
  await visitor.getByLabel("Nouveau mot de passe").fill("banquise au printemps");
  await visitor.getByLabel("Confirmer le mot de passe").fill("banquise au printemps");
  await visitor.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(visitor).toHaveURL(/\/fr\/login\?reason=reset$/);
  await expect(visitor.getByRole("status")).toHaveText("Votre mot de passe a été changé. Vous pouvez vous connecter.");

  await submitLogin(visitor, email, "banquise au printemps");
  await expect(visitor.getByRole("heading", { name: /Bonjour/ })).toBeVisible();
  expectNoSecretIn(urls, ["banquise", "premiere phrase"]);
  await context.close();
});
