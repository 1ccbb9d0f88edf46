import "server-only";
import type { AbstractIntlMessages } from "next-intl";
import compile from "icu-minify/compile";

// next-intl 4 hands every message to the browser unless told otherwise; every page then carries the dashboard's,
// the administration's and each module's whole text in its payload. Client components only read these
// namespaces (checked against every `useTranslations` in a "use client" file); server components read the
// full set on the server. A dotted name sends one message of a namespace ("calendar.title": the menu's entry).
// "programRules": field errors of the programs area (activity number, SAE file number) are translated in the form
// and in « Action Lot ».
export const CLIENT_NAMESPACES = ["common", "languages", "shell", "records", "validation", "errors", "errorPage", "notifications", "programRules", "listTools", "privacyClient", "access", "reportsNav", "calendar.title", "importNav"];
// Read only by the record forms and details, the calendar and the Kanban board: those screens add them
// (ScreenMessages), so a first visit of a list does not carry them.
export const SCREEN_NAMESPACES = ["calendar", "activities", "files", "timeZones"];
// Read only by the sign-in, profile and administration forms: those pages add them (AccountMessages).
export const ACCOUNT_NAMESPACES = ["auth", "roles", "users", "profile", "settings", "lists", "recycleBin"];

// What every page reads of each module: its names (menus, « + », « Lié à », counts).
export const CLIENT_MODULE_KEYS = ["name", "singular", "create", "view", "new", "count", "countCapped"];
// A module's form and detail labels: read only where its records are shown. A list reads its own module's (headers,
// filter, columns, quick view, « Action Lot »: ModuleMessages); the record screens, quick create, the calendar and
// the Kanban board may show any module's (ScreenMessages), so a first visit of a list carries one module's.
export const MODULE_SCREEN_KEYS = ["sections", "fields", "options"];

function pick(tree: AbstractIntlMessages | undefined, keys: readonly string[]): AbstractIntlMessages {
  const out: AbstractIntlMessages = {};
  for (const key of keys) {
    const [head, ...rest] = key.split(".");
    if (!tree || !Object.hasOwn(tree, head)) continue;
    if (rest.length === 0) out[head] = tree[head];
    else out[head] = { ...((out[head] as AbstractIntlMessages | undefined) ?? {}), ...pick(tree[head] as AbstractIntlMessages, [rest.join(".")]) };
  }
  return out;
}

type Scope = "app" | "screens" | "accounts" | "list";

/**
 * The messages client components use, out of the full set of one language: `app` for every page; `screens` only
 * what the record forms and details, the calendar and the Kanban board add (ScreenMessages); `list` the labels of
 * one module (`moduleKey`) its list adds (ModuleMessages); `accounts` the whole set the sign-in, profile and
 * administration pages give their own provider (AccountMessages).
 */
export function clientMessages(messages: AbstractIntlMessages, scope: Scope = "app", moduleKey?: string): AbstractIntlMessages {
  const modules = (messages.modules ?? {}) as Record<string, AbstractIntlMessages>;
  const moduleKeys = scope === "app" ? CLIENT_MODULE_KEYS : scope === "accounts" ? [...CLIENT_MODULE_KEYS, ...MODULE_SCREEN_KEYS] : MODULE_SCREEN_KEYS;
  const of = (keys: string[]) => Object.fromEntries(keys.filter((key) => Object.hasOwn(modules, key)).map((key) => [key, pick(modules[key], moduleKeys)]));
  if (scope === "list") return { modules: of(moduleKey ? [moduleKey] : []) };
  const names = scope === "screens" ? SCREEN_NAMESPACES : scope === "accounts" ? [...CLIENT_NAMESPACES, ...SCREEN_NAMESPACES, ...ACCOUNT_NAMESPACES] : CLIENT_NAMESPACES;
  return { ...pick(messages, names), modules: of(Object.keys(modules)) };
}

type Compiled = { [key: string]: unknown };
const compiledTrees = new WeakMap<AbstractIntlMessages, Map<string, Compiled>>();

// icu-minify writes plural and select branches as null-prototype objects, which React will not hand to the browser.
const plain = (node: unknown): unknown =>
  Array.isArray(node) ? node.map(plain) : node && typeof node === "object" ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, plain(v)])) : node;

function precompile(tree: AbstractIntlMessages): Compiled {
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, typeof value === "string" ? plain(compile(value)) : precompile(value as AbstractIntlMessages)]));
}

/**
 * clientMessages(), precompiled: the browser's formatter then has no ICU parser to carry (about 8 KB compressed of
 * every first visit; next.config.ts points the browser at use-intl's format-only formatter, and server rendering at
 * lib/i18n/format-message.ts, which takes both forms). Compiled once per language set and scope, not per request.
 */
export function browserMessages(messages: AbstractIntlMessages, scope: Scope = "app", moduleKey?: string): AbstractIntlMessages {
  let byScope = compiledTrees.get(messages);
  if (!byScope) compiledTrees.set(messages, (byScope = new Map()));
  const key = `${scope}:${moduleKey ?? ""}`;
  let out = byScope.get(key);
  if (!out) byScope.set(key, (out = precompile(clientMessages(messages, scope, moduleKey))));
  return out as AbstractIntlMessages;
}
