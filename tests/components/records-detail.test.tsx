import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NextIntlClientProvider } from "next-intl";
import { fr } from "@/tests/helpers/messages";
import type { ActionResult } from "@/lib/actions/errors";
import { defineModule, type DisplayValue } from "@/lib/records/types";
import type { EditableRecord, RecordActions } from "@/lib/records/ui-types";
import { RecordDetail, type RecordDetailProps } from "@/components/records/record-detail";
import { ChangeLog } from "@/components/records/change-log";
import { QuickCreateDialog } from "@/components/records/quick-create-dialog";
import { QuickCreateMenu } from "@/components/records/quick-create-menu";

const mockPush = jest.fn();
const mockRefresh = jest.fn();
let mockPathname = "/clients/c1";
jest.mock("@/lib/i18n/navigation", () => {
  const React = jest.requireActual<typeof import("react")>("react");
  return {
    Link: ({ href, children, ...rest }: { href: string; children: React.ReactNode }) => React.createElement("a", { href, ...rest }, children),
    useRouter: () => ({ push: mockPush, replace: jest.fn(), refresh: mockRefresh }),
    usePathname: () => mockPathname,
  };
});
jest.mock("next/navigation", () => ({ useSearchParams: () => new URLSearchParams() }));

const def = defineModule({
  key: "clients",
  icon: "user",
  titleFields: ["firstName", "lastName"],
  fields: [
    { name: "firstName", kind: "text" },
    { name: "lastName", kind: "text", required: true },
    { name: "phone", kind: "phone" },
    { name: "website", kind: "url" },
    { name: "status", kind: "enum", options: ["open", "closed"], required: true },
    { name: "partner", kind: "relation", relation: { module: "partners" } },
    { name: "uci", kind: "text", inlineEdit: false },
    { name: "description", kind: "textarea" },
  ],
  listColumns: ["lastName"],
  defaultSort: { field: "lastName", dir: "asc" },
  sections: [
    { key: "identity", fields: ["firstName", "lastName", "phone", "website"] },
    { key: "file", fields: ["status", "partner", "uci", "description"] },
  ],
  subpanels: [],
  exportColumns: ["lastName"],
  duplicateCheck: false,
  assignable: false,
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
        website: "Site Web",
        status: "Statut du dossier",
        partner: "Nom du partenaire",
        uci: "Numéro de client IRCC (IUC)",
        description: "Description",
      },
      options: { status: { open: "Ouvert", closed: "Fermé" } },
      sections: { identity: "Identité", file: "Dossier" },
    },
  },
};

const intlErrors: unknown[] = [];
afterEach(() => {
  expect(intlErrors).toEqual([]);
  intlErrors.length = 0;
  mockPush.mockReset();
  mockRefresh.mockReset();
});

function withIntl(ui: React.ReactNode) {
  return render(
    <NextIntlClientProvider locale="fr" messages={messages} timeZone="America/Iqaluit" onError={(e) => intlErrors.push(e)}>
      {ui}
    </NextIntlClientProvider>,
  );
}

const record: EditableRecord = {
  id: "c1",
  version: 3,
  title: "Marie Côté",
  values: { firstName: "Marie", lastName: "Côté", phone: "867-555-0101", website: "https://example.ca", status: "open", partner: "p1", uci: "12345678", description: "<img src=x onerror=alert(1)>" },
  relationLabels: { partner: { id: "p1", label: "KCR - Kelowna Com" } },
};
const display: Record<string, DisplayValue> = {
  firstName: "Marie",
  lastName: "Côté",
  phone: "867-555-0101",
  website: "https://example.ca",
  status: "Ouvert",
  partner: { id: "p1", label: "KCR - Kelowna Com" },
  uci: "12345678",
  description: "<img src=x onerror=alert(1)>",
};

