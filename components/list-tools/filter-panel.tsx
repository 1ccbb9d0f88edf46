"use client";
import { lazy, Suspense, useState } from "react";
import { useTranslations } from "next-intl";
import { Filter, Plus, X } from "lucide-react";
import { Link, useRouter } from "@/lib/i18n/navigation";
import type { Criterion, Op } from "@/lib/records/filters";
import type { ListTools, ToolField } from "@/lib/list-tools/ui-types";
import type { RelationChoice } from "@/components/records/relation-picker";
import { listSearchParams, withQuery, type ListState } from "@/components/records/list-url";

// Only relation and « Lié à » criteria use the picker: a list filtered on other fields does not carry its code. The
// server still renders it in the page, so the criterion shows and posts before scripts load.
const RelationPicker = lazy(() => import("@/components/records/relation-picker").then((m) => ({ default: m.RelationPicker })));

/**
 * « Filtre avancé »: a GET form on the list's own address, so it works before scripts load and the address holds
 * the filter (back button, bookmarks). Each row is one field: a condition chosen among its kind's operators and
 * the value inputs that condition reads. « Ajouter » adds a row (a reload without scripts, at once with them).
 */
export function FilterPanel({ moduleKey, basePath, params, tools }: { moduleKey: string; basePath: string; params: ListState; tools: ListTools }) {
  const t = useTranslations();
  const router = useRouter();
  const criteria = params.criteria ?? [];
  const byName = new Map(tools.filterFields.map((f) => [f.name, f]));
  const [rows, setRows] = useState<string[]>(() => [...new Set([...criteria.map((c) => c.field), ...tools.extraRows])].filter((n) => byName.has(n)));
  const [adding, setAdding] = useState("");
  const label = (name: string) => t(`modules.${moduleKey}.fields.${name}` as never);

  const submit = (form: HTMLFormElement, submitter: HTMLElement | null) => {
    const data = new FormData(form);
    if (submitter?.getAttribute("name") === "add") {
      const name = String(data.get("addField") ?? "");
      if (byName.has(name) && !rows.includes(name)) setRows([...rows, name]);
      setAdding("");
      return;
    }
    const sp = new URLSearchParams();
    for (const [k, v] of data) if (typeof v === "string" && v !== "" && k !== "addField") sp.append(k, v);
    router.push(withQuery(basePath, sp));
  };

  return (
    <details className="card" open={criteria.length > 0 || tools.extraRows.length > 0}>
      <summary className="flex cursor-pointer items-center gap-2 font-medium">
        <Filter className="size-4" aria-hidden /> {t("listTools.advancedFilter")}
        {criteria.length > 0 && <span className="text-sm font-normal text-slate-600 dark:text-slate-300">({t("listTools.activeCount", { count: criteria.length })})</span>}
      </summary>
      <form
        method="get"
        className="mt-3 space-y-3"
        aria-label={t("listTools.advancedFilter")}
        onSubmit={(e) => {
          e.preventDefault();
          submit(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
        }}
      >
        {params.q && <input type="hidden" name="q" value={params.q} />}
        {params.mine && <input type="hidden" name="mine" value="1" />}
        <input type="hidden" name="sort" value={params.sort} />
        <input type="hidden" name="dir" value={params.dir} />
        {params.size && params.size !== 50 && <input type="hidden" name="size" value={params.size} />}
        {rows.map((name) => (
          <CriterionRow
            key={name}
            moduleKey={moduleKey}
            field={byName.get(name)!}
            label={label(name)}
            criterion={criteria.find((c) => c.field === name)}
            tools={tools}
            onRemove={() => setRows(rows.filter((r) => r !== name))}
          />
        ))}
        <div className="flex flex-wrap items-end gap-2">
          <label className="text-sm">
            <span className="mb-1 block">{t("listTools.addCriterion")}</span>
            <select name="addField" className="input !w-56" value={adding} onChange={(e) => setAdding(e.target.value)}>
              <option value="">{t("listTools.chooseField")}</option>
              {tools.filterFields
                .filter((f) => !rows.includes(f.name))
                .map((f) => (
                  <option key={f.name} value={f.name}>
                    {label(f.name)}
                  </option>
                ))}
            </select>
          </label>
          <button type="submit" name="add" value="1" className="btn btn-secondary">
            <Plus className="size-4" aria-hidden /> {t("listTools.add")}
          </button>
          <span className="ml-auto flex gap-2">
            {criteria.length > 0 && (
              // nf=1: the bare list would bring the default saved filter back.
              <Link href={withQuery(basePath, listSearchParams({ ...params, criteria: [] }, { nf: "1" }))} className="btn btn-ghost">
                {t("listTools.clearFilter")}
              </Link>
            )}
            <button type="submit" className="btn btn-primary">
              {t("listTools.apply")}
            </button>
          </span>
        </div>
      </form>
    </details>
  );
}

function initialValues(c: Criterion | undefined): { v: string[]; to: string } {
  if (!c) return { v: [], to: "" };
  if (c.op === "in") return { v: c.values, to: "" };
  if (c.op === "range") return { v: c.from ? [c.from] : [], to: c.to ?? "" };
  if (c.op === "contains" || c.op === "starts" || c.op === "is") return { v: [c.value], to: "" };
  return { v: [], to: "" };
}

function CriterionRow({ moduleKey, field, label, criterion, tools, onRemove }: { moduleKey: string; field: ToolField; label: string; criterion?: Criterion; tools: ListTools; onRemove: () => void }) {
  const t = useTranslations();
  const [op, setOp] = useState<Op | "">(criterion?.op ?? field.ops[0]);
  const init = initialValues(criterion);
  const key = `f.${field.name}`;
  const id = `filter-${field.name}`;
  const needsValue = op !== "empty" && op !== "notEmpty" && op !== "";
  return (
    <fieldset className="flex flex-wrap items-end gap-2 border-b border-slate-100 pb-3 dark:border-slate-800">
      <legend className="mb-1 text-sm font-medium">{label}</legend>
      <select name={key} value={op} onChange={(e) => setOp(e.target.value as Op)} aria-label={t("listTools.operatorOf", { field: label })} className="input !w-44">
        <option value="">{t("listTools.ops.none")}</option>
        {field.ops.map((o) => (
          <option key={o} value={o}>
            {t(`listTools.ops.${o}`)}
          </option>
        ))}
      </select>
      {needsValue && <CriterionValue moduleKey={moduleKey} field={field} label={label} name={`${key}.v`} toName={`${key}.to`} id={id} init={init} tools={tools} />}
      <button type="button" className="btn btn-ghost !p-1.5" aria-label={t("listTools.removeCriterion", { field: label })} onClick={onRemove}>
        <X className="size-4" aria-hidden />
      </button>
    </fieldset>
  );
}

function CriterionValue({ moduleKey, field, label, name, toName, id, init, tools }: { moduleKey: string; field: ToolField; label: string; name: string; toName: string; id: string; init: { v: string[]; to: string }; tools: ListTools }) {
  const t = useTranslations();
  const lt = (k: string, values?: Record<string, string>) => t(`listTools.${k}` as never, values as never);
  switch (field.kind) {
    case "enum":
    case "multienum":
      return (
        <div role="group" aria-label={lt("valueOf", { field: label })} className="flex max-w-full flex-wrap gap-x-3 gap-y-1">
          {(field.options ?? []).map((o) => (
            <label key={o.value} className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" name={name} value={o.value} defaultChecked={init.v.includes(o.value)} className="size-4" />
              {o.label}
            </label>
          ))}
        </div>
      );
    case "date":
    case "datetime":
    case "number":
    case "duration": {
      const type = field.kind === "date" || field.kind === "datetime" ? "date" : "number";
      return (
        <>
          <input type={type} name={name} defaultValue={init.v[0] ?? ""} aria-label={lt("fromOf", { field: label })} className="input !w-40" />
          <input type={type} name={toName} defaultValue={init.to} aria-label={lt("toOf", { field: label })} className="input !w-40" />
        </>
      );
    }
    case "boolean":
      return (
        <select name={name} defaultValue={init.v[0] ?? "1"} aria-label={lt("valueOf", { field: label })} className="input !w-28">
          <option value="1">{t("records.yes")}</option>
          <option value="0">{t("records.no")}</option>
        </select>
      );
    case "user":
    case "users":
      return (
        <select name={name} defaultValue={init.v[0] ?? (field.kind === "user" ? "me" : "")} aria-label={lt("valueOf", { field: label })} className="input !w-56">
          {field.kind === "user" && <option value="me">{lt("me")}</option>}
          {(field.options ?? []).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    case "relation":
      return <RelationValue id={id} name={name} label={lt("valueOf", { field: label })} search={tools.relationSearch[field.name]} initial={init.v[0] ? { id: init.v[0], label: tools.relationLabels[field.name] ?? init.v[0] } : null} />;
    case "parent":
      return <ParentValue moduleKey={moduleKey} field={field} id={id} name={name} label={label} tools={tools} initial={init.v[0] ?? ""} />;
    default:
      return <input type="text" name={name} defaultValue={init.v[0] ?? ""} maxLength={255} aria-label={lt("valueOf", { field: label })} className="input !w-56" />;
  }
}

function RelationValue({ id, name, label, search, initial }: { id: string; name: string; label: string; search?: ListTools["relationSearch"][string]; initial: RelationChoice | null }) {
  const [value, setValue] = useState<RelationChoice | null>(initial);
  return (
    <div className="w-64">
      <Suspense fallback={null}>
        <RelationPicker id={id} name={name} value={value} label={label} search={search} onChange={setValue} />
      </Suspense>
    </div>
  );
}

/** « Lié à »: the record type, then a record of that type; sent as "module:id". */
function ParentValue({ field, id, name, label, tools, initial }: { moduleKey: string; field: ToolField; id: string; name: string; label: string; tools: ListTools; initial: string }) {
  const t = useTranslations();
  const modules = field.modules ?? [];
  const [module, setModule] = useState(initial.split(":")[0] || modules[0] || "");
  const [value, setValue] = useState<RelationChoice | null>(initial ? { id: initial.split(":")[1] ?? "", label: tools.relationLabels[field.name] ?? initial } : null);
  return (
    <>
      <select value={module} onChange={(e) => (setModule(e.target.value), setValue(null))} aria-label={t("listTools.anyModule")} className="input !w-40">
        {modules.map((m) => (
          <option key={m} value={m}>
            {t(`modules.${m}.singular` as never)}
          </option>
        ))}
      </select>
      <div className="w-64">
        <Suspense fallback={null}>
          <RelationPicker id={id} name={`${name}.pick`} value={value} label={t("listTools.valueOf", { field: label })} search={tools.relationSearch[`${field.name}.${module}`]} onChange={setValue} />
        </Suspense>
      </div>
      <input type="hidden" name={name} value={value ? `${module}:${value.id}` : ""} />
    </>
  );
}
