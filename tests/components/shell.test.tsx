import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NextIntlClientProvider } from "next-intl";
import fr from "@/messages/fr.json";
import en from "@/messages/en.json";
import { MobileNav } from "@/components/shell/mobile-nav";
import { RightPanelToggle } from "@/components/shell/right-panel-toggle";
import { RightPanelAside, RightPanelProvider } from "@/components/shell/right-panel";
import { RIGHT_PANEL_COOKIE, rightPanelOpen } from "@/components/shell/right-panel-state";

jest.mock("@/lib/i18n/navigation", () => {
  const React = jest.requireActual<typeof import("react")>("react");
  return {
    Link: ({ href, children, ...rest }: { href: string; children: React.ReactNode }) => React.createElement("a", { href, ...rest }, children),
    usePathname: () => "/",
  };
});

const inLocale = (locale: "fr" | "en", ui: React.ReactNode) => (
  <NextIntlClientProvider locale={locale} messages={locale === "fr" ? fr : en}>
    {ui}
  </NextIntlClientProvider>
);

function Shell({ initialOpen = true }: { initialOpen?: boolean }) {
  return (
    <RightPanelProvider initialOpen={initialOpen} className="">
      <RightPanelToggle>
        <p>Contenu du panneau</p>
      </RightPanelToggle>
      <RightPanelAside label="Affichage et dernières consultations">
        <p>Contenu du panneau</p>
      </RightPanelAside>
    </RightPanelProvider>
  );
}

beforeEach(() => {
  document.cookie = `${RIGHT_PANEL_COOKIE}=; max-age=0; path=/`;
});

describe("drawers", () => {
  it.each([
    ["fr", "Ouvrir le menu", "Fermer"],
    ["en", "Open the menu", "Close"],
  ] as const)("the menu sheet's close button says close (%s)", async (locale, open, close) => {
    render(inLocale(locale, <MobileNav isAdmin={false} modules={[]} />));
    await userEvent.click(screen.getByRole("button", { name: open }));
    const dialog = await screen.findByRole("dialog");
    await userEvent.click(within(dialog).getByRole("button", { name: close }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it.each([
    ["fr", "Affichage et dernières consultations", "Fermer"],
    ["en", "Display and recently viewed", "Close"],
  ] as const)("the right panel's sheet closes with a button that says close (%s)", async (locale, open, close) => {
    render(inLocale(locale, <Shell />));
    await userEvent.click(screen.getByRole("button", { name: open }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByRole("button", { name: close })).toBeInTheDocument();
  });
});

describe("right panel on wide screens", () => {
  it("hides and shows the panel beside the page and keeps the choice in a cookie", async () => {
    render(inLocale("fr", <Shell />));
    expect(screen.getByRole("complementary", { name: "Affichage et dernières consultations" })).toBeInTheDocument();
    const hide = screen.getByRole("button", { name: "Masquer le panneau de droite" });
    expect(hide).toHaveAttribute("aria-expanded", "true");
    expect(hide).toHaveAttribute("aria-controls", "right-panel");
    await userEvent.click(hide);
    expect(screen.queryByRole("complementary")).not.toBeInTheDocument();
    expect(document.cookie).toContain(`${RIGHT_PANEL_COOKIE}=closed`);
    const show = screen.getByRole("button", { name: "Afficher le panneau de droite" });
    expect(show).toHaveAttribute("aria-expanded", "false");
    await userEvent.click(show);
    expect(screen.getByRole("complementary")).toBeInTheDocument();
    expect(document.cookie).toContain(`${RIGHT_PANEL_COOKIE}=open`);
  });

  it("renders closed straight away when the cookie says so (no flash on load)", () => {
    expect(rightPanelOpen("closed")).toBe(false);
    expect(rightPanelOpen(undefined)).toBe(true);
    render(inLocale("en", <Shell initialOpen={false} />));
    expect(screen.queryByRole("complementary")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Show the right panel" })).toHaveAttribute("aria-expanded", "false");
  });
});
