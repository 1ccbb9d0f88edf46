import "server-only";
import { documentsModule } from "@/lib/modules/documents/module";
import { documentFields, documentSchema } from "@/lib/modules/documents/schema";
import { db } from "@/lib/db";
import { defineModel } from "@/lib/records/model";
import { sortKey } from "@/lib/records/normalize";
import { recordTokens } from "@/lib/records/search";

const str = (v: unknown) => (typeof v === "string" ? v : null);

export const documentsModel = defineModel({
  def: documentsModule,
  schema: documentSchema,
  fieldSchemas: documentFields,
  table: (tx) => tx.document,
  sortColumns: {
    name: { column: "nameSort", valueType: "string", nullable: false },
    category: { column: "category", valueType: "string", nullable: false, from: "label" },
  },
  // « Sélectionner »: a document shown on another record's subpanel besides the one it is « Lié à ».
  attachedIds: async (module, recordId) => (await db.documentLink.findMany({ where: { module, recordId }, select: { documentId: true } })).map((l) => l.documentId),
  // Found by its name and by its file's name.
  derive: (v) => ({ columns: { nameSort: sortKey(str(v.name)) }, tokens: recordTokens({ names: [str(v.name), str(v.fileName)] }) }),
});