type SaveFieldResult = ActionResult<{ version: number; display: DisplayValue }>;
function renderDetail(overrides: Partial<RecordDetailProps> & { saveField?: RecordActions["saveField"]; remove?: RecordActions["remove"] } = {}) {
  const { saveField: givenSaveField, remove: givenRemove, ...props } = overrides;
  const saveField = givenSaveField ?? jest.fn(async (): Promise<SaveFieldResult> => ({ ok: true, data: { version: 4, display: "867-555-0199" } }));
  const remove = givenRemove ?? jest.fn(async () => ({ ok: true as const, data: { id: "c1" } }));
  const toggleFavorite = jest.fn(async () => ({ ok: true as const, data: { favorite: true } }));
  const actions: RecordActions = { save: jest.fn(), saveField, remove };
  withIntl(
    <RecordDetail
      def={def}
      record={record}
      display={display}
      options={{}}
      actions={actions}
      relationSearch={{}}
      basePath="/clients"
      canDelete
      isFavorite={false}
      toggleFavorite={toggleFavorite}
      position={{ index: 2, total: 8, capped: false, prevId: "c0", nextId: "c2", query: "from=list&q=co" }}
      changeLog={<ChangeLog entries={[]} />}
      {...props}
    />,
  );
  return { saveField, remove, toggleFavorite };
}

