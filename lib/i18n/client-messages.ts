import "server-only";
import type { AbstractIntlMessages } from "next-intl";

// next-intl 4 hands every message to the browser unless told otherwise; every page then carries the dashboard's,
// the administration's and each module's whole text in its payload. Client components only read these
// namespaces (checked against every `useTranslations` in a "use client" file); server components read the
// full set on the server.
// "programRules": field errors of the programs area (activity number, SAE file number) are translated in the form.
export const CLIENT_NAMESPACES = ["common", "languages", "shell", "records", "validation", "errors", "errorPage", "timeZones", "notifications", "activities", "files", "programRules", "listTools", "privacyClient", "access", "reportsNav", "calendar", "importNav"];
// Read only by the sign-in, profile and administration forms: those pages add them (AccountMessages).
export const ACCOUNT_NAMESPACES = ["auth", "roles", "users", "profile", "settings", "lists", "recycleBin"];

// What client screens read of a module: its names for the menus, and the form and detail labels.
export const CLIENT_MODULE_KEYS = ["name", "singular", "create", "view", "new", "count", "countCapped", "sections", "fields", "options"];

const pick = (tree: AbstractIntlMessages | undefined, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((k) => tree && Object.hasOwn(tree, k)).map((k) => [k, tree![k]]));

/**
 * The messages client components use, out of the full set of one language; `accounts` adds those of the sign-in,
 * profile and administration forms.
 */
export function clientMessages(messages: AbstractIntlMessages, scope: "app" | "accounts" = "app"): AbstractIntlMessages {
  const modules = (messages.modules ?? {}) as Record<string, AbstractIntlMessages>;
  return {
    ...pick(messages, scope === "accounts" ? [...CLIENT_NAMESPACES, ...ACCOUNT_NAMESPACES] : CLIENT_NAMESPACES),
    modules: Object.fromEntries(Object.entries(modules).map(([key, tree]) => [key, pick(tree, CLIENT_MODULE_KEYS)])),
  };
}
