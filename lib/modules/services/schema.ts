import { z } from "zod";
import { f, recordKeys } from "@/lib/records/zod-fields";
import { participantField, requiredPicklist } from "@/lib/modules/shared/participant-modules";

/**
 * « Numéro de l'activité » as managers hand it out ("2026-014", "ATELIER-CV-3"): letters, digits and - . / _,
 * upper-cased and trimmed so that "a-12" and "A-12 " name the same activity.
 */
export const activityNumberField = () =>
  z
    .string()
    .trim()
    .max(40)
    .transform((v) => v.replace(/\s+/g, " ").toUpperCase())
    .refine((v) => v === "" || /^[\p{L}\p{N}][\p{L}\p{N} ._/-]*$/u.test(v), "validation.format")
    .transform((v) => (v === "" ? null : v))
    .default(null);

export const serviceFields = {
  relatedTo: participantField(),
  serviceName: requiredPicklist(),
  activityNumber: activityNumberField(),
  startDate: f.date(),
  endDate: f.date(),
  staffUserId: f.id(),
  note: f.textarea(),
};

export const serviceSchema = z.object({ ...recordKeys, ...serviceFields }).strict();
