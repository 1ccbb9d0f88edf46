import { z } from "zod";
import { f, recordKeys } from "@/lib/records/zod-fields";
import { SAE_STATUSES } from "@/lib/modules/sae/module";

/** « Identification du dossier »: trimmed and upper-cased so that "sae-2026-0001" and "SAE-2026-0001" are one number. */
const fileNumber = () =>
  z
    .string()
    .trim()
    .min(1)
    .max(40)
    .transform((v) => v.replace(/\s+/g, " ").toUpperCase())
    .refine((v) => /^[\p{L}\p{N}][\p{L}\p{N} ._/-]*$/u.test(v), "validation.format");

export const saeFields = {
  fileNumber: fileNumber(),
  clientId: f.id().refine((v) => v !== null, "validation.required"),
  counsellorId: f.id(),
  openedOn: f.date(),
  closedOn: f.date(),
  status: f.requiredEnum(SAE_STATUSES),
  employmentGoal: f.text(),
  actionPlan: f.textarea(),
};

export const saeSchema = z.object({ ...recordKeys, ...saeFields }).strict();
