import { z } from "zod";
import { f } from "@/lib/records/zod-fields";

// What the office kiosk accepts: only what a visit needs, checked strictly (unknown keys refused). Messages are
// keys under `validation.` or `kiosk.errors.`, shown next to the field in the page's language.

export const KIOSK_LOCALES = ["fr", "en"] as const;
export const COMMENT_MAX = 500;

const name = () => z.string().trim().max(100).min(1);

export const kioskSchema = z
  .object({
    firstName: name(),
    lastName: name(),
    email: f.email(),
    phone: f.phone(),
    language: z.enum(KIOSK_LOCALES),
    reason: z.string().trim().min(1).max(64),
    comment: z.string().trim().max(COMMENT_MAX).transform((v) => (v === "" ? null : v)).default(null),
    // An unticked box is not sent at all: missing and empty both get the consent message.
    consent: z.string().default("").refine((v) => v === "yes", "kiosk.errors.consent"),
    idempotencyKey: z.uuid(),
    locale: z.enum(KIOSK_LOCALES),
    // Honeypot: hidden from people; a bot that fills every field gets the normal answer and nothing is recorded.
    website: z.string().max(255).default(""),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.email && !v.phone) ctx.addIssue({ code: "custom", path: ["email"], message: "kiosk.errors.contact" });
  });

export type KioskInput = z.infer<typeof kioskSchema>;
export type KioskField = "firstName" | "lastName" | "email" | "phone" | "language" | "reason" | "comment" | "consent";
