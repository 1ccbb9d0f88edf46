import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ACCOUNT_NAMESPACES, CLIENT_MODULE_KEYS, CLIENT_NAMESPACES, MODULE_SCREEN_KEYS, SCREEN_NAMESPACES, clientMessages } from "@/lib/i18n/client-messages";
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

// Rendered only inside ScreenMessages (record details and forms, calendar, Kanban board) or AccountMessages.
const SCREEN_FILES = /components\/(calendar|activities|files)\/|components\/records\/field-input\.tsx$/;
const ACCOUNT_FILES = /components\/(admin|auth)\//;
const whole = CLIENT_NAMESPACES.filter((ns) => !ns.includes("."));
const picked = CLIENT_NAMESPACES.filter((ns) => ns.includes("."));

/** Keys a root-hook file reads in one namespace: t("ns.key") / t(`ns.key`). */
const keysIn = (source: string, ns: string) => [...source.matchAll(new RegExp(`\\bt(?:\\.has)?\\(\\s*["\`](${ns}\\.[\\w.]+)`, "g"))].map((m) => m[1]);

describe("messages sent to the browser", () => {
  it("cover every namespace a client component reads (screens and account forms get theirs)", () => {
    expect(clientFiles.length).toBeGreaterThan(20);
    for (const file of clientFiles) {
      const source = readFileSync(file, "utf8");
      const account = ACCOUNT_FILES.test(file);
      const allowed = new Set([...whole, ...(account || SCREEN_FILES.test(file) ? SCREEN_NAMESPACES : []), ...(account ? ACCOUNT_NAMESPACES : []), "modules"]);
      // A namespace sent in part (« calendar.title ») only covers the keys sent.
      const missing = namespacesOf(source).filter((ns) => !allowed.has(ns) && !(keysIn(source, ns).length > 0 && keysIn(source, ns).every((k) => picked.includes(k))));
      expect({ file, missing }).toEqual({ file, missing: [] });
    }
  });

  it("send one message of a namespace picked by its dotted name, and the screens' namespaces only to screens", () => {
    const sent = clientMessages(fr as never) as Record<string, Record<string, unknown>>;
    expect(sent.calendar).toEqual({ title: fr.calendar.title });
    for (const ns of SCREEN_NAMESPACES) expect(Object.keys(clientMessages(fr as never, "screens"))).toContain(ns);
    expect(Object.keys(sent)).not.toContain("files");
    expect((clientMessages(fr as never, "accounts") as Record<string, unknown>).calendar).toEqual(fr.calendar);
  });

  it("keep of each module what client screens read, and leave out the rest", () => {
    const sent = clientMessages(fr as never) as Record<string, Record<string, Record<string, unknown>>>;
    expect(Object.keys(sent)).not.toContain("dashboard");
    expect(Object.keys(sent)).not.toContain("users");
    expect(Object.keys(sent.modules.clients).sort()).toEqual(CLIENT_MODULE_KEYS.filter((k) => k in fr.modules.clients).sort());
    expect(Object.keys(clientMessages(fr as never, "accounts"))).toEqual(expect.arrayContaining(["auth", "users", "records"]));
  });

  it("send a module's form and detail labels to its own list, and every module's to the record screens", () => {
    const labels = (tree: unknown) => tree as Record<string, Record<string, Record<string, unknown>>>;
    const list = labels(clientMessages(fr as never, "list", "clients"));
    expect(Object.keys(list)).toEqual(["modules"]);
    expect(Object.keys(list.modules)).toEqual(["clients"]);
    expect(list.modules.clients.fields).toEqual(fr.modules.clients.fields);
    expect(Object.keys(list.modules.clients).sort()).toEqual(MODULE_SCREEN_KEYS.filter((k) => k in fr.modules.clients).sort());
    const screens = labels(clientMessages(fr as never, "screens"));
    expect(Object.keys(screens.modules).sort()).toEqual(Object.keys(fr.modules).sort());
    for (const key of Object.keys(fr.modules)) expect(screens.modules[key].fields).toEqual(fr.modules[key].fields);
    expect(labels(clientMessages(fr as never, "accounts")).modules.partners.options).toEqual(fr.modules.partners.options);
  });

  // Module labels are read with the module of the screen (`def.key`, `moduleKey`): on a list, its own.
  it("read module field, option and section labels only in list and record screen components", () => {
    const readers = clientFiles.filter((f) => /modules\.\$\{[^}]+\}\.(fields|options|sections)/.test(readFileSync(f, "utf8"))).map((f) => f.slice(process.cwd().length + 1)).sort();
    expect(readers).toEqual(
      ["components/list-tools/bulk-bar.tsx", "components/list-tools/column-chooser.tsx", "components/list-tools/filter-panel.tsx", "components/records/conflict-panel.tsx", "components/records/duplicate-warning.tsx", "components/records/field-input.tsx", "components/records/quick-view-body.tsx", "components/records/record-detail.tsx", "components/records/record-form.tsx", "components/records/record-list.tsx"].sort(),
    );
  });
});
