import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ACCOUNT_NAMESPACES, CLIENT_MODULE_KEYS, CLIENT_NAMESPACES, clientMessages } from "@/lib/i18n/client-messages";
import { fr } from "@/tests/helpers/messages";

// The layout hands the browser only some namespaces: a client component reading another one would show its key.
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });

const clientFiles = ["components", "app", "lib"].flatMap((d) => files(join(process.cwd(), d))).filter((f) => /^["']use client["']/.test(readFileSync(f, "utf8")));

/** Namespaces a file reads: useTranslations("ns"), and t("ns.…") / t(`ns.…`) with the root hook. */
function namespacesOf(source: string): string[] {
  const scoped = [...source.matchAll(/useTranslations\("([a-zA-Z]+)"\)/g)].map((m) => m[1]);
  const rooted = source.includes("useTranslations()") ? [...source.matchAll(/\bt(?:\.has)?\(\s*["`]([a-zA-Z]+)\./g)].map((m) => m[1]) : [];
  return [...new Set([...scoped, ...rooted])];
}

describe("messages sent to the browser", () => {
  it("cover every namespace a client component reads (account forms get the account namespaces)", () => {
    expect(clientFiles.length).toBeGreaterThan(20);
    for (const file of clientFiles) {
      const account = /components\/(admin|auth)\//.test(file);
      const allowed = new Set([...CLIENT_NAMESPACES, ...(account ? ACCOUNT_NAMESPACES : []), "modules"]);
      expect({ file, missing: namespacesOf(readFileSync(file, "utf8")).filter((ns) => !allowed.has(ns)) }).toEqual({ file, missing: [] });
    }
  });

  it("keep of each module what client screens read, and leave out the rest", () => {
    const sent = clientMessages(fr as never) as Record<string, Record<string, Record<string, unknown>>>;
    expect(Object.keys(sent)).not.toContain("dashboard");
    expect(Object.keys(sent)).not.toContain("users");
    expect(Object.keys(sent.modules.clients).sort()).toEqual(CLIENT_MODULE_KEYS.filter((k) => k in fr.modules.clients).sort());
    expect(Object.keys(clientMessages(fr as never, "accounts"))).toEqual(expect.arrayContaining(["auth", "users", "records"]));
  });
});
