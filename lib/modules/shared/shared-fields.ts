import { f } from "@/lib/records/zod-fields";
import { emailKey, nameKey, phoneKey, sortKey } from "@/lib/records/normalize";
import { recordTokens } from "@/lib/records/search";
import { PROVINCES } from "@/lib/modules/shared/options";

// What several modules' schemas and models share: the address block's zod builders, and the keys of a person.

export const addressSchemaFields = () => ({ street: f.text(), city: f.text(), province: f.enumOf(PROVINCES), postalCode: f.text(), country: f.text() });

const str = (v: unknown) => (typeof v === "string" ? v : null);

/** Sort, duplicate and search keys of a person (client, contact): name in any order, e-mails, phone digits. */
export function personKeys(v: Record<string, unknown>, emails: readonly string[], phones: readonly string[]) {
  const [first, last] = [str(v.firstName), str(v.lastName)];
  const emailKeys = emails.map((e) => emailKey(str(v[e])));
  const phoneKeys = phones.map((p) => phoneKey(str(v[p])));
  return {
    columns: {
      sortName: sortKey(last, first),
      nameKey: nameKey(first, last),
      emailKey: emailKeys[0],
      phoneKey: phoneKeys[0],
      mobileKey: phoneKeys[1] ?? null,
      emailSort: emailKeys[0] ?? "",
      phoneSort: phoneKeys[0] ?? phoneKeys[1] ?? "",
    },
    tokens: recordTokens({ names: [first, last], emails: emails.map((e) => str(v[e])), phones: phones.map((p) => str(v[p])) }),
  };
}
