import formatCompiled from "use-intl/format-message/format-only";
import formatSource from "use-intl/format-message";
import { _createCache, _createIntlFormatters } from "use-intl/core";
import type { AbstractIntlMessages } from "next-intl";
import { browserMessages, clientMessages } from "@/lib/i18n/client-messages";
import formatOnServer from "@/lib/i18n/format-message";
import { en, fr } from "@/tests/helpers/messages";

// The browser formats precompiled messages without an ICU parser; every message it gets must read exactly as the
// server's formatter reads the written one.
type Leaf = [key: string, source: string, compiled: unknown];

function leaves(source: AbstractIntlMessages, compiled: Record<string, unknown>, prefix = ""): Leaf[] {
  return Object.entries(source).flatMap(([key, value]): Leaf[] =>
    typeof value === "string" ? [[`${prefix}${key}`, value, compiled[key]]] : leaves(value as AbstractIntlMessages, compiled[key] as Record<string, unknown>, `${prefix}${key}.`),
  );
}

const DATE = new Date(Date.UTC(2026, 10, 3, 15, 4));

/** Values for every argument a compiled message names: numbers for plurals and numbers, a date, tags as functions. */
function valuesFor(node: unknown, out: Record<string, unknown> = {}): Record<string, unknown> {
  if (!Array.isArray(node)) return out;
  const [name, type, ...rest] = node as [unknown, unknown, ...unknown[]];
  if (typeof name !== "string") {
    for (const child of node) valuesFor(child, out);
    return out;
  }
  if (type === undefined) out[name] ??= "Aputi";
  else if (type === 2 || type === 3 || type === 4) out[name] = 2;
  else if (type === 5 || type === 6) out[name] = DATE;
  else if (type === 1) out[name] ??= "other";
  else out[name] = (chunks: unknown[]) => `<${name}>${chunks.join("")}</${name}>`;
  for (const child of [type, ...rest]) {
    if (Array.isArray(child)) valuesFor(child, out);
    else if (child && typeof child === "object") for (const branch of Object.values(child)) valuesFor(Array.isArray(branch) ? branch : [branch], out);
  }
  return out;
}

const options = (locale: string) => ({ cache: _createCache(), formatters: _createIntlFormatters(_createCache()), locale, timeZone: "America/Iqaluit", formats: undefined, globalFormats: undefined });
const text = (out: unknown) => (Array.isArray(out) ? out.join("") : String(out));

describe.each([["fr", fr], ["en", en]] as const)("browser messages (%s)", (locale, messages) => {
  const scopes = ["app", "screens", "accounts"] as const;

  it.each(scopes)("keep the %s scope's keys and read as the written messages do", (scope) => {
    const source = clientMessages(messages as never, scope);
    const all = leaves(source, browserMessages(messages as never, scope) as Record<string, unknown>);
    expect(all.length).toBeGreaterThan(100);
    for (const [key, written, compiled] of all) {
      const values = valuesFor(compiled);
      const expected = text(formatSource(key, written, values as never, options(locale) as never));
      // In the browser (format-only) and in server rendering (lib/i18n/format-message.ts) alike.
      expect({ key, out: text(formatCompiled(key, compiled as never, values as never, options(locale) as never)) }).toEqual({ key, out: expected });
      expect({ key, out: text(formatOnServer(key, compiled as never, values as never, options(locale) as never)) }).toEqual({ key, out: expected });
    }
  });

  it("hold only what React hands to the browser: strings, numbers, arrays and plain objects", () => {
    const check = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(check);
      if (node && typeof node === "object") {
        expect(Object.getPrototypeOf(node)).toBe(Object.prototype);
        Object.values(node).forEach(check);
      } else expect(["string", "number"]).toContain(typeof node);
    };
    for (const scope of ["app", "screens", "accounts"] as const) check(browserMessages(messages as never, scope));
    check(browserMessages(messages as never, "list", "clients"));
  });

  it("compile each language's set once, not on every request", () => {
    expect(browserMessages(messages as never)).toBe(browserMessages(messages as never));
  });
});

it("formats the written messages on the server as use-intl does, t.raw included", () => {
  const opts = options("fr") as never;
  expect(formatOnServer("k", "{count, plural, one {# client} other {# clients}}", { count: 3 } as never, opts)).toBe(formatSource("k", "{count, plural, one {# client} other {# clients}}", { count: 3 } as never, opts));
  expect(formatOnServer.raw).toBe(true);
});
