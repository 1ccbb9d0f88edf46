import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NextIntlClientProvider } from "next-intl";
import { fr } from "@/tests/helpers/messages";
import { defineModule, type RecordRow } from "@/lib/records/types";
import type { ListScreenProps } from "@/lib/records/ui-types";
import { RecordList } from "@/components/records/record-list";

const mockPush = jest.fn();
jest.mock("@/lib/i18n/navigation", () => {
  const React = jest.requireActual<typeof import("react")>("react");
  return {
    Link: ({ href, children, ...rest }: { href: string; children: React.ReactNode }) => React.createElement("a", { href, ...rest }, children),
    useRouter: () => ({ push: mockPush, replace: jest.fn(), refresh: jest.fn() }),
    usePathname: () => "/clients",
  };
});

const def = defineModule({
  key: "clients",
  icon: "user",
  titleFields: ["firstName", "lastName"],
  fields: [
    { name: "firstName", kind: "text" },
    { name: "lastName", kind: "text", required: true, sortable: true },
    { name: "phone", kind: "phone" },
    { name: "email", kind: "email", sortable: true },
    { name: "website", kind: "url" },
    { name: "status", kind: "enum", options: ["open", "closed"] },
    { name: "cvUpToDate", kind: "boolean" },
    { name: "languages", kind: "multienum", options: ["fr", "en"] },
  ],
  listColumns: ["lastName", "phone", "email", "status", "cvUpToDate", "languages", "website"],
  defaultSort: { field: "lastName", dir: "asc" },
  sections: [{ key: "identity", fields: ["firstName", "lastName"] }],
  subpanels: [],
  exportColumns: ["lastName"],
  duplicateCheck: true,
  assignable: true,
});

const messages = {
  ...fr,
  modules: {
    clients: {
      name: "Clients",
      singular: "Client",
      create: "Créer un client",
      view: "Afficher les clients",
      new: "Nouveau client",
      fields: {
        firstName: "Prénom",
        lastName: "Nom de famille",
        phone: "Téléphone",
        email: "Adresse courriel",
        website: "Site Web",
        status: "Statut du dossier",
        cvUpToDate: "CV à jour",
        languages: "Langues parlées",
      },
      sections: { identity: "Identité" },
    },
  },
};

const intlErrors: unknown[] = [];
afterEach(() => {
  expect(intlErrors).toEqual([]);
  intlErrors.length = 0;
  mockPush.mockReset();
});

const rows: RecordRow[] = [
  {
    id: "r1",
    version: 1,
    title: "Marie Côté",
    values: { lastName: "Côté", phone: "867-555-0101", email: "marie@example.ca", status: "Ouvert", cvUpToDate: true, languages: ["Français", "Anglais"], website: "https://example.ca" },
  },
  {
    id: "r2",
    version: 3,
    title: "<img src=x onerror=alert(1)>",
    values: { lastName: "<img src=x onerror=alert(1)>", phone: null, email: null, status: "Fermé", cvUpToDate: false, languages: [], website: "javascript:alert(1)" },
  },
];

function renderList(overrides: Partial<ListScreenProps> = {}) {
  const props: ListScreenProps = {
    def,
    basePath: "/clients",
    page: { rows, nextCursor: "next-c", prevCursor: null, count: 2, capped: false },
    params: { q: "cô", sort: "lastName", dir: "asc", mine: false },
    canCreate: true,
    ...overrides,
  };
  return render(
    <NextIntlClientProvider locale="fr" messages={messages} timeZone="America/Iqaluit" onError={(e) => intlErrors.push(e)}>
      <RecordList {...props} />
    </NextIntlClientProvider>,
  );
}

