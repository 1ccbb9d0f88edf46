import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// A satellite link: the page is there but its scripts are not. The record form must post and save all the same,
// show refused values with their message, and never put what was typed in the address.
test("with scripts off, a client is created, and a bad value comes back with its message", async ({ browser }) => {
  const withScripts = await browser.newContext();
  await signIn(await withScripts.newPage());
  const state = await withScripts.storageState();
  await withScripts.close();

  const context = await browser.newContext({ javaScriptEnabled: false, storageState: state });
  const page = await context.newPage();
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  await page.goto("/fr/clients/new");
  await page.getByRole("textbox", { name: "Prénom", exact: true }).fill("Nuvuja");
  await page.getByRole("textbox", { name: "Nom de famille", exact: true }).fill("Sans-Script");
  await page.getByRole("textbox", { name: "Adresse courriel", exact: true }).fill("pas-un-courriel");
  await page.getByRole("button", { name: "Sauvegarder" }).first().click();
  await expect(page.getByText("Entrez une adresse courriel valide", { exact: false }).first()).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Nom de famille", exact: true })).toHaveValue("Sans-Script");

  await page.getByRole("textbox", { name: "Adresse courriel", exact: true }).fill("nuvuja.ss@exemple.test");
  await page.getByRole("button", { name: "Sauvegarder" }).first().click();
  await expect(page.getByRole("heading", { name: "Nuvuja Sans-Script" })).toBeVisible();
  expect(page.url()).toMatch(/\/fr\/clients\/[a-z0-9]+$/);
  expect(urls.filter((u) => u.includes("courriel") || u.includes("Sans-Script"))).toEqual([]);
  await context.close();
});
