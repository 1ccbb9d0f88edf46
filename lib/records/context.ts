import "server-only";
import { getFormatter, getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { userNames } from "@/lib/users/names";
import { KIOSK_ACTOR } from "@/lib/kiosk/actor";
import { picklistLabels, picklistOptions } from "@/lib/records/picklists";
import { displayTranslator, parseJsonArray, type DisplayContext } from "@/lib/records/display";
import { dateTimeFormatter } from "@/lib/records/date-time-format";
import type { ModuleDef } from "@/lib/records/types";
import type { FormOptions } from "@/lib/records/ui-types";

/** Translator, list labels and user names for one request. Relation labels are added by the module's query. */
export async function recordContext(relations: DisplayContext["relations"] = {}): Promise<DisplayContext> {
  const [t, format, locale, list, timeZone] = await Promise.all([getTranslations(), getFormatter(), getLocale(), userNames(), getTimeZone()]);
  const dateTime = dateTimeFormatter(locale, timeZone);
  return {
    t: displayTranslator(t),
    picklists: await picklistLabels(locale),
    // Clients registered at the office kiosk show it as « Créé par ».
    users: new Map([[KIOSK_ACTOR.id, KIOSK_ACTOR.name], ...list.map((u) => [u.id, u.name] as [string, string])]),
    relations,
    // Calendar dates are not instants: format them as dates in UTC so no time zone shifts the day.
    formatDate: (iso) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
    formatDateTime: dateTime,
    timeZone,
  };
}

/** Choices for every enum, picklist and user field of a form. `current` keeps retired values that a record still has. */
export async function formOptions(def: ModuleDef, current: Record<string, unknown> = {}): Promise<FormOptions> {
  const [t, locale, list] = await Promise.all([getTranslations(), getLocale(), userNames()]);
  const out: FormOptions = {};
  for (const field of def.fields) {
    if (field.kind !== "enum" && field.kind !== "multienum" && field.kind !== "user" && field.kind !== "users") continue;
    if (field.kind === "user" || field.kind === "users") {
      // Deactivated colleagues the record already names stay listed, so that saving keeps them.
      const raw = current[field.name];
      const kept = field.kind === "users" ? parseJsonArray(raw) : [raw];
      out[field.name] = list.filter((u) => u.active || kept.includes(u.id)).map((u) => ({ value: u.id, label: u.name }));
    } else if (field.picklist) {
      const raw = current[field.name];
      const keep = Array.isArray(raw) ? raw.map(String) : typeof raw === "string" ? [raw] : [];
      out[field.name] = await picklistOptions(field.picklist, locale, keep);
    } else {
      out[field.name] = (field.options ?? []).map((value) => ({ value, label: t(`modules.${def.key}.options.${field.name}.${value}` as never) }));
    }
  }
  return out;
}
