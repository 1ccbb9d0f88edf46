import { render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import fr from "@/messages/fr.json";
import en from "@/messages/en.json";
import { LoginForm } from "@/components/auth/login-form";

// The server actions themselves are tested in tests/integration/sign-in-form.test.ts and in a browser.
jest.mock("@/lib/auth/public-actions", () => ({ signInForm: jest.fn() }));
jest.mock("@/lib/i18n/navigation", () => {
  const React = jest.requireActual<typeof import("react")>("react");
  return { Link: ({ href, children }: { href: string; children: React.ReactNode }) => React.createElement("a", { href }, children) };
});

const renderLogin = (locale: "fr" | "en", notice?: string) =>
  render(
    <NextIntlClientProvider locale={locale} messages={locale === "fr" ? fr : en}>
      <LoginForm notice={notice} callbackUrl="/fr/clients" permalink={`/${locale}/login`} />
    </NextIntlClientProvider>,
  );

describe("login form", () => {
  it.each([
    ["fr", "Vous êtes déconnecté·e."],
    ["en", "You are signed out."],
  ] as const)("confirms a sign-out (%s)", (locale, text) => {
    renderLogin(locale, "signedOut");
    expect(screen.getByRole("status")).toHaveTextContent(text);
  });

  it("confirms a new password", () => {
    renderLogin("fr", "reset");
    expect(screen.getByRole("status")).toHaveTextContent("Votre mot de passe a été changé.");
  });

  it("says nothing for an unknown notice and carries where the user was going", () => {
    const { container } = renderLogin("fr", "<script>");
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
    expect(container.querySelector('input[name="callbackUrl"]')).toHaveValue("/fr/clients");
  });
});
