import { z } from "zod";
import { f, recordKeys } from "@/lib/records/zod-fields";
import { PROVINCES } from "@/lib/modules/shared/options";

export const contactFields = {
  firstName: f.text(),
  lastName: f.requiredText(),
  phone: f.phone(),
  mobile: f.phone(),
  title: f.text(),
  department: f.text(),
  partnerId: f.id(),
  email: f.email(),
  street: f.text(),
  city: f.text(),
  province: f.enumOf(PROVINCES),
  postalCode: f.text(),
  country: f.text(),
  description: f.textarea(),
  assignedUserId: f.id(),
};

export const contactSchema = z.object({ ...recordKeys, ...contactFields }).strict();
export type ContactInput = z.infer<typeof contactSchema>;
