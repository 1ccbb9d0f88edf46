import { isValid, parse } from "date-fns";
import { z } from "zod";
import { isWallTime } from "@/lib/records/wall-time";

// Building blocks of the modules' hand-written zod schemas. Empty text becomes null so that "no value" is stored
// one way; messages are keys under `validation.` shown next to the field in the user's language.

const trimmed = (max: number) => z.string().trim().max(max);
const emptyToNull = (v: string) => (v === "" ? null : v);
export const DURATION_MAX_MINUTES = 10_000 * 60;
// date-fns checks the month and the day against the calendar; `new Date()` would throw on "2025-13-45".
const isCalendarDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isValid(parse(v, "yyyy-MM-dd", new Date(2000, 0, 1)));
// A field the form did not send is empty: a create from the quick-create dialog or an API call need not list all.

export const f = {
  text: () => trimmed(255).transform(emptyToNull).default(null),
  requiredText: () => trimmed(255).min(1),
  textarea: () => trimmed(10_000).transform(emptyToNull).default(null),
  email: () =>
    trimmed(255)
      .toLowerCase()
      .refine((v) => v === "" || z.email().safeParse(v).success, "validation.email")
      .transform(emptyToNull)
      .default(null),
  phone: () =>
    trimmed(40)
      .refine((v) => v === "" || (/^[+()\d\s.-]+$/.test(v) && v.replace(/\D/g, "").length >= 7 && v.replace(/\D/g, "").length <= 15), "validation.phone")
      .transform(emptyToNull)
      .default(null),
  url: () =>
    trimmed(255)
      .refine((v) => {
        if (v === "") return true;
        try {
          const u = new URL(v);
          return u.protocol === "http:" || u.protocol === "https:";
        } catch {
          return false;
        }
      }, "validation.url")
      .transform(emptyToNull)
      .default(null),
  /** Calendar date "YYYY-MM-DD" that exists (no 2025-02-30, no 2025-13-45). */
  date: () =>
    trimmed(10)
      .refine((v) => v === "" || isCalendarDate(v), "validation.date")
      .transform(emptyToNull)
      .default(null),
  enumOf: <const T extends readonly [string, ...string[]]>(values: T) =>
    z.union([z.literal(""), z.enum(values)]).transform((v) => (v === "" ? null : v)).default(null),
  requiredEnum: <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values),
  /** A value of an admin-managed list; checked against the database by the action. */
  picklist: () => trimmed(64).transform(emptyToNull).default(null),
  multiPicklist: () => z.array(trimmed(64).min(1)).max(40).default([]),
  boolean: () => z.union([z.boolean(), z.enum(["true", "false", "on", ""])]).transform((v) => v === true || v === "true" || v === "on").default(false),
  /** Id of another record or user; existence and scope are checked by the action. */
  id: () => trimmed(64).transform(emptyToNull).default(null),
  /** IRCC unique client identifier: 8 or 10 digits, spaces and dashes ignored. */
  uci: () =>
    trimmed(20)
      .transform((v) => v.replace(/[\s-]/g, ""))
      .refine((v) => v === "" || /^(\d{8}|\d{10})$/.test(v), "validation.uci")
      .transform(emptyToNull)
      .default(null),
  version: () => z.coerce.number().int().min(1),
  /**
   * Wall time "YYYY-MM-DDTHH:mm" in the user's time zone (the form's value; the page's "30/08/2025 06:00" is
   * rewritten to it before parsing, see lib/records/date-text.ts). Stays wall time here: the save flow turns it
   * into a UTC instant with the user's zone (lib/records/wall-time.ts), which a static schema cannot know.
   */
  datetime: () =>
    trimmed(16)
      .refine((v) => v === "" || isWallTime(v), "validation.datetime")
      .transform(emptyToNull)
      .default(null),
  /** Whole minutes, 0 to 10,000 hours (the guide's « 0 h 15 m »); the form sends the total. */
  duration: () =>
    z
      .union([z.number(), trimmed(12)])
      .refine((v) => v === "" || (/^\d+$/.test(String(v)) && Number(v) <= DURATION_MAX_MINUTES), "validation.duration")
      .transform((v) => (v === "" ? null : Number(v)))
      .default(null),
  /**
   * « Lié à »: one record of one of `modules`, sent as one JSON value `{"module":"clients","id":"…"}` (one form
   * key, so inline edit and the strict schema see a single field; "" or null is no parent). Existence in the
   * user's scope is checked by the save flow.
   */
  parent: <const T extends readonly [string, ...string[]]>(modules: T) => {
    const ref = z.object({ module: z.enum(modules), id: z.string().trim().min(1).max(64) }).strict();
    return z
      .unknown()
      .transform((v, ctx) => {
        if (v === null || v === undefined || v === "") return null;
        let parsed: unknown = v;
        if (typeof v === "string") {
          try {
            parsed = v.length <= 200 ? JSON.parse(v) : undefined;
          } catch {
            parsed = undefined;
          }
        }
        const checked = ref.safeParse(parsed);
        if (checked.success) return checked.data;
        ctx.addIssue({ code: "custom", message: "validation.parent" });
        return z.NEVER;
      })
      .default(null);
  },
  /** Several users (invited colleagues): distinct ids; each must be an active user, checked by the save flow. */
  users: () =>
    z
      .array(trimmed(64).min(1))
      .max(40)
      .transform((ids) => [...new Set(ids)])
      .default([]),
};

/** Common keys of every record form: id and version when editing. */
export const recordKeys = {
  id: z.string().min(1).max(64).optional(),
  version: f.version().optional(),
  /** The user saw the likely duplicates and saves anyway. */
  confirmDuplicates: z.enum(["1"]).optional(),
};
export const RECORD_KEYS = Object.keys(recordKeys);

/** Inline edit of one field: which field, and its raw value (parsed afterwards with that field's schema). */
export const fieldEditSchema = z
  .object({
    id: z.string().min(1).max(64),
    version: f.version(),
    field: z.string().min(1).max(64),
    value: z.union([z.string().max(10_000), z.array(z.string().max(64)).max(40), z.boolean(), z.null()]),
  })
  .strict();

export const idSchema = z.object({ id: z.string().min(1).max(64) }).strict();
