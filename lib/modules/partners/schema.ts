import { z } from "zod";
import { f, recordKeys } from "@/lib/records/zod-fields";
import { PROVINCES } from "@/lib/modules/shared/options";
import { PARTNER_TYPES } from "@/lib/modules/partners/module";

export const partnerFields = {
  name: f.requiredText(),
  type: f.enumOf(PARTNER_TYPES),
  sector: f.picklist(),
  phone: f.phone(),
  email: f.email(),
  website: f.url(),
  street: f.text(),
  city: f.text(),
  province: f.enumOf(PROVINCES),
  postalCode: f.text(),
  country: f.text(),
  description: f.textarea(),
  assignedUserId: f.id(),
};

export const partnerSchema = z.object({ ...recordKeys, ...partnerFields }).strict();
export type PartnerInput = z.infer<typeof partnerSchema>;
