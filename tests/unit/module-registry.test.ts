/** @jest-environment node */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fr, en } from "@/tests/helpers/messages";
import { MODULES, modelOf } from "@/lib/modules/registry";
import { DEFAULT_PICKLISTS } from "@/lib/records/picklist-defaults";
import { RECORD_KEYS } from "@/lib/records/zod-fields";
import { parentColumns } from "@/lib/records/types";

const lookup = (messages: unknown, path: string): unknown => path.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), messages);
const root = process.cwd();

describe.each(Object.entries(MODULES))("module %s", (key, model) => {
  const def = model.def;
  const stored = def.fields.filter((f) => !f.virtual && !f.system).map((f) => f.name);
  const names = def.fields.map((f) => f.name);

  it("has every piece the README's « How to add a module » lists", () => {
    for (const file of [`lib/modules/${key}/module.ts`, `lib/modules/${key}/schema.ts`, `lib/modules/${key}/model.ts`, `messages/modules/${key}.fr.json`, `messages/modules/${key}.en.json`])
      expect([file, existsSync(join(root, file))]).toEqual([file, true]);
    expect(def.key).toBe(key);
    expect(typeof model.table).toBe("function");
  });

  it("has a schema entry for every stored field, and no other", () => {
    // A computed field (« Durée » of a meeting) is shown, never typed: it has no schema entry.
    const typed = def.fields.filter((f) => !f.virtual && !f.system && !f.computed).map((f) => f.name);
    const keys = Object.keys(model.schema.shape).filter((k) => !RECORD_KEYS.includes(k));
    expect(keys.sort()).toEqual([...typed].sort());
    expect(Object.keys(model.fieldSchemas).sort()).toEqual([...typed].sort());
  });

  it("puts every stored field in exactly one form section", () => {
    const placed = def.sections.flatMap((s) => s.fields);
    expect([...placed].sort()).toEqual([...stored].sort());
  });

  it("lists, exports, titles and offers as columns only fields it has", () => {
    for (const f of [...def.listColumns, ...def.exportColumns, ...def.titleFields, ...(def.optionalColumns ?? [])]) expect(names).toContain(f);
    expect(names).toContain(def.defaultSort.field);
  });

  it("sorts every sortable field and every listed column on an indexed column it maps", () => {
    const sortable = def.fields.filter((x) => x.sortable).map((x) => x.name);
    for (const f of sortable) expect([f, model.sortColumns[f]]).toEqual([f, expect.any(Object)]);
    expect(Object.keys(model.sortColumns).sort()).toEqual([...sortable].sort());
    for (const c of def.listColumns) expect([c, sortable.includes(c)]).toEqual([c, true]);
  });

  it("declares subpanels of registered modules through a field they have", () => {
    for (const panel of def.subpanels) {
      if (panel.kind === "activities") continue;
      const child = modelOf(panel.module);
      expect(child).not.toBeNull();
      // A « Lié à » field is matched through one of its id columns (clientId of a participation).
      expect([...child!.def.fields.map((f) => f.name), ...child!.def.fields.flatMap((f) => Object.values(parentColumns(f)))]).toContain(panel.via);
    }
  });

  it("requires in the schema exactly the fields marked required", () => {
    const result = model.schema.safeParse({});
    const missing = result.success ? [] : result.error.issues.map((i) => String(i.path[0]));
    expect(missing.sort()).toEqual(def.fields.filter((f) => f.required).map((f) => f.name).sort());
  });

  it.each([["fr", fr], ["en", en]] as const)("has every label in %s", (_locale, messages) => {
    const keys = [
      ...["name", "singular", "create", "view", "new", "count"].map((k) => `modules.${key}.${k}`),
      ...def.fields.map((f) => `modules.${key}.fields.${f.name}`),
      ...def.sections.map((s) => `modules.${key}.sections.${s.key}`),
      ...def.fields.flatMap((f) => (f.options ?? []).map((o) => `modules.${key}.options.${f.name}.${o}`)),
    ];
    for (const k of keys) expect([k, typeof lookup(messages, k)]).toEqual([k, "string"]);
  });

  it("draws list values from lists that exist", () => {
    for (const f of def.fields.filter((x) => x.picklist)) expect(Object.keys(DEFAULT_PICKLISTS)).toContain(f.picklist);
  });
});

it("registers the record modules in the guide's order", () => {
  expect(Object.keys(MODULES)).toEqual(["clients", "partners", "contacts", "calls", "meetings", "tasks", "documents", "notes", "cvs", "programs", "services", "sae"]);
});

it("finds modules by their own keys only", () => {
  for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "CLIENTS", "", null, 3]) expect(modelOf(name)).toBeNull();
  expect(modelOf("clients")).toBe(MODULES.clients);
});
