import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

type Tree = { [key: string]: string | Tree };

const dir = () => join(process.cwd(), "messages");
const read = (file: string): Tree => JSON.parse(readFileSync(join(dir(), file), "utf8"));

function merge(into: Tree, from: Tree): Tree {
  const out: Tree = { ...into };
  for (const [k, v] of Object.entries(from)) {
    const have = out[k];
    out[k] = typeof v === "object" && typeof have === "object" ? merge(have, v) : v;
  }
  return out;
}

const loaded = new Map<string, Tree>();

/**
 * The messages of one language: the shared file (`messages/<locale>.json`) and one file per module
 * (`messages/modules/<key>.<locale>.json`) under `modules.<key>`. Labels every record module shares (address,
 * « Assigné à », created / modified) are written once under `recordFields` and merged into each module, so a
 * module file holds only its own words. Read once per process (every request in development).
 */
export function loadMessages(locale: string): Tree {
  const cached = loaded.get(locale);
  // Read again on each request only in development, where the files are being edited.
  if (cached && process.env.NODE_ENV !== "development") return cached;
  const shared = read(`${locale}.json`);
  const common = shared.recordFields as Tree;
  const modules: Tree = {};
  const suffix = `.${locale}.json`;
  for (const file of readdirSync(join(dir(), "modules")).filter((f) => f.endsWith(suffix)).sort()) {
    modules[file.slice(0, -suffix.length)] = merge(common, read(join("modules", file)));
  }
  const messages = { ...shared, modules };
  loaded.set(locale, messages);
  return messages;
}