describe("RecordList", () => {
  it("renders one table row per record, the first column linking to the record with the list query", () => {
    renderList();
    const table = screen.getByRole("table");
    const bodyRows = within(table).getAllByRole("row").slice(1);
    expect(bodyRows).toHaveLength(2);
    const link = within(bodyRows[0]).getByRole("link", { name: "Côté" });
    const url = new URL(link.getAttribute("href")!, "http://x");
    expect(url.pathname).toBe("/clients/r1");
    expect(Object.fromEntries(url.searchParams)).toEqual({ from: "list", q: "cô", sort: "lastName", dir: "asc" });
    // boolean → Oui/Non, list joined, null → « — »
    expect(within(bodyRows[0]).getByText("Oui")).toBeInTheDocument();
    expect(within(bodyRows[0]).getByText("Français, Anglais")).toBeInTheDocument();
    expect(within(bodyRows[1]).getByText("Non")).toBeInTheDocument();
    expect(within(bodyRows[1]).getAllByText("—").length).toBeGreaterThanOrEqual(3);
  });

  it("makes sortable headers links carrying sort and dir, and marks the sorted column with aria-sort", () => {
    renderList();
    const lastName = screen.getByRole("columnheader", { name: /Nom de famille/ });
    expect(lastName).toHaveAttribute("aria-sort", "ascending");
    const sortLink = within(lastName).getByRole("link");
    const url = new URL(sortLink.getAttribute("href")!, "http://x");
    expect(url.searchParams.get("sort")).toBe("lastName");
    expect(url.searchParams.get("dir")).toBe("desc");
    expect(url.searchParams.get("q")).toBe("cô");
    expect(url.searchParams.has("cursor")).toBe(false);

    const email = screen.getByRole("columnheader", { name: /Adresse courriel/ });
    expect(email).not.toHaveAttribute("aria-sort");
    const emailUrl = new URL(within(email).getByRole("link").getAttribute("href")!, "http://x");
    expect([emailUrl.searchParams.get("sort"), emailUrl.searchParams.get("dir")]).toEqual(["email", "asc"]);

    // not sortable: plain text
    expect(within(screen.getByRole("columnheader", { name: "Téléphone" })).queryByRole("link")).toBeNull();
  });

  it("shows a capped count as « 1 000+ » and an exact count with its plural", () => {
    const { unmount } = renderList({ page: { rows, nextCursor: null, prevCursor: null, count: 1000, capped: true } });
    expect(screen.getByText(/^1\s000\+ fiches$/)).toBeInTheDocument(); // a module without its own word
    unmount();
    renderList();
    expect(screen.getByText("2 fiches")).toBeInTheDocument();
  });

  it("uses the module's own plural for the exact count when it has one", () => {
    const clients = { ...messages.modules.clients, count: "{count, plural, one {# client} other {# clients}}" };
    render(
      <NextIntlClientProvider locale="fr" messages={{ ...messages, modules: { clients } }} timeZone="America/Iqaluit" onError={(e) => intlErrors.push(e)}>
        <RecordList def={def} basePath="/clients" page={{ rows, nextCursor: null, prevCursor: null, count: 1, capped: false }} params={{ q: "", sort: "lastName", dir: "asc", mine: false }} canCreate />
      </NextIntlClientProvider>,
    );
    expect(screen.getByText("1 client")).toBeInTheDocument();
  });

  it("says « 1 000+ clients » when the module has its own capped form", () => {
    const clients = { ...messages.modules.clients, countCapped: "{count}+ clients" };
    render(
      <NextIntlClientProvider locale="fr" messages={{ ...messages, modules: { clients } }} timeZone="America/Iqaluit" onError={(e) => intlErrors.push(e)}>
        <RecordList def={def} basePath="/clients" page={{ rows, nextCursor: null, prevCursor: null, count: 1000, capped: true }} params={{ q: "", sort: "lastName", dir: "asc", mine: false }} canCreate />
      </NextIntlClientProvider>,
    );
    expect(screen.getByText(/^1\s000\+ clients$/)).toBeInTheDocument();
  });

  it("sends one markup for every screen: each cell carries its column's name for the phone cards", () => {
    renderList();
    expect(screen.queryByRole("list", { name: "Clients" })).toBeNull();
    const table = screen.getByRole("table", { name: "Clients" });
    const first = within(table).getAllByRole("row")[1];
    const phone = within(first).getByText("867-555-0101").closest("td");
    expect(phone).toHaveAttribute("data-label", "Téléphone");
    expect(phone).not.toHaveAttribute("data-blank");
    // an empty cell is left out of the card
    const second = within(table).getAllByRole("row")[2];
    expect(within(second).getAllByText("—")[0].closest("td")).toHaveAttribute("data-blank");
  });

  it("puts the guide's star on each row, pressed for the user's favourites, and toggles it", async () => {
    const user = userEvent.setup();
    const toggleFavorite = jest.fn(async () => ({ ok: true as const, data: { favorite: true } }));
    renderList({ favoriteIds: ["r1"], toggleFavorite });
    expect(screen.getByRole("button", { name: "Favori : Marie Côté" })).toHaveAttribute("aria-pressed", "true");
    const other = screen.getByRole("button", { name: "Favori : <img src=x onerror=alert(1)>" });
    expect(other).toHaveAttribute("aria-pressed", "false");
    await user.click(other);
    expect(toggleFavorite).toHaveBeenCalledWith({ module: "clients", id: "r2" });
    expect(other).toHaveAttribute("aria-pressed", "true");
  });

  it("opens the quick view of a row with the first section's fields and a link to the record", async () => {
    const user = userEvent.setup();
    const quickView = jest.fn(async ({ id }: { id: string }) => ({ ok: true as const, data: { id, title: "Marie Côté", values: { firstName: "Marie", lastName: "Côté" } } }));
    renderList({ quickView });
    const info = screen.getByRole("link", { name: "Aperçu de Marie Côté" });
    expect(info).toHaveAttribute("href", expect.stringContaining("/clients/r1?")); // a plain link before scripts run
    await user.click(info);
    const dialog = await screen.findByRole("dialog", { name: "Marie Côté" });
    expect(quickView).toHaveBeenCalledWith({ id: "r1" });
    expect(await within(dialog).findByText("Prénom")).toBeInTheDocument();
    expect(within(dialog).getByText("Marie")).toBeInTheDocument();
    expect(within(dialog).getByRole("link", { name: "Ouvrir la fiche" })).toHaveAttribute("href", expect.stringContaining("/clients/r1?"));
  });

  it("links « Suivant » / « Précédent » with the cursors, keeping the list query", () => {
    renderList({ page: { rows, nextCursor: "n1", prevCursor: "p1", count: 2, capped: false }, params: { q: "", sort: "email", dir: "desc", mine: true } });
    const next = new URL(screen.getByRole("link", { name: /Suivant/ }).getAttribute("href")!, "http://x");
    expect(Object.fromEntries(next.searchParams)).toEqual({ sort: "email", dir: "desc", mine: "1", cursor: "n1", start: "3" });
    const prev = new URL(screen.getByRole("link", { name: /Précédent/ }).getAttribute("href")!, "http://x");
    expect(Object.fromEntries(prev.searchParams)).toEqual({ sort: "email", dir: "desc", mine: "1", cursor: "p1", before: "1", start: "1" });
  });

  it("offers « Créer un client » only when allowed", () => {
    const { unmount } = renderList();
    expect(screen.getByRole("link", { name: /Créer un client/ })).toHaveAttribute("href", "/clients/new");
    unmount();
    renderList({ canCreate: false });
    expect(screen.queryByRole("link", { name: /Créer un client/ })).toBeNull();
  });

  it("searches with q and toggles « Mes éléments » through the URL", async () => {
    const user = userEvent.setup();
    renderList({ params: { q: "", sort: "lastName", dir: "asc", mine: false } });
    const box = screen.getByPlaceholderText("Saisissez une partie du nom");
    await user.type(box, "trem");
    await user.click(screen.getByRole("button", { name: "Rechercher" }));
    expect(mockPush).toHaveBeenLastCalledWith("/clients?q=trem&sort=lastName&dir=asc");
    await user.click(screen.getByRole("checkbox", { name: "Mes éléments" }));
    expect(mockPush).toHaveBeenLastCalledWith("/clients?q=trem&sort=lastName&dir=asc&mine=1");
  });

  it("tells an empty module from a search without match", () => {
    const { unmount } = renderList({ page: { rows: [], nextCursor: null, prevCursor: null, count: 0, capped: false }, params: { q: "", sort: "lastName", dir: "asc", mine: false } });
    expect(screen.getByText("Aucune fiche pour l'instant.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).toBeNull();
    unmount();
    renderList({ page: { rows: [], nextCursor: null, prevCursor: null, count: 0, capped: false }, params: { q: "zzz", sort: "lastName", dir: "asc", mine: true } });
    expect(screen.getByText("Aucune des fiches qui vous sont assignées ne correspond à la recherche « zzz ».")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Effacer la recherche" })).toHaveAttribute("href", "/clients?sort=lastName&dir=asc&mine=1");
  });

  it("renders markup typed by users as text and links only http(s) addresses", () => {
    const { container } = renderList();
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getAllByText("<img src=x onerror=alert(1)>").length).toBeGreaterThan(0);
    const site = screen.getByRole("link", { name: "https://example.ca" });
    expect(site).toHaveAttribute("target", "_blank");
    expect(site).toHaveAttribute("rel", "noopener noreferrer");
    expect(screen.getByText("javascript:alert(1)").closest("a")).toBeNull();
  });
});
