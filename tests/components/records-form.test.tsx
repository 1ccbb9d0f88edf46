import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NextIntlClientProvider } from "next-intl";
import { useState } from "react";
import { fr } from "@/tests/helpers/messages";
import type { ActionResult } from "@/lib/actions/errors";
import { defineModule } from "@/lib/records/types";
import type { ConflictInfo, DuplicateCandidate, EditableRecord, FormValues, RecordActions } from "@/lib/records/ui-types";
import { RecordForm } from "@/components/records/record-form";
import { FieldInput, type FieldValue } from "@/components/records/field-input";
import { RelationPicker, type RelationChoice } from "@/components/records/relation-picker";

const mockPush = jest.fn();
const mockRefresh = jest.fn();
jest.mock("@/lib/i18n/navigation", () => {
  const React = jest.requireActual<typeof import("react")>("react");
  return {
    Link: ({ href, children, ...rest }: { href: string; children: React.ReactNode }) => React.createElement("a", { href, ...rest }, children),
    useRouter: () => ({ push: mockPush, replace: jest.fn(), refresh: mockRefresh }),
    usePathname: () => "/clients",
  };
});
let mockSearch = "";
jest.mock("next/navigation", () => ({ useSearchParams: () => new URLSearchParams(mockSearch) }));

const def = defineModule({
  key: "clients",
  icon: "user",
  titleFields: ["firstName", "lastName"],
  fields: [
    { name: "firstName", kind: "text" },
    { name: "lastName", kind: "text", required: true },
    { name: "email", kind: "email" },
    { name: "phone", kind: "phone" },
    { name: "status", kind: "enum", options: ["open", "closed"], required: true },
    { name: "cvUpToDate", kind: "boolean" },
    { name: "languages", kind: "multienum", options: ["fr", "en", "iu"] },
    { name: "partner", kind: "relation", relation: { module: "partners" } },
    { name: "assignedUser", kind: "user" },
    { name: "description", kind: "textarea" },
  ],
  listColumns: ["lastName"],
  defaultSort: { field: "lastName", dir: "asc" },
  sections: [
    { key: "identity", fields: ["firstName", "lastName", "email", "phone"] },
    { key: "file", fields: ["status", "cvUpToDate", "languages", "partner", "assignedUser", "description"] },
  ],
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
        email: "Adresse courriel",
        phone: "Téléphone",
        status: "Statut du dossier",
        cvUpToDate: "CV à jour",
        languages: "Langues parlées",
        partner: "Nom du partenaire",
        assignedUser: "Assigné à",
        description: "Description",
        birthDate: "Date de naissance",
      },
      options: { status: { open: "Ouvert", closed: "Fermé" }, languages: { fr: "Français", en: "Anglais", iu: "Inuktitut" } },
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
  mockSearch = "";
});

function withIntl(ui: React.ReactNode) {
  return render(
    <NextIntlClientProvider locale="fr" messages={messages} timeZone="America/Iqaluit" onError={(e) => intlErrors.push(e)}>
      {ui}
    </NextIntlClientProvider>,
  );
}

const options = { assignedUser: [{ value: "u1", label: "Patrick Test" }, { value: "u2", label: "Calista Emesong" }] };
const noSearch = jest.fn(async () => ({ ok: true as const, data: [] }));

type SaveResult = ActionResult<{ id: string; version: number }>;
type FormProps = Omit<Partial<React.ComponentProps<typeof RecordForm>>, "actions"> & {
  save?: jest.Mock<Promise<SaveResult>, [FormData]>;
  findDuplicates?: RecordActions["findDuplicates"];
};
function renderForm({ save: givenSave, findDuplicates, ...props }: FormProps = {}) {
  const save = givenSave ?? jest.fn<Promise<SaveResult>, [FormData]>(async () => ({ ok: true, data: { id: "new1", version: 1 } }));
  const actions: Pick<RecordActions, "save" | "findDuplicates"> = { save, findDuplicates };
  withIntl(<RecordForm def={def} options={options} actions={actions} relationSearch={{ partner: noSearch }} basePath="/clients" {...props} />);
  return { save };
}

