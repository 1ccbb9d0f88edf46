import { expect, test, type Page } from "@playwright/test";
import { shot, signIn } from "./helpers";

// Issue 11, « Done when » in a browser: a PDF CV uploaded to a client makes « CV à jour : Oui » in the client list
// and downloads; a document's new version keeps the first downloadable; SVG and renamed HTML are refused.
// Every person here is invented.
test.describe.configure({ mode: "default" });

const PDF = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
let clientUrl = "";

async function upload(page: Page, section: string, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.locator(section).locator('input[type="file"]').setInputFiles(files);
}

test.beforeEach(async ({ page }) => {
  await signIn(page);
});

test("a PDF CV uploaded to a client makes « CV à jour : Oui » and downloads with its name", async ({ page }) => {
  await page.goto("/fr/clients/new");
  await page.getByRole("textbox", { name: "Prénom", exact: true }).fill("Aputi");
  await page.getByRole("textbox", { name: "Nom de famille", exact: true }).fill("Tuglavina-Côté");
  await page.getByRole("button", { name: "Sauvegarder" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aputi Tuglavina-Côté");
  clientUrl = new URL(page.url()).pathname;

  await upload(page, "section[aria-labelledby='subpanel-cvs']", [{ name: "CV Aputi ᐊᐳᑎ.pdf", mimeType: "application/pdf", buffer: PDF("cv") }]);
  const cvs = page.locator("section[aria-labelledby='subpanel-cvs']");
  await expect(cvs.getByText("1 fichier envoyé.")).toBeVisible();
  await expect(cvs.getByRole("link", { name: "CV Aputi ᐊᐳᑎ", exact: true })).toBeVisible();
  await shot(page, "documents-client-subpanels-fr");

  const [download] = await Promise.all([page.waitForEvent("download"), cvs.getByRole("link", { name: "CV Aputi ᐊᐳᑎ.pdf" }).click()]);
  expect(download.suggestedFilename()).toBe("CV Aputi ᐊᐳᑎ.pdf");

  await page.goto("/fr/clients?q=Tuglavina");
  const row = page.getByRole("row").filter({ hasText: "Tuglavina-Côté" });
  await expect(row).toContainText("Oui");
});

test("a document's new version keeps the first one downloadable", async ({ page }) => {
  await page.goto(clientUrl);
  const docs = page.locator("section[aria-labelledby='subpanel-documents']");
  await upload(page, "section[aria-labelledby='subpanel-documents']", [{ name: "bail.pdf", mimeType: "application/pdf", buffer: PDF("v1") }]);
  await expect(docs.getByText("1 fichier envoyé.")).toBeVisible();
  await docs.getByRole("link", { name: "bail", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("bail");

  await upload(page, "section[aria-labelledby='record-files']", [{ name: "bail signé.pdf", mimeType: "application/pdf", buffer: PDF("v2") }]);
  const versions = page.locator("section[aria-labelledby='record-files']");
  await expect(versions.getByText("Version 2")).toBeVisible();
  await shot(page, "documents-versions-fr");
  const [first] = await Promise.all([page.waitForEvent("download"), versions.getByRole("link", { name: /^bail\.pdf/ }).click()]);
  expect(first.suggestedFilename()).toBe("bail.pdf");
  expect((await readAll(first)).toString()).toContain("% v1");

  // Signed out, the same address gives no file.
  const href = await versions.getByRole("link", { name: /^bail\.pdf/ }).getAttribute("href");
  const anonymous = await page.context().browser()!.newContext();
  const res = await anonymous.request.get(new URL(href!, page.url()).toString(), { maxRedirects: 0 });
  expect(res.status()).toBe(401);
  expect((await res.body()).toString()).not.toContain("%PDF");
  await anonymous.close();
});

test("an SVG and an HTML file renamed .pdf are refused with a clear message", async ({ page }) => {
  await page.goto(clientUrl);
  const docs = page.locator("section[aria-labelledby='subpanel-documents']");
  await upload(page, "section[aria-labelledby='subpanel-documents']", [
    { name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') },
    { name: "rapport.pdf", mimeType: "application/pdf", buffer: Buffer.from("<!DOCTYPE html><html><script>alert(1)</script></html>") },
  ]);
  await expect(docs.getByRole("alert").filter({ hasText: "logo.svg : Les fichiers SVG et HTML ne sont pas acceptés" })).toBeVisible();
  await expect(docs.getByRole("alert").filter({ hasText: "rapport.pdf : Les fichiers SVG et HTML ne sont pas acceptés" })).toBeVisible();
  await expect(docs.getByRole("link", { name: "logo", exact: true })).toHaveCount(0);
  await shot(page, "documents-refused-fr");
});

async function readAll(download: import("@playwright/test").Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
