import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { useState } from "react";
import { fr, en } from "@/tests/helpers/messages";
import type { FieldDef } from "@/lib/records/types";
import { FieldInput, type FieldValue } from "@/components/records/field-input";
import { DisplayValueView } from "@/components/records/display-value";
import type { RelationSearch } from "@/components/records/relation-picker";

jest.mock("@/lib/i18n/navigation", () => {
  const React = jest.requireActual<typeof import("react")>("react");
  return { Link: ({ href, children, ...rest }: { href: string; children: React.ReactNode }) => React.createElement("a", { href, ...rest }, children) };
});

// Radix's popover measures its content; jsdom has no ResizeObserver.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

const moduleMessages = {
  name: "Rencontres",
  singular: "Rencontre",
  fields: { day: "Jour", startsAt: "Début", length: "Durée", parent: "Lié à", invitees: "Invités", minutes: "Compte rendu", late: "En retard" },
};
const messagesOf = (locale: "fr" | "en") => {
  const base = locale === "fr" ? fr : en;
  return { ...base, modules: { ...base.modules, meetings: moduleMessages } };
};

function Harness({ def, initial, onValue, search, locale = "fr", options }: {
  def: FieldDef;
  initial: FieldValue;
  onValue?: (v: FieldValue) => void;
  search?: Record<string, RelationSearch>;
  locale?: "fr" | "en";
  options?: { value: string; label: string }[];
}) {
  const [value, setValue] = useState<FieldValue>(initial);
  return (
    <NextIntlClientProvider locale={locale} messages={messagesOf(locale)} timeZone="America/Iqaluit">
      <form aria-label="form">
        <FieldInput
          def={def}
          moduleKey="meetings"
          value={value}
          options={options}
          relationSearches={search}
          onChange={(v) => {
            setValue(v);
            onValue?.(v);
          }}
        />
      </form>
    </NextIntlClientProvider>
  );
}

const posted = () => Object.fromEntries(new FormData(screen.getByRole<HTMLFormElement>("form")).entries());

