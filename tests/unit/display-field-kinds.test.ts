import { createTranslator } from "next-intl";
import { fr, en } from "@/tests/helpers/messages";
import { displayValue, formValuesOf, formatDuration, toEditable, type DisplayContext } from "@/lib/records/display";
import { dateTimeFormatter } from "@/lib/records/date-time-format";
import { defineModule } from "@/lib/records/types";

const def = defineModule({
  key: "meetings",
  icon: "calendar",
  titleFields: ["subject"],
  fields: [
    { name: "subject", kind: "text", required: true },
    { name: "startsAt", kind: "datetime" },
    { name: "length", kind: "duration" },
    { name: "parent", kind: "parent", parent: { modules: ["clients", "contacts", "partners"] } },
    { name: "invitees", kind: "users" },
    { name: "minutes", kind: "file" },
    { name: "late", kind: "boolean", computed: true },
  ],
  listColumns: ["subject"],
  defaultSort: { field: "subject", dir: "asc" },
  sections: [{ key: "main", fields: ["subject", "startsAt", "length", "parent", "invitees", "minutes", "late"] }],
  subpanels: [],
  exportColumns: ["subject"],
  duplicateCheck: false,
  assignable: false,
});
const field = (name: string) => def.fields.find((f) => f.name === name)!;

function context(locale: "fr" | "en", timeZone = "America/Iqaluit"): DisplayContext {
  const t = createTranslator({ locale, messages: locale === "fr" ? fr : en });
  return {
    t: (key, values) => t(key as never, values as never),
    picklists: new Map(),
    users: new Map([
      ["u1", "Aputi Inventée"],
      ["u2", "Jean Fictif"],
    ]),
    relations: { parent: new Map([["clients:c1", { label: "Marie Côté", deleted: false }], ["partners:p1", { label: "Organisme Imaginaire", deleted: true }]]) },
    formatDate: (iso) => iso,
    formatDateTime: dateTimeFormatter(locale, timeZone),
    timeZone,
  };
}

const row = {
  id: "m1",
  version: 1,
  subject: "Suivi",
  startsAt: new Date("2025-08-30T10:00:00Z"),
  length: 90,
  clientId: "c1",
  contactId: null,
  partnerId: null,
  invitees: '["u1","u2","gone"]',
  minutes: "file1",
  minutesName: "compte-rendu.pdf",
};

describe("display of the new kinds", () => {
  it("shows a date-time in the user's zone, Canadian French or English", () => {
    const shown = (ctx: DisplayContext) => String(displayValue(def, field("startsAt"), row, ctx)).replace(/\u00a0|\u202f/g, " ");
    expect(shown(context("fr"))).toBe("30 août 2025, 6 h 00");
    expect(shown(context("en"))).toBe("Aug 30, 2025, 6:00 AM");
    expect(shown(context("en", "America/Vancouver"))).toBe("Aug 30, 2025, 3:00 AM");
  });

  it("shows durations in hours and minutes", () => {
    const ctx = context("fr");
    expect(displayValue(def, field("length"), row, ctx)).toBe("1 h 30 min");
    expect(formatDuration(15, ctx.t)).toBe("15 min");
    expect(formatDuration(120, ctx.t)).toBe("2 h");
    expect(formatDuration(0, context("en").t)).toBe("0 min");
    expect(displayValue(def, field("length"), { ...row, length: null }, ctx)).toBeNull();
  });

  it("shows « Lié à » with the record's type, and marks a deleted one", () => {
    expect(displayValue(def, field("parent"), row, context("fr"))).toEqual({ id: "c1", module: "clients", label: "Client : Marie Côté" });
    expect(displayValue(def, field("parent"), row, context("en"))).toEqual({ id: "c1", module: "clients", label: "Client: Marie Côté" });
    const onPartner = { ...row, clientId: null, partnerId: "p1" };
    expect(displayValue(def, field("parent"), onPartner, context("fr"))).toMatchObject({ id: "p1", module: "partners", deleted: true });
    expect(displayValue(def, field("parent"), { ...row, clientId: null }, context("fr"))).toBeNull();
  });

  it("shows invited users by name, skipping unknown ids", () => {
    expect(displayValue(def, field("invitees"), row, context("fr"))).toEqual(["Aputi Inventée", "Jean Fictif"]);
    expect(displayValue(def, field("invitees"), { ...row, invitees: null }, context("fr"))).toEqual([]);
  });

  it("shows a file by its name", () => {
    expect(displayValue(def, field("minutes"), row, context("fr"))).toEqual({ id: "file1", label: "compte-rendu.pdf" });
    expect(displayValue(def, field("minutes"), { ...row, minutesName: null }, context("fr"))).toEqual({ id: "file1", label: "Fichier" });
  });

  it("shows a computed value like its kind", () => {
    expect(displayValue(def, field("late"), { ...row, late: true }, context("fr"))).toBe(true);
  });
});

describe("form values of the new kinds", () => {
  it("edits wall time in the user's zone, « Lié à » as JSON, users as ids; never a file or a computed value", () => {
    const values = formValuesOf(def, row, "America/Iqaluit");
    expect(values).toMatchObject({ startsAt: "2025-08-30T06:00", length: "90", parent: '{"module":"clients","id":"c1"}', invitees: ["u1", "u2", "gone"] });
    expect(values).not.toHaveProperty("minutes");
    expect(values).not.toHaveProperty("late");
    expect(formValuesOf(def, { ...row, clientId: null }).parent).toBe("");
  });
  it("gives the « Lié à » picker the record's own title", () => {
    expect(toEditable(def, row, context("fr")).relationLabels.parent).toEqual({ id: "c1", label: "Marie Côté" });
  });
});
