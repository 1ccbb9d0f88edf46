import { z } from "zod";
import { f, recordKeys } from "@/lib/records/zod-fields";
import { addressSchemaFields } from "@/lib/modules/shared/shared-fields";

export const contactFields = {
  firstName: f.text(),
  lastName: f.requiredText(),
  phone: f.phone(),
  mobile: f.phone(),
  title: f.text(),
  department: f.text(),
  partnerId: f.id(),
  email: f.email(),
  ...addressSchemaFields(),
  description: f.textarea(),
  assignedUserId: f.id(),
};

export const contactSchema = z.object({ ...recordKeys, ...contactFields }).strict();
export type ContactInput = z.infer<typeof contactSchema>;