const existing: EditableRecord = {
  id: "c1",
  version: 4,
  title: "Marie Côté",
  values: { firstName: "Marie", lastName: "Côté", email: "marie@example.ca", phone: "", status: "open", cvUpToDate: true, languages: ["fr"], partner: "p1", assignedUser: "u1", description: "" },
  relationLabels: { partner: { id: "p1", label: "KCR - Kelowna Com" } },
};

describe("FieldInput", () => {
  function Harness({ error, kind }: { error?: { key: string; values?: Record<string, string | number> }; kind: "email" | "enum" }) {
    const [value, setValue] = useState<FieldValue>("");
    const field = kind === "email" ? def.fields[2] : def.fields[4];
    return <FieldInput def={field} moduleKey="clients" value={value} onChange={setValue} error={error} />;
  }

  it("shows the translated error right under its field, tied to the input", () => {
    withIntl(<Harness kind="email" error={{ key: "validation.tooLong", values: { max: 255 } }} />);
    const input = screen.getByLabelText("Adresse courriel");
    expect(input).toHaveAttribute("type", "email");
    expect(input).toHaveAttribute("maxLength", "255");
    expect(input).toHaveAttribute("aria-invalid", "true");
    const message = screen.getByText("255 caractères au maximum.");
    expect(input).toHaveAttribute("aria-describedby", message.id);
  });

  it("renders an enum as a select of translated choices, without an empty choice when required", () => {
    withIntl(<Harness kind="enum" />);
    const select = screen.getByLabelText(/Statut du dossier/);
    // empty value: the empty choice stays until one is picked
    expect(within(select).getAllByRole("option").map((o) => o.textContent)).toEqual(["—", "Ouvert", "Fermé"]);
  });
});

describe("RelationPicker", () => {
  function Harness({ search }: { search: (input: { q: string }) => Promise<ActionResult<RelationChoice[]>> }) {
    const [value, setValue] = useState<RelationChoice | null>({ id: "p0", label: "Ancien partenaire" });
    return (
      <form aria-label="f">
        <label htmlFor="rp">Nom du partenaire</label>
        <RelationPicker id="rp" name="partner" label="Nom du partenaire" value={value} onChange={setValue} search={search} />
      </form>
    );
  }

  it("searches as one types, picks a match with the keyboard or the mouse, and clears with ×", async () => {
    const user = userEvent.setup();
    const search = jest.fn(async ({ q }: { q: string }) => ({
      ok: true as const,
      data: [
        { id: "p1", label: `KCR - Kelowna Com (${q})` },
        { id: "p2", label: "Kivalliq Coop" },
      ],
    }));
    const { container } = withIntl(<Harness search={search} />);
    const hidden = () => container.querySelector<HTMLInputElement>('input[type="hidden"][name="partner"]')!;
    expect(hidden().value).toBe("p0");

    const box = screen.getByRole("combobox", { name: "Nom du partenaire" });
    expect(box).toHaveValue("Ancien partenaire");
    await user.clear(box);
    await user.type(box, "K");
    const first = await screen.findByRole("option", { name: "KCR - Kelowna Com (K)" });
    expect(search).toHaveBeenCalledWith({ q: "K" });
    expect(box).toHaveAttribute("aria-expanded", "true");
    expect(box).toHaveAttribute("aria-activedescendant", first.id);

    await user.keyboard("{ArrowDown}");
    const second = screen.getByRole("option", { name: "Kivalliq Coop" });
    expect(box).toHaveAttribute("aria-activedescendant", second.id);
    await user.keyboard("{Enter}");
    expect(hidden().value).toBe("p2");
    expect(box).toHaveValue("Kivalliq Coop");
    expect(screen.queryByRole("option")).toBeNull();

    await user.click(screen.getByRole("button", { name: "Retirer" }));
    expect(hidden().value).toBe("");
    expect(box).toHaveValue("");
    expect(screen.queryByRole("button", { name: "Retirer" })).toBeNull();

    await user.type(box, "KC");
    await user.click(await screen.findByRole("option", { name: "KCR - Kelowna Com (KC)" }));
    expect(hidden().value).toBe("p1");
  });

  it("Escape closes the list, leaving the field returns to the chosen label", async () => {
    const user = userEvent.setup();
    const search = jest.fn(async () => ({ ok: true as const, data: [{ id: "p9", label: "Autre" }] }));
    withIntl(<Harness search={search} />);
    const box = screen.getByRole("combobox");
    await user.type(box, "x");
    await screen.findByRole("option", { name: "Autre" });
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("option")).toBeNull();
    await user.tab();
    expect(box).toHaveValue("Ancien partenaire");
  });
});

