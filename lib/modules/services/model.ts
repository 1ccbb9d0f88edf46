import "server-only";
import { servicesModule } from "@/lib/modules/services/module";
import { serviceFields, serviceSchema } from "@/lib/modules/services/schema";
import { claimActivityNumber } from "@/lib/modules/services/activity";
import { participantKeys, participantName } from "@/lib/modules/shared/participant";
import { defineModel } from "@/lib/records/model";
import { sortKey } from "@/lib/records/normalize";
import { recordTokens } from "@/lib/records/search";

export const servicesModel = defineModel({
  def: servicesModule,
  schema: serviceSchema,
  fieldSchemas: serviceFields,
  table: (tx) => tx.service,
  sortColumns: {
    participant: { column: "participantSort", valueType: "string", nullable: false },
    serviceName: { column: "serviceName", valueType: "string", nullable: false, from: "label" },
    activityNumber: { column: "activitySort", valueType: "string", nullable: false },
    staffUserId: { column: "staffSort", valueType: "string", nullable: false, from: "user" },
    startDate: { column: "startSort", valueType: "string", nullable: false },
  },
  // The activity number is a search word too: staff find all participants of one activity by typing it. An
  // all-digit number ("2026-014") is searched like a phone number, so it is kept as digits as well.
  derive(v) {
    const number = typeof v.activityNumber === "string" ? v.activityNumber : null;
    const keys = participantKeys(v, [number]);
    const tokens = [...new Set([...keys.tokens, ...recordTokens({ phones: [number] })])];
    return { columns: { ...keys.columns, activitySort: sortKey(number), startSort: typeof v.startDate === "string" ? v.startDate : "" }, tokens };
  },
  async beforeSave(tx, { values, user }) {
    await claimActivityNumber(tx, values, user.locale);
    return { participant: await participantName(tx, values) };
  },
});
