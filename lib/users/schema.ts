import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { CANADIAN_TIME_ZONES, type CanadianTimeZone } from "@/lib/records/time-zones";

const email = z.string().trim().toLowerCase().max(255).pipe(z.email());
const name = z.string().trim().min(1).max(255);
const locale = z.enum(["fr", "en"]);

export const createUserSchema = z
  .object({ name, email, role: z.enum(ROLES), locale, password: z.string().max(256) })
  .strict();

export const updateUserSchema = z
  .object({ id: z.string().min(1).max(64), name, email, role: z.enum(ROLES), locale, password: z.string().max(256).optional().default("") })
  .strict();

export const userIdSchema = z.object({ id: z.string().min(1).max(64) }).strict();

/** « Fuseau horaire » of « Mon profil »: one of the listed zones, or "" to follow the organisation's setting (null). */
const ownTimeZone = z
  .string()
  .max(64)
  .refine((v): v is "" | CanadianTimeZone => v === "" || (CANADIAN_TIME_ZONES as readonly string[]).includes(v), "validation.timeZone")
  .transform((v) => (v === "" ? null : v));

// A profile form from before the time-zone choice existed leaves the zone as it is.
export const profileSchema = z.object({ name, locale, timeZone: ownTimeZone.optional() }).strict();

export const changePasswordSchema = z
  .object({ currentPassword: z.string().max(256), newPassword: z.string().max(256), confirmPassword: z.string().max(256) })
  .strict();

export const preferencesSchema = z
  .object({ darkMode: z.boolean().optional(), compact: z.boolean().optional(), locale: locale.optional() })
  .strict();