describe("RecordForm", () => {
  it("lays out the sections with their fields and marks required ones", () => {
    renderForm();
    expect(screen.getByRole("heading", { level: 1, name: "Nouveau client" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Identité" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Dossier" })).toBeInTheDocument();
    expect(screen.getByLabelText(/Nom de famille/)).toBeRequired();
    expect(screen.getByLabelText("Description")).toHaveAttribute("maxLength", "10000");
    expect(screen.getAllByRole("button", { name: "Sauvegarder" })).toHaveLength(2);
    expect(screen.queryByRole("button", { name: "Sauvegarder et continuer" })).toBeNull();
  });

  it("checks required fields before sending, then shows the server's translated field errors", async () => {
    const user = userEvent.setup();
    const save = jest.fn<Promise<SaveResult>, [FormData]>(async () => ({
      ok: false,
      error: "errors.invalid",
      fieldErrors: { email: { key: "validation.email" } },
    }));
    renderForm({ save });
    await user.click(screen.getAllByRole("button", { name: "Sauvegarder" })[0]);
    expect(save).not.toHaveBeenCalled();
    expect(screen.getAllByText("Ce champ est obligatoire.")).toHaveLength(2);
    expect(screen.getByLabelText(/Nom de famille/)).toHaveFocus();

    await user.type(screen.getByLabelText(/Nom de famille/), "Côté");
    await user.selectOptions(screen.getByLabelText(/Statut du dossier/), "open");
    await user.type(screen.getByLabelText("Adresse courriel"), "pas-un-courriel");
    await user.click(screen.getAllByRole("button", { name: "Sauvegarder" })[0]);
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(await screen.findByText("Entrez une adresse courriel valide (ex. nom@exemple.ca).")).toBeInTheDocument();
    expect(screen.getByText("Certains champs sont à corriger.")).toBeInTheDocument();
    // what was typed is still there
    expect(screen.getByLabelText("Adresse courriel")).toHaveValue("pas-un-courriel");
    expect(screen.getByLabelText(/Nom de famille/)).toHaveValue("Côté");
  });

  it("submits every kind in its documented shape and opens the saved record", async () => {
    const user = userEvent.setup();
    mockSearch = "q=co";
    const { save } = renderForm();
    await user.type(screen.getByLabelText(/Nom de famille/), "Côté");
    await user.selectOptions(screen.getByLabelText(/Statut du dossier/), "closed");
    await user.selectOptions(screen.getByLabelText("CV à jour"), "true");
    await user.click(screen.getByRole("checkbox", { name: "Français" }));
    await user.click(screen.getByRole("checkbox", { name: "Inuktitut" }));
    await user.selectOptions(screen.getByLabelText("Assigné à"), "u2");
    await user.click(screen.getAllByRole("button", { name: "Sauvegarder" })[1]);
    await waitFor(() => expect(save).toHaveBeenCalled());
    const sent = save.mock.calls[0][0];
    expect(sent.has("id")).toBe(false);
    expect(sent.get("lastName")).toBe("Côté");
    expect(sent.get("status")).toBe("closed");
    expect(sent.get("cvUpToDate")).toBe("true");
    expect(sent.getAll("languages[]")).toEqual(["fr", "iu"]);
    expect(sent.get("assignedUser")).toBe("u2");
    expect(sent.get("partner")).toBe("");
    await waitFor(() => expect(mockPush).toHaveBeenCalledWith("/clients/new1?q=co"));
  });

  it("warns about similar records while creating, and still lets the user save", async () => {
    const user = userEvent.setup();
    const candidates: DuplicateCandidate[] = [
      { id: "d1", title: "Marie Côté-Tremblay", reasons: ["name", "email"], context: { email: "marie@example.ca", birthDate: "1990-04-02" } },
    ];
    const findDuplicates = jest.fn(async (values: FormValues) => {
      void values;
      return { ok: true as const, data: candidates };
    });
    const { save } = renderForm({ findDuplicates });
    await user.type(screen.getByLabelText(/Nom de famille/), "Côté");
    const panel = await screen.findByRole("status", { name: "Des fiches semblables existent déjà" }, { timeout: 2000 });
    expect(findDuplicates).toHaveBeenLastCalledWith(expect.objectContaining({ lastName: "Côté" }));
    const link = within(panel).getByRole("link", { name: /Marie Côté-Tremblay/ });
    expect(link).toHaveAttribute("href", "/clients/d1");
    expect(link).toHaveAttribute("target", "_blank");
    expect(within(panel).getByText(/même nom, même courriel/)).toBeInTheDocument();
    expect(within(panel).getByText("Date de naissance")).toBeInTheDocument();
    expect(within(panel).getByText("1990-04-02")).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText(/Statut du dossier/), "open");
    await user.click(screen.getAllByRole("button", { name: "Sauvegarder" })[0]);
    await waitFor(() => expect(save).toHaveBeenCalled());
  });

  it("on a version conflict shows who changed what, keeps the typed values, and can re-send with the new version", async () => {
    const user = userEvent.setup();
    const conflict: ConflictInfo = {
      current: { ...existing, version: 6, values: { ...existing.values, phone: "867-555-0199", status: "closed" } },
      changedFields: ["phone", "status"],
      changedBy: "Calista Emesong",
      changedAt: "2026-01-12T15:30:00.000Z",
    };
    const save = jest
      .fn<Promise<SaveResult>, [FormData]>()
      .mockResolvedValueOnce({ ok: false, error: "records.conflict", extra: conflict as unknown as Record<string, unknown> })
      .mockResolvedValueOnce({ ok: true, data: { id: "c1", version: 7 } });
    mockSearch = "from=list&q=co";
    renderForm({ save, record: existing, nextId: "c2", position: "2/8" });
    expect(screen.getByRole("heading", { level: 1, name: "Marie Côté" })).toBeInTheDocument();
    expect(screen.getByText("2/8")).toBeInTheDocument();

    await user.type(screen.getByLabelText("Téléphone"), "867-555-0000");
    await user.click(screen.getAllByRole("button", { name: "Sauvegarder" })[0]);
    const panel = await screen.findByRole("alert", { name: "Cette fiche a été modifiée entre-temps" });
    expect(save.mock.calls[0][0].get("version")).toBe("4");
    expect(save.mock.calls[0][0].get("id")).toBe("c1");
    expect(within(panel).getByText(/Calista Emesong l'a modifiée/)).toBeInTheDocument();
    const phoneRow = within(panel).getByRole("row", { name: /Téléphone/ });
    expect(within(phoneRow).getByText("867-555-0199")).toBeInTheDocument();
    expect(within(phoneRow).getByText("867-555-0000")).toBeInTheDocument();
    const statusRow = within(panel).getByRole("row", { name: /Statut du dossier/ });
    expect(within(statusRow).getByText("Fermé")).toBeInTheDocument();
    expect(within(statusRow).getByText("Ouvert")).toBeInTheDocument();
    expect(screen.getByLabelText("Téléphone")).toHaveValue("867-555-0000");

    // Field by field: the phone both changed keeps the typed value; the status only the colleague changed takes theirs.
    expect(within(phoneRow).getByRole("radio", { name: "Téléphone : garder ma valeur" })).toBeChecked();
    expect(within(statusRow).getByRole("radio", { name: "Statut du dossier : prendre la valeur actuelle" })).toBeChecked();
    await user.click(within(panel).getByRole("button", { name: "Enregistrer la fusion" }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(save.mock.calls[1][0].get("version")).toBe("6");
    expect(save.mock.calls[1][0].get("phone")).toBe("867-555-0000");
    expect(save.mock.calls[1][0].get("status")).toBe("closed");
    expect([...save.mock.calls[1][0].keys()].some((k) => k.startsWith("_"))).toBe(false);
    await waitFor(() => expect(mockPush).toHaveBeenCalledWith("/clients/c1?from=list&q=co"));
    expect(screen.queryByRole("alert", { name: "Cette fiche a été modifiée entre-temps" })).toBeNull();
  });

  it("takes the current value where the user chose « theirs », and keeps their other typed values", async () => {
    const user = userEvent.setup();
    const conflict: ConflictInfo = {
      current: { ...existing, version: 5, values: { ...existing.values, phone: "867-555-0199" } },
      changedFields: ["phone"],
      changedBy: "Calista Emesong",
      changedAt: null,
    };
    const save = jest
      .fn<Promise<SaveResult>, [FormData]>()
      .mockResolvedValueOnce({ ok: false, error: "records.conflict", extra: conflict as unknown as Record<string, unknown> })
      .mockResolvedValueOnce({ ok: true, data: { id: "c1", version: 6 } });
    renderForm({ save, record: existing });
    await user.type(screen.getByLabelText("Téléphone"), "867-555-0000");
    await user.type(screen.getByLabelText(/Prénom/), "-Ève");
    await user.click(screen.getAllByRole("button", { name: "Sauvegarder" })[0]);
    const panel = await screen.findByRole("alert", { name: "Cette fiche a été modifiée entre-temps" });
    await user.click(within(panel).getByRole("radio", { name: "Téléphone : prendre la valeur actuelle" }));
    await user.click(within(panel).getByRole("button", { name: "Enregistrer la fusion" }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(save.mock.calls[1][0].get("phone")).toBe("867-555-0199");
    expect(save.mock.calls[1][0].get("firstName")).toBe(`${existing.values.firstName}-Ève`);
    expect(save.mock.calls[1][0].get("version")).toBe("5");
  });

  it("« Recharger la fiche » puts the current values in the form", async () => {
    const user = userEvent.setup();
    const conflict: ConflictInfo = {
      current: { ...existing, version: 9, values: { ...existing.values, phone: "867-555-0199" } },
      changedFields: ["phone"],
      changedBy: null,
      changedAt: null,
    };
    const save = jest.fn<Promise<SaveResult>, [FormData]>(async () => ({ ok: false, error: "records.conflict", extra: conflict as unknown as Record<string, unknown> }));
    const { container } = withIntl(
      <RecordForm def={def} record={existing} options={options} actions={{ save }} relationSearch={{}} basePath="/clients" />,
    );
    await user.type(screen.getByLabelText("Téléphone"), "1");
    await user.click(screen.getAllByRole("button", { name: "Sauvegarder" })[0]);
    await user.click(await screen.findByRole("button", { name: "Recharger la fiche" }));
    expect(screen.getByLabelText("Téléphone")).toHaveValue("867-555-0199");
    expect(container.querySelector<HTMLInputElement>('input[name="version"]')!.value).toBe("9");
    expect(mockRefresh).toHaveBeenCalled();
  });

  it("« Sauvegarder et continuer » opens the next record's form with the list query", async () => {
    const user = userEvent.setup();
    mockSearch = "from=list&sort=lastName&dir=asc";
    const { save } = renderForm({ record: existing, nextId: "c2" });
    await user.click(screen.getAllByRole("button", { name: "Sauvegarder et continuer" })[0]);
    await waitFor(() => expect(save).toHaveBeenCalled());
    await waitFor(() => expect(mockPush).toHaveBeenCalledWith("/clients/c2/edit?from=list&sort=lastName&dir=asc"));
    expect(screen.getAllByRole("link", { name: "Annuler" })[0]).toHaveAttribute("href", "/clients/c1?from=list&sort=lastName&dir=asc");
  });

  it("calls onSaved instead of navigating (quick create)", async () => {
    const user = userEvent.setup();
    const onSaved = jest.fn();
    const onCancel = jest.fn();
    renderForm({ onSaved, onCancel, compactHeader: true, initialValues: { lastName: "Kilabuk", status: "open" } });
    expect(screen.queryByRole("heading", { level: 1 })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Sauvegarder" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith("new1"));
    expect(mockPush).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Annuler" }));
    expect(onCancel).toHaveBeenCalled();
  });

  it("keeps markup typed by users as text", async () => {
    await act(async () => {
      renderForm({ record: { ...existing, title: "<img src=x onerror=alert(1)>" } });
    });
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("<img src=x onerror=alert(1)>");
    expect(document.querySelector("img")).toBeNull();
  });
});