describe("RecordDetail", () => {
  it("shows the header: star, title, « 2/8 » with previous/next, « Modifier »", () => {
    renderDetail();
    expect(screen.getByRole("heading", { level: 1, name: "Marie Côté" })).toBeInTheDocument();
    expect(screen.getByText("2/8")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Fiche précédente" })).toHaveAttribute("href", "/clients/c0?from=list&q=co");
    expect(screen.getByRole("link", { name: "Fiche suivante" })).toHaveAttribute("href", "/clients/c2?from=list&q=co");
    expect(screen.getByRole("link", { name: "Modifier" })).toHaveAttribute("href", "/clients/c1/edit?from=list&q=co");
    expect(screen.getByRole("heading", { name: "Vue globale" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Journal des modifications" })).toBeInTheDocument();
  });

  it("renders values as text (markup included), links http(s) urls and relations", () => {
    renderDetail();
    expect(screen.getByText("<img src=x onerror=alert(1)>")).toBeInTheDocument();
    expect(document.querySelector("img")).toBeNull();
    const site = screen.getByRole("link", { name: "https://example.ca" });
    expect(site).toHaveAttribute("rel", "noopener noreferrer");
    expect(site).toHaveAttribute("target", "_blank");
    expect(screen.getByRole("link", { name: "KCR - Kelowna Com" })).toHaveAttribute("href", "/partners/p1");
  });

  it("offers the pencil except on fields with inlineEdit: false, and on a relation only when it can search", () => {
    renderDetail();
    expect(screen.getByRole("button", { name: "Modifier Téléphone" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Modifier Nom du partenaire" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Modifier Numéro de client IRCC (IUC)" })).toBeNull();
  });

  it("edits « Nom du partenaire » inline with the picker, and shows a partner in the recycle bin as deleted", async () => {
    const user = userEvent.setup();
    const search = jest.fn(async () => ({ ok: true as const, data: [{ id: "p2", label: "Construction Qimmiq" }] }));
    const saveField = jest.fn(async (): Promise<SaveFieldResult> => ({ ok: true, data: { version: 4, display: { id: "p2", label: "Construction Qimmiq" } } }));
    renderDetail({ relationSearch: { partner: search }, saveField, display: { ...display, partner: { id: "p1", label: "KCR - Kelowna Com", deleted: true } } });
    expect(screen.getByText("KCR - Kelowna Com (supprimé)")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /KCR - Kelowna Com/ })).toBeNull(); // no page to open in the bin
    await user.click(screen.getByRole("button", { name: "Modifier Nom du partenaire" }));
    const picker = screen.getByRole("combobox", { name: "Nom du partenaire" });
    expect(picker).toHaveValue("KCR - Kelowna Com");
    await user.clear(picker);
    await user.type(picker, "qimm");
    await user.click(await screen.findByRole("option", { name: /Construction Qimmiq/ }));
    await user.click(screen.getByRole("button", { name: "Sauvegarder Nom du partenaire" }));
    expect(saveField).toHaveBeenCalledWith({ id: "c1", version: 3, field: "partner", value: "p2" });
    expect(await screen.findByRole("link", { name: "Construction Qimmiq" })).toHaveAttribute("href", "/partners/p2");
  });

  it("offers Dupliquer and Journal des modifications in « Actions ▾ »", async () => {
    const user = userEvent.setup();
    renderDetail({ canCreate: true });
    await user.click(screen.getByRole("button", { name: /Actions/ }));
    expect(await screen.findByRole("menuitem", { name: "Dupliquer" })).toHaveAttribute("href", "/clients/new?duplicate=c1");
    expect(screen.getByRole("menuitem", { name: "Journal des modifications" })).toHaveAttribute("href", "#change-log");
  });

  it("edits one field inline: Enter calls saveField with the field and the value, then shows the new value", async () => {
    const user = userEvent.setup();
    const { saveField } = renderDetail();
    await user.click(screen.getByRole("button", { name: "Modifier Téléphone" }));
    const input = screen.getByLabelText("Téléphone", { selector: "input" });
    expect(input).toHaveValue("867-555-0101");
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.type(input, "867-555-0199{Enter}");
    expect(saveField).toHaveBeenCalledWith({ id: "c1", version: 3, field: "phone", value: "867-555-0199" });
    expect(await screen.findByText("867-555-0199")).toBeInTheDocument();
    expect(screen.queryByLabelText("Téléphone", { selector: "input" })).toBeNull();
    expect(mockRefresh).toHaveBeenCalled();

    // the next save uses the version the server returned
    await user.click(screen.getByRole("button", { name: "Modifier Prénom" }));
    await user.type(screen.getByLabelText("Prénom", { selector: "input" }), "-Ève");
    await user.click(screen.getByRole("button", { name: "Sauvegarder Prénom" }));
    expect(saveField).toHaveBeenLastCalledWith({ id: "c1", version: 4, field: "firstName", value: "Marie-Ève" });
  });

  it("Escape cancels without saving", async () => {
    const user = userEvent.setup();
    const { saveField } = renderDetail();
    await user.click(screen.getByRole("button", { name: "Modifier Statut du dossier" }));
    const select = screen.getByLabelText(/Statut du dossier/, { selector: "select" });
    await user.selectOptions(select, "closed");
    await user.keyboard("{Escape}");
    expect(saveField).not.toHaveBeenCalled();
    expect(screen.getByText("Ouvert")).toBeInTheDocument();
  });

  it("shows the translated error under the field, and the conflict message with a reload", async () => {
    const user = userEvent.setup();
    const saveField = jest
      .fn<Promise<SaveFieldResult>, [Parameters<RecordActions["saveField"]>[0]]>()
      .mockResolvedValueOnce({ ok: false, error: "errors.invalid", fieldErrors: { lastName: { key: "validation.required" } } })
      .mockResolvedValueOnce({ ok: false, error: "records.conflict", extra: {} });
    renderDetail({ saveField });
    await user.click(screen.getByRole("button", { name: "Modifier Nom de famille" }));
    const input = screen.getByLabelText(/Nom de famille/, { selector: "input" });
    await user.clear(input);
    await user.keyboard("{Enter}");
    expect(saveField).toHaveBeenCalledWith({ id: "c1", version: 3, field: "lastName", value: null });
    const error = await screen.findByText("Ce champ est obligatoire.");
    expect(input).toHaveAttribute("aria-describedby", error.id);

    await user.type(input, "Tremblay{Enter}");
    expect(await screen.findByText(/Quelqu'un d'autre a modifié cette fiche/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Recharger la fiche" }));
    expect(mockRefresh).toHaveBeenCalled();
  });

  it("toggles the favourite star at once (aria-pressed) and calls toggleFavorite", async () => {
    const user = userEvent.setup();
    const { toggleFavorite } = renderDetail();
    const star = screen.getByRole("button", { name: "Favori" });
    expect(star).toHaveAttribute("aria-pressed", "false");
    await user.click(star);
    expect(star).toHaveAttribute("aria-pressed", "true");
    expect(toggleFavorite).toHaveBeenCalledWith({ module: "clients", id: "c1" });
  });

  it("puts the star back and says why when the favourite toggle fails", async () => {
    const user = userEvent.setup();
    const toggleFavorite = jest.fn(async () => ({ ok: false as const, error: "errors.forbidden" }));
    renderDetail({ toggleFavorite });
    const star = screen.getByRole("button", { name: "Favori" });
    await user.click(star);
    await waitFor(() => expect(star).toHaveAttribute("aria-pressed", "false"));
    expect(screen.getByText("Vous n'avez pas la permission de faire cette action.")).toBeInTheDocument();
  });

  it("deletes from « Actions ▾ » after confirmation and goes back to the list", async () => {
    const user = userEvent.setup();
    const { remove } = renderDetail();
    await user.click(screen.getByRole("button", { name: /Actions/ }));
    await user.click(await screen.findByRole("menuitem", { name: "Supprimer" }));
    const dialog = await screen.findByRole("dialog", { name: "Supprimer cette fiche ?" });
    expect(within(dialog).getByText(/« Marie Côté » sera placée dans la Corbeille/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Supprimer" }));
    expect(remove).toHaveBeenCalledWith({ id: "c1" });
    await waitFor(() => expect(mockPush).toHaveBeenCalledWith("/clients?q=co"));
  });

  it("has no « Supprimer » without the permission", async () => {
    const user = userEvent.setup();
    renderDetail({ canDelete: false });
    await user.click(screen.getByRole("button", { name: /Actions/ }));
    expect(await screen.findByRole("menuitem", { name: "Modifier" })).toBeInTheDocument();
    expect(screen.queryByRole("menuitem", { name: "Supprimer" })).toBeNull();
  });
});

describe("ChangeLog", () => {
  it("lists changes as text and says when there is none", () => {
    const { unmount } = withIntl(
      <ChangeLog entries={[{ id: "1", at: "12 janv. 2026, 10 h 30", user: "Calista Emesong", action: "Modification", field: "Téléphone", before: null, after: "<b>867</b>" }]} />,
    );
    const row = screen.getAllByRole("row")[1];
    expect(within(row).getByText("Calista Emesong")).toBeInTheDocument();
    expect(within(row).getByText("<b>867</b>")).toBeInTheDocument();
    expect(within(row).getByText("—")).toBeInTheDocument();
    unmount();
    withIntl(<ChangeLog entries={[]} />);
    expect(screen.getByText("Aucune modification enregistrée pour l'instant.")).toBeInTheDocument();
  });
});

describe("QuickCreateMenu / QuickCreateDialog", () => {
  it("lists the create actions under « + » and opens the chosen form", async () => {
    const user = userEvent.setup();
    withIntl(<QuickCreateMenu modules={[{ key: "clients", label: "Clients", createLabel: "Créer un client" }, { key: "tasks", label: "Tâches", createLabel: "Créer une tâche" }]} />);
    await user.click(screen.getByRole("button", { name: "Créer rapidement" }));
    await user.click(await screen.findByRole("menuitem", { name: "Créer une tâche" }));
    // Opened on a client's page: the new task starts linked to that client.
    expect(mockPush).toHaveBeenCalledWith("/quick-create/tasks?from=clients:c1");
  });

  it("opens a blank form from a page that is not a record's", async () => {
    const user = userEvent.setup();
    for (const path of ["/clients", "/clients/new", "/tasks/kanban/extra", "/"]) {
      mockPathname = path;
      mockPush.mockClear();
      const { unmount } = withIntl(<QuickCreateMenu modules={[{ key: "tasks", label: "Tâches", createLabel: "Créer une tâche" }]} />);
      await user.click(screen.getByRole("button", { name: "Créer rapidement" }));
      await user.click(await screen.findByRole("menuitem", { name: "Créer une tâche" }));
      expect(mockPush).toHaveBeenCalledWith("/quick-create/tasks");
      unmount();
    }
    mockPathname = "/clients/c1";
  });

  it("hosts a form in a titled dialog that closes", async () => {
    const user = userEvent.setup();
    const onOpenChange = jest.fn();
    withIntl(
      <QuickCreateDialog title="Créer un client" open onOpenChange={onOpenChange}>
        <p>formulaire</p>
      </QuickCreateDialog>,
    );
    const dialog = screen.getByRole("dialog", { name: "Créer un client" });
    expect(within(dialog).getByText("formulaire")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Fermer" }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });
});
