// Deep-merges message fragments (fr/en pairs) into messages/fr.json and messages/en.json; used when a change
// brings a block of new keys. Usage: node scripts/merge-messages.mjs path/to/_x.fr.json path/to/_x.en.json
import { readFileSync, writeFileSync } from "node:fs";

const merge = (into, from) => {
  for (const [k, v] of Object.entries(from)) {
    if (v && typeof v === "object" && !Array.isArray(v)) into[k] = merge(into[k] && typeof into[k] === "object" ? into[k] : {}, v);
    else into[k] = v;
  }
  return into;
};
for (const file of process.argv.slice(2)) {
  const locale = /\.(fr|en)\.json$/.exec(file)?.[1];
  if (!locale) throw new Error(`${file}: name must end with .fr.json or .en.json`);
  const target = `messages/${locale}.json`;
  const merged = merge(JSON.parse(readFileSync(target, "utf8")), JSON.parse(readFileSync(file, "utf8")));
  writeFileSync(target, JSON.stringify(merged, null, 2) + "\n");
  console.log(`merged ${file} into ${target}`);
}
