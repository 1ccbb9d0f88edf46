import { z } from "zod";
import { f, recordKeys } from "@/lib/records/zod-fields";
import { addressSchemaFields } from "@/lib/modules/shared/shared-fields";
import { CLIENT_STATUSES, FILE_STATUSES, GENDERS, IMMIGRATION_STATUSES, OFFICIAL_LANGUAGES } from "@/lib/modules/clients/module";

// The security boundary for client records: every field, its length and format; unknown keys are refused.
export const clientFields = {
  firstName: f.text(),
  lastName: f.requiredText(),
  birthDate: f.date(),
  gender: f.enumOf(GENDERS),
  email: f.email(),
  otherEmail: f.email(),
  phone: f.phone(),
  mobile: f.phone(),
  ...addressSchemaFields(),
  countryOfOrigin: f.text(),
  immigrationStatus: f.enumOf(IMMIGRATION_STATUSES),
  arrivalCanada: f.date(),
  arrivalNunavut: f.date(),
  uci: f.uci(),
  preferredLanguage: f.enumOf(OFFICIAL_LANGUAGES),
  languagesSpoken: f.multiPicklist(),
  educationLevel: f.picklist(),
  employmentStatus: f.picklist(),
  targetOccupation: f.text(),
  fileStatus: f.requiredEnum(FILE_STATUSES),
  clientStatus: f.requiredEnum(CLIENT_STATUSES),
  cvUpToDate: f.boolean(),
  assignedUserId: f.id(),
  description: f.textarea(),
};

export const clientSchema = z.object({ ...recordKeys, ...clientFields }).strict();
export type ClientInput = z.infer<typeof clientSchema>;
