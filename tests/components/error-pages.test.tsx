import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import fr from "@/messages/fr.json";
import en from "@/messages/en.json";
import ErrorPage from "@/app/[locale]/error";
import GlobalError from "@/app/global-error";
import { ERROR_PAGE_MESSAGES } from "@/lib/i18n/error-page-messages";

const serverError = Object.assign(new Error("An error occurred in the Server Components render."), { digest: "2417839560" });

function renderIn(locale: "fr" | "en", error: unknown, retry = jest.fn()) {
  jest.spyOn(console, "error").mockImplementation(() => {});
  render(
    <NextIntlClientProvider locale={locale} messages={locale === "fr" ? fr : en} timeZone="America/Iqaluit">
      <ErrorPage error={error} retry={retry} />
    </NextIntlClientProvider>,
  );
  return retry;
}

afterEach(() => jest.restoreAllMocks());

describe("error page", () => {
  it("speaks French, shows the digest as a reference number and tries again on « Réessayer »", async () => {
    const retry = renderIn("fr", serverError);
    expect(screen.getByRole("heading", { name: "Une erreur est survenue" })).toBeInTheDocument();
    expect(screen.getByText("Numéro de référence : 2417839560")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Réessayer" }));
    expect(retry).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("link", { name: "Aller au tableau de bord" })).toHaveAttribute("href", "/fr");
  });

  it("speaks English too, and never shows the error's own text", () => {
    renderIn("en", serverError);
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
    expect(screen.getByText("Reference number: 2417839560")).toBeInTheDocument();
    expect(document.body.textContent).not.toContain("Server Components render");
  });

  it("leaves the reference out when the error has none (a failure in the browser)", () => {
    renderIn("fr", new Error("boom"));
    expect(screen.queryByText(/Numéro de référence/)).toBeNull();
    expect(document.body.textContent).not.toContain("boom");
  });
});

describe("global error page (the root layout failed)", () => {
  // What next.config.ts inlines at build time (tests/unit/security-headers.test.ts checks the wiring).
  beforeAll(() => void (process.env.CRM_ERROR_PAGE_MESSAGES = ERROR_PAGE_MESSAGES));

  it("is bilingual, French first, from the messages files, with the reference and a retry button", () => {
    const html = renderToStaticMarkup(<GlobalError error={serverError} retry={() => {}} />);
    expect(html.indexOf(fr.errorPage.title)).toBeGreaterThan(-1);
    expect(html.indexOf(en.errorPage.title)).toBeGreaterThan(html.indexOf(fr.errorPage.title));
    expect(html).toContain("Numéro de référence : 2417839560");
    expect(html).toContain("Reference number: 2417839560");
    expect(html).toMatch(/<button[^>]*>Réessayer \/ <span lang="en">Try again<\/span><\/button>/);
    expect(html).not.toContain("Server Components render");
  });
});
