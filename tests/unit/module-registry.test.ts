/** @jest-environment node */
import fr from "@/messages/fr.json";
import en from "@/messages/en.json";
import { clientsModule } from "@/lib/modules/clients/module";
import { clientSchema } from "@/lib/modules/clients/schema";
import { clientSortColumns } from "@/lib/modules/clients/store";
import { partnersModule } from "@/lib/modules/partners/module";
import { partnerSchema } from "@/lib/modules/partners/schema";
import { partnerSortColumns } from "@/lib/modules/partners/store";
import { contactsModule } from "@/lib/modules/contacts/module";
import { contactSchema } from "@/lib/modules/contacts/schema";
import { contactSortColumns } from "@/lib/modules/contacts/store";
import { NAV_MODULES } from "@/lib/navigation/modules";
import { DEFAULT_PICKLISTS } from "@/lib/records/picklist-defaults";
import type { ModuleDef } from "@/lib/records/types";
import type { SortColumns } from "@/lib/records/list";
import type { z } from "zod";

const MODULES: [ModuleDef, z.ZodObject, SortColumns][] = [
  [clientsModule, clientSchema, clientSortColumns],
  [partnersModule, partnerSchema, partnerSortColumns],
  [contactsModule, contactSchema, contactSortColumns],
];

const lookup = (messages: unknown, path: string): unknown => path.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), messages);

describe.each(MODULES.map(([def, schema, sorts]) => [def.key, def, schema, sorts] as const))("module %s", (_key, def, schema, sorts) => {
  const stored = def.fields.filter((f) => !f.virtual).map((f) => f.name);
  const names = def.fields.map((f) => f.name);

  it("has a schema entry for every stored field, and no other", () => {
    const keys = Object.keys(schema.shape).filter((k) => k !== "id" && k !== "version");
    expect(keys.sort()).toEqual([...stored].sort());
  });

  it("puts every stored field in exactly one form section", () => {
    const placed = def.sections.flatMap((s) => s.fields);
    expect([...placed].sort()).toEqual([...stored].sort());
  });

  it("lists, exports and titles only fields it has", () => {
    for (const f of [...def.listColumns, ...def.exportColumns, ...def.titleFields]) expect(names).toContain(f);
    expect(names).toContain(def.defaultSort.field);
  });

  it("sorts only on columns it maps to an indexed column", () => {
    for (const f of def.fields.filter((x) => x.sortable)) expect([f.name, sorts[f.name]]).toEqual([f.name, expect.any(Object)]);
    expect(Object.keys(sorts).sort()).toEqual(def.fields.filter((x) => x.sortable).map((x) => x.name).sort());
  });

  it("requires in the schema exactly the fields marked required", () => {
    const result = schema.safeParse({});
    const missing = result.success ? [] : result.error.issues.map((i) => String(i.path[0]));
    expect(missing.sort()).toEqual(def.fields.filter((f) => f.required).map((f) => f.name).sort());
  });

  it.each([["fr", fr], ["en", en]] as const)("has every label in %s", (_locale, messages) => {
    const keys = [
      ...["name", "singular", "create", "view", "new", "count"].map((k) => `modules.${def.key}.${k}`),
      ...def.fields.map((f) => `modules.${def.key}.fields.${f.name}`),
      ...def.sections.map((s) => `modules.${def.key}.sections.${s.key}`),
      ...def.fields.flatMap((f) => (f.options ?? []).map((o) => `modules.${def.key}.options.${f.name}.${o}`)),
    ];
    for (const key of keys) expect([key, typeof lookup(messages, key)]).toEqual([key, "string"]);
  });

  it("draws list values from lists that exist", () => {
    for (const f of def.fields.filter((x) => x.picklist)) expect(Object.keys(DEFAULT_PICKLISTS)).toContain(f.picklist);
  });
});

it("shows every record module in the navigation, in the guide's order", () => {
  expect(NAV_MODULES.map((m) => m.key)).toEqual(["clients", "partners", "contacts"]);
});
