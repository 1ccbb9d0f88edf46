import "server-only";
import { notesModule } from "@/lib/modules/notes/module";
import { noteFields, noteSchema } from "@/lib/modules/notes/schema";
import { defineModel } from "@/lib/records/model";
import { sortKey } from "@/lib/records/normalize";
import { recordTokens } from "@/lib/records/search";

const str = (v: unknown) => (typeof v === "string" ? v : null);

export const notesModel = defineModel({
  def: notesModule,
  schema: noteSchema,
  fieldSchemas: noteFields,
  table: (tx) => tx.note,
  sortColumns: { subject: { column: "subjectSort", valueType: "string", nullable: false } },
  derive: (v) => ({ columns: { subjectSort: sortKey(str(v.subject)) }, tokens: recordTokens({ names: [str(v.subject)] }) }),
});
