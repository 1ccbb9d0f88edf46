import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NextIntlClientProvider } from "next-intl";
import { renderToString } from "react-dom/server";
import { fr } from "@/tests/helpers/messages";
import type { NotificationItem } from "@/lib/notifications/queries";

jest.mock("@/lib/i18n/navigation", () => {
  const React = jest.requireActual<typeof import("react")>("react");
  return { Link: ({ href, children, prefetch: _p, ...rest }: { href: string; prefetch?: boolean; children: React.ReactNode }) => React.createElement("a", { href, ...rest }, children) };
});
const items: NotificationItem[] = [
  { id: "n1", kind: "mention", href: "/clients/c1", title: "<b>Aputi Qaqqaq</b>", excerpt: "Voir avec @Nivi demain.", actorName: "Alice Kilabuk", createdAt: "2026-11-29T14:00:00.000Z", read: false },
  { id: "n2", kind: "reminder", href: null, title: "Appel employeur", excerpt: null, actorName: null, createdAt: "2026-11-28T14:00:00.000Z", read: true },
];
const loadBell = jest.fn(async () => ({ ok: true as const, data: { items, unread: { count: 1, capped: false } } }));
const markNotificationRead = jest.fn(async (_input: { id: string }) => ({ ok: true as const, data: { marked: 1 } }));
const markAllNotificationsRead = jest.fn(async () => ({ ok: true as const, data: { marked: 1 } }));
jest.mock("@/lib/notifications/actions", () => ({
  loadBell: () => loadBell(),
  markNotificationRead: (input: { id: string }) => markNotificationRead(input),
  markAllNotificationsRead: () => markAllNotificationsRead(),
}));

import { BellMenu } from "@/components/notifications/bell-menu";

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

const bell = (count: number, capped = false) => (
  <NextIntlClientProvider locale="fr" messages={fr} timeZone="America/Iqaluit">
    <BellMenu initial={{ count, capped }} />
  </NextIntlClientProvider>
);

describe("BellMenu", () => {
  it("is a plain link to the notifications page before scripts run, with the count in its name", () => {
    const html = renderToString(bell(3));
    expect(html).toContain('href="/notifications"');
    expect(html).toContain("Notifications : 3 non lues");
    expect(renderToString(bell(99, true))).toContain(">99+<");
  });

  it("opens the latest as plain text and marks one read", async () => {
    const user = userEvent.setup();
    render(bell(1));
    await user.click(screen.getByRole("button", { name: "Notifications : 1 non lue" }));
    const dialog = await screen.findByRole("dialog", { name: "Dernières notifications" });
    await waitFor(() => expect(within(dialog).getByRole("link", { name: "Alice Kilabuk vous a mentionné dans « <b>Aputi Qaqqaq</b> »" })).toHaveAttribute("href", "/clients/c1"));
    expect(dialog.querySelector("b")).toBeNull();
    expect(within(dialog).getByText("Rappel : « Appel employeur »")).toBeInTheDocument();

    await user.click(within(dialog).getByRole("button", { name: "Marquer comme lue : <b>Aputi Qaqqaq</b>" }));
    expect(markNotificationRead).toHaveBeenCalledWith({ id: "n1" });
    expect(screen.getByTestId("bell")).toHaveAccessibleName("Notifications");
    expect(within(dialog).queryByRole("button", { name: "Tout marquer comme lu" })).toBeNull();
  });

  it("« Tout marquer comme lu » clears the badge", async () => {
    const user = userEvent.setup();
    render(bell(1));
    await user.click(screen.getByRole("button", { name: "Notifications : 1 non lue" }));
    const dialog = await screen.findByRole("dialog");
    await user.click(await within(dialog).findByRole("button", { name: "Tout marquer comme lu" }));
    expect(markAllNotificationsRead).toHaveBeenCalled();
    expect(screen.queryByTestId("bell-count")).toBeNull();
  });
});
