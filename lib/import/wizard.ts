import "server-only";
// What the wizard's pages show beyond the job itself: the value choices of step 2 (found values, our options,
// the suggestion or the saved choice) and the preview of step 3 (the first lines planned like the dry run).
import type { CurrentUser } from "@/lib/auth/current-user";
import { picklistOptions } from "@/lib/records/picklists";
import { distinctValues } from "@/lib/import/cells";
import { jobRows, jobView, lineOf, type JobRow } from "@/lib/import/jobs";
import { planLines } from "@/lib/import/process";
import { reasonsText, translatorWithModules } from "@/lib/import/report";
import { suggestValue } from "@/lib/import/suggest";
import { listFields } from "@/lib/import/targets";

type T = (key: string, values?: Record<string, string | number>) => string;

export async function valueChoices(job: JobRow, locale: string, t: T) {
  const { model, spec } = jobView(job);
  const fields = listFields(model.def).filter((f) => spec.mapping.includes(f.name));
  const found = distinctValues(jobRows(job), spec.mapping, fields);
  const other = translatorWithModules(locale === "fr" ? "en" : "fr");
  const out = [];
  for (const field of fields) {
    const options = field.picklist
      ? await picklistOptions(field.picklist, locale)
      : (field.options ?? []).map((value) => ({ value, label: t(`modules.${model.key}.options.${field.name}.${value}`) }));
    const otherLabels = field.picklist
      ? new Map((await picklistOptions(field.picklist, locale === "fr" ? "en" : "fr")).map((o) => [o.value, o.label]))
      : new Map((field.options ?? []).map((v) => [v, other(`modules.${model.key}.options.${field.name}.${v}`)]));
    const withLabels = options.map((o) => ({ value: o.value, labels: [o.label, otherLabels.get(o.value) ?? ""] }));
    const saved = spec.valueMap[field.name] ?? {};
    out.push({
      field: field.name,
      label: t(`modules.${model.key}.fields.${field.name}`),
      options,
      found: (found[field.name] ?? []).map((value) => ({ value, chosen: Object.hasOwn(saved, value) ? saved[value] : (suggestValue(value, withLabels) ?? "") })),
    });
  }
  return out;
}

export async function preview(job: JobRow, user: CurrentUser, t: T, take = 10) {
  const { model, spec } = jobView(job);
  const lines = jobRows(job).slice(0, take).map((cells, i) => ({ line: lineOf(i), cells }));
  const planned = await planLines(model, spec, lines, user, { dry: true });
  return planned.map((p) => {
    const repeat = spec.policy === "update" ? "updated" : "skipped";
    const outcome = p.kind === "create" ? "created" : p.kind === "update" ? "updated" : p.kind === "repeat" ? repeat : p.kind;
    return { line: p.line, outcome: t(`import.wouldBe.${outcome}`), reasons: "reasons" in p ? reasonsText(JSON.stringify(p.reasons), model.key, t) : "" };
  });
}
