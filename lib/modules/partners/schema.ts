import { z } from "zod";
import { f, recordKeys } from "@/lib/records/zod-fields";
import { addressSchemaFields } from "@/lib/modules/shared/shared-fields";
import { PARTNER_TYPES } from "@/lib/modules/partners/module";

export const partnerFields = {
  name: f.requiredText(),
  type: f.enumOf(PARTNER_TYPES),
  sector: f.picklist(),
  phone: f.phone(),
  email: f.email(),
  website: f.url(),
  ...addressSchemaFields(),
  description: f.textarea(),
  assignedUserId: f.id(),
};

export const partnerSchema = z.object({ ...recordKeys, ...partnerFields }).strict();
export type PartnerInput = z.infer<typeof partnerSchema>;
