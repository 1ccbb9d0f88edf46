import "server-only";
import { programsModule } from "@/lib/modules/programs/module";
import { programFields, programSchema } from "@/lib/modules/programs/schema";
import { participantKeys, participantName } from "@/lib/modules/shared/participant";
import { defineModel } from "@/lib/records/model";

export const programsModel = defineModel({
  def: programsModule,
  schema: programSchema,
  fieldSchemas: programFields,
  table: (tx) => tx.programParticipation,
  sortColumns: {
    participant: { column: "participantSort", valueType: "string", nullable: false },
    program: { column: "program", valueType: "string", nullable: false, from: "label" },
    status: { column: "status", valueType: "string", nullable: false, from: "label" },
    startDate: { column: "startSort", valueType: "string", nullable: false },
  },
  derive(v) {
    const keys = participantKeys(v);
    return { columns: { ...keys.columns, startSort: typeof v.startDate === "string" ? v.startDate : "" }, tokens: keys.tokens };
  },
  beforeSave: async (tx, { values }) => ({ participant: await participantName(tx, values) }),
});
