import "server-only";
import { cvsModule } from "@/lib/modules/cvs/module";
import { cvFields, cvSchema } from "@/lib/modules/cvs/schema";
import { refreshClientCv } from "@/lib/modules/cvs/client-cv";
import { defineModel } from "@/lib/records/model";
import { sortKey } from "@/lib/records/normalize";
import { recordTokens } from "@/lib/records/search";

const str = (v: unknown) => (typeof v === "string" ? v : null);

export const cvsModel = defineModel({
  def: cvsModule,
  schema: cvSchema,
  fieldSchemas: cvFields,
  table: (tx) => tx.cv,
  sortColumns: {
    title: { column: "titleSort", valueType: "string", nullable: false },
    clientId: { column: "clientSort", valueType: "string", nullable: false, from: "relation" },
    language: { column: "language", valueType: "string", nullable: false, from: "label" },
    cvDate: { column: "cvDateSort", valueType: "string", nullable: false },
  },
  derive: (v) => ({
    columns: { titleSort: sortKey(str(v.title)), cvDateSort: str(v.cvDate) ?? "" },
    tokens: recordTokens({ names: [str(v.title), str(v.fileName)] }),
  }),
  async afterSave(tx, { before, after }) {
    await refreshClientCv(tx, str(after.clientId));
    if (before && before.clientId !== after.clientId) await refreshClientCv(tx, str(before.clientId));
  },
  afterBinChange: (tx, { row }) => refreshClientCv(tx, str(row.clientId)),
});
