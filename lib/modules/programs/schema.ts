import { z } from "zod";
import { f, recordKeys } from "@/lib/records/zod-fields";
import { PROGRAM_STATUSES } from "@/lib/modules/programs/module";
import { participantField, requiredPicklist } from "@/lib/modules/shared/participant-modules";

export const programFields = {
  relatedTo: participantField(),
  program: requiredPicklist(),
  startDate: f.date(),
  endDate: f.date(),
  status: f.requiredEnum(PROGRAM_STATUSES),
  note: f.textarea(),
};

export const programSchema = z.object({ ...recordKeys, ...programFields }).strict();
