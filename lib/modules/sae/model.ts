import "server-only";
import { saeModule } from "@/lib/modules/sae/module";
import { saeFields, saeSchema } from "@/lib/modules/sae/schema";
import { checkFileNumber } from "@/lib/modules/sae/file-number";
import { defineModel } from "@/lib/records/model";
import { recordTokens } from "@/lib/records/search";

export const saeModel = defineModel({
  def: saeModule,
  schema: saeSchema,
  fieldSchemas: saeFields,
  table: (tx) => tx.saeFile,
  sortColumns: {
    fileNumber: { column: "fileNumber", valueType: "string", nullable: false },
    clientId: { column: "clientSort", valueType: "string", nullable: false, from: "relation" },
    counsellorId: { column: "counsellorSort", valueType: "string", nullable: false, from: "user" },
    status: { column: "status", valueType: "string", nullable: false, from: "label" },
    openedOn: { column: "openedSort", valueType: "string", nullable: false },
  },
  // Found by its number; the client's name is searched in the client list.
  derive: (v) => ({ columns: { openedSort: typeof v.openedOn === "string" ? v.openedOn : "" }, tokens: recordTokens({ names: [typeof v.fileNumber === "string" ? v.fileNumber : null] }) }),
  beforeSave: async (tx, { id, values }) => checkFileNumber(tx, values.fileNumber, id),
});