describe("date fields in the page's format", () => {
  const day: FieldDef = { name: "day", kind: "date" };

  it("shows and posts jj/mm/aaaa on a French page, whatever the browser's language", async () => {
    const onValue = jest.fn();
    render(<Harness def={day} initial="2025-08-30" onValue={onValue} />);
    const input = screen.getByRole("textbox", { name: "Jour" });
    expect(input).toHaveValue("30/08/2025");
    expect(input).toHaveAttribute("type", "text");
    expect(input).toHaveAttribute("placeholder", "jj/mm/aaaa");
    await userEvent.clear(input);
    await userEvent.type(input, "01/09/2025");
    expect(onValue).toHaveBeenLastCalledWith("2025-09-01");
    expect(posted()).toEqual({ day: "01/09/2025" });
  });

  it("shows yyyy-mm-dd on an English page", () => {
    render(<Harness def={day} initial="2025-08-30" locale="en" />);
    expect(screen.getByRole("textbox", { name: "Jour" })).toHaveValue("2025-08-30");
  });

  it("renders a named text input on the server, so a form posted before scripts load still sends the date", () => {
    const html = renderToStaticMarkup(<Harness def={day} initial="2025-08-30" />);
    expect(html).toMatch(/<input(?=[^>]*name="day")(?=[^>]*type="text")(?=[^>]*value="30\/08\/2025")[^>]*>/);
  });

  it("picks a day from the calendar with the keyboard and gives the focus back to the text", async () => {
    const onValue = jest.fn();
    const user = userEvent.setup();
    render(<Harness def={day} initial="2025-08-30" onValue={onValue} />);
    await user.click(screen.getByRole("button", { name: "Choisir une date pour « Jour »" }));
    const grid = await screen.findByRole("grid");
    await waitFor(() => expect(within(grid).getByRole("button", { name: /30 août 2025/ })).toHaveFocus());
    await user.keyboard("{ArrowRight}{Enter}");
    await waitFor(() => expect(screen.queryByRole("grid")).not.toBeInTheDocument());
    expect(screen.getByRole("textbox", { name: "Jour" })).toHaveValue("31/08/2025");
    expect(onValue).toHaveBeenLastCalledWith("2025-08-31");
    await waitFor(() => expect(screen.getByRole("textbox", { name: "Jour" })).toHaveFocus());
  }, 20_000);

  it("closes the calendar with Escape without changing the date", async () => {
    const user = userEvent.setup();
    render(<Harness def={day} initial="2025-08-30" />);
    await user.click(screen.getByRole("button", { name: "Choisir une date pour « Jour »" }));
    await screen.findByRole("grid");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("grid")).not.toBeInTheDocument());
    expect(screen.getByRole("textbox", { name: "Jour" })).toHaveValue("30/08/2025");
  }, 20_000);

  it("edits a date-time as local wall time and names the zone", async () => {
    const onValue = jest.fn();
    render(<Harness def={{ name: "startsAt", kind: "datetime" }} initial="2025-08-30T06:00" onValue={onValue} />);
    const input = screen.getByRole("textbox", { name: "Début" });
    expect(input).toHaveValue("30/08/2025 06:00");
    expect(screen.getByText(/Iqaluit \(heure de l'Est\)/)).toBeInTheDocument();
    await userEvent.clear(input);
    await userEvent.type(input, "31/08/2025 14:15");
    expect(onValue).toHaveBeenLastCalledWith("2025-08-31T14:15");
  });
});

describe("duration", () => {
  it("types hours and minutes and posts the total in minutes", async () => {
    const onValue = jest.fn();
    render(<Harness def={{ name: "length", kind: "duration" }} initial="90" onValue={onValue} />);
    const hours = screen.getByRole("spinbutton", { name: "Heures" });
    const minutes = screen.getByRole("spinbutton", { name: "Minutes" });
    expect(hours).toHaveValue(1);
    expect(minutes).toHaveValue(30);
    await userEvent.clear(minutes);
    await userEvent.type(minutes, "45");
    expect(onValue).toHaveBeenLastCalledWith("105");
    expect(posted()).toEqual({ length: "105" });
    await userEvent.clear(hours);
    await userEvent.clear(minutes);
    expect(posted()).toEqual({ length: "" });
  });
});

describe("« Lié à »", () => {
  const parent: FieldDef = { name: "parent", kind: "parent", parent: { modules: ["clients", "contacts", "partners"] } };

  it("chooses a type, then a record of that type, and posts one JSON value", async () => {
    jest.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const clients = jest.fn<ReturnType<RelationSearch>, Parameters<RelationSearch>>(async () => ({ ok: true, data: [{ id: "c1", label: "Marie Côté" }] }));
    const partners = jest.fn<ReturnType<RelationSearch>, Parameters<RelationSearch>>(async () => ({ ok: true, data: [{ id: "p1", label: "Organisme Imaginaire" }] }));
    const onValue = jest.fn();
    render(<Harness def={parent} initial="" onValue={onValue} search={{ "parent.clients": clients, "parent.partners": partners }} />);
    await user.selectOptions(screen.getByRole("combobox", { name: "Type de fiche" }), "Partenaire");
    await user.type(screen.getByRole("combobox", { name: "Lié à" }), "org");
    await act(async () => void jest.advanceTimersByTime(300));
    await user.click(await screen.findByRole("option", { name: "Organisme Imaginaire" }));
    expect(partners).toHaveBeenCalledWith({ q: "org" });
    expect(clients).not.toHaveBeenCalled();
    expect(onValue).toHaveBeenLastCalledWith('{"module":"partners","id":"p1"}');
    expect(posted()).toEqual({ parent: '{"module":"partners","id":"p1"}' });
    // Another type: the id meant nothing there, so the choice is cleared.
    await user.selectOptions(screen.getByRole("combobox", { name: "Type de fiche" }), "Client");
    expect(onValue).toHaveBeenLastCalledWith("");
    expect(posted()).toEqual({ parent: "" });
    jest.useRealTimers();
  });
});

describe("users", () => {
  it("ticks several colleagues and posts them as a list", async () => {
    const onValue = jest.fn();
    const options = [
      { value: "u1", label: "Aputi Inventée" },
      { value: "u2", label: "Jean Fictif" },
    ];
    render(<Harness def={{ name: "invitees", kind: "users" }} initial={["u1"]} onValue={onValue} options={options} />);
    expect(screen.getByRole("group", { name: "Invités" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("checkbox", { name: "Jean Fictif" }));
    expect(onValue).toHaveBeenLastCalledWith(["u1", "u2"]);
    expect(new FormData(screen.getByRole<HTMLFormElement>("form")).getAll("invitees[]")).toEqual(["u1", "u2"]);
  });
});

describe("files and computed values", () => {
  it("have no input: a full-form save never sends them", () => {
    render(<Harness def={{ name: "minutes", kind: "file" }} initial="file1" />);
    render(<Harness def={{ name: "late", kind: "boolean", computed: true }} initial={true} />);
    expect(document.querySelectorAll("form input, form select")).toHaveLength(0);
  });
});

describe("display", () => {
  const wrap = (node: React.ReactNode) => render(<NextIntlClientProvider locale="fr" messages={messagesOf("fr")} timeZone="America/Iqaluit">{node}</NextIntlClientProvider>);

  it("links « Lié à » to the record, and marks one in the recycle bin without a link", () => {
    const field: FieldDef = { name: "parent", kind: "parent", parent: { modules: ["clients"] } };
    wrap(<DisplayValueView field={field} value={{ id: "c1", module: "clients", label: "Client : Marie Côté" }} />);
    expect(screen.getByRole("link", { name: "Client : Marie Côté" })).toHaveAttribute("href", "/clients/c1");
    wrap(<DisplayValueView field={field} value={{ id: "c2", module: "clients", label: "Client : Jean Fictif", deleted: true }} />);
    expect(screen.getByText("Client : Jean Fictif (supprimé)")).not.toHaveAttribute("href");
  });

  it("links a file to its download address", () => {
    wrap(<DisplayValueView field={{ name: "minutes", kind: "file" }} value={{ id: "file 1", label: "compte-rendu.pdf" }} />);
    expect(screen.getByRole("link", { name: "compte-rendu.pdf" })).toHaveAttribute("href", "/api/files/file%201");
  });
});
