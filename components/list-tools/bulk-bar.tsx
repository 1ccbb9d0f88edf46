"use client";
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Layers } from "lucide-react";
import { useRouter } from "@/lib/i18n/navigation";
import type { ListTools } from "@/lib/list-tools/ui-types";
import { BULK_BATCH, BULK_MAX, type BulkFailure, type BulkItem, type BulkOp } from "@/lib/list-tools/bulk";
import { ToolDialog } from "@/components/list-tools/tool-dialog";

type Stage = { step: "choose" } | { step: "counting" } | { step: "confirm"; items: BulkItem[]; capped: boolean } | { step: "running"; done: number; total: number } | { step: "finished"; done: number; failures: BulkFailure[] };

/**
 * « Sélection : N » and « Action Lot ». The run is driven from here in batches of 100 so the progress bar moves
 * and a long run never holds one request open; each batch comes back with the records it could not change.
 */
export function BulkBar({
  moduleKey,
  bulk,
  query,
  selected,
  allMatching,
  matchingCount,
  pageCount,
  onSelectAll,
  onClear,
  onExport,
}: {
  moduleKey: string;
  bulk: NonNullable<ListTools["bulk"]>;
  query: string;
  selected: BulkItem[];
  allMatching: boolean;
  matchingCount: { count: number; capped: boolean };
  pageCount: number;
  onSelectAll: () => void;
  onClear: () => void;
  onExport: (() => void) | null;
}) {
  // The dialog outlives the selection: a finished run clears it but still shows its summary and failures.
  const visible = allMatching || selected.length > 0;
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [op, setOp] = useState<BulkOp>(bulk.canUpdate ? "update" : "favorite");
  const [field, setField] = useState(bulk.fields[0]?.name ?? "");
  const [value, setValue] = useState("");
  const [stage, setStage] = useState<Stage>({ step: "choose" });
  const [error, setError] = useState<string | null>(null);
  const lt = (k: string, v?: Record<string, string | number>) => t(`listTools.${k}` as never, v as never);
  const shown = allMatching ? (matchingCount.capped ? `${format.number(matchingCount.count)}+` : format.number(matchingCount.count)) : format.number(selected.length);
  const chosenField = bulk.fields.find((f) => f.name === field);
  const opLabel = { update: lt("massUpdate"), favorite: lt("addToFavorites"), delete: lt("deleteSelection") }[op];

  const prepare = async () => {
    setError(null);
    if (!allMatching) return setStage({ step: "confirm", items: selected, capped: false });
    setStage({ step: "counting" });
    const found = await bulk.matching({ query });
    if (!found.ok) return (setError(t(found.error as never)), setStage({ step: "choose" }));
    setStage({ step: "confirm", items: found.data.items, capped: found.data.capped });
  };

  const run = async (items: BulkItem[]) => {
    const values = op === "update" && chosenField ? { [field]: chosenField.kind === "boolean" ? value === "1" : value === "" ? null : value } : undefined;
    const failures: BulkFailure[] = [];
    let done = 0;
    setStage({ step: "running", done: 0, total: items.length });
    for (let i = 0; i < items.length; i += BULK_BATCH) {
      const result = await bulk.apply({ op, items: items.slice(i, i + BULK_BATCH), values, query });
      if (!result.ok) {
        setError(t(result.error as never));
        break;
      }
      done += result.data.done;
      failures.push(...result.data.failures);
      setStage({ step: "running", done: Math.min(i + BULK_BATCH, items.length), total: items.length });
    }
    setStage({ step: "finished", done, failures });
    onClear();
    router.refresh();
  };

  return (
    <>
      {visible && (
        <div className="flex flex-wrap items-center gap-2 rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-800" role="region" aria-label={lt("bulkActions")}>
          <strong aria-live="polite">{lt("selection", { count: shown })}</strong>
          {allMatching ? (
            <span>{lt("allMatchingSelected")}</span>
          ) : (
            selected.length >= pageCount &&
            matchingCount.count > pageCount && (
              <button type="button" className="btn btn-ghost text-sm underline" onClick={onSelectAll}>
                {matchingCount.capped ? lt("selectAllMatchingCapped", { count: format.number(matchingCount.count) }) : lt("selectAllMatching", { count: format.number(matchingCount.count) })}
              </button>
            )
          )}
          <button type="button" className="btn btn-ghost text-sm" onClick={onClear}>
            {lt("clearSelection")}
          </button>
          <span className="ml-auto flex gap-2">
            {onExport && !allMatching && (
              <button type="button" className="btn btn-secondary" onClick={onExport}>
                {lt("exportSelection")}
              </button>
            )}
            <button type="button" className="btn btn-primary" onClick={() => (setStage({ step: "choose" }), setError(null), setOpen(true))}>
              <Layers className="size-4" aria-hidden /> {lt("bulkActions")}
            </button>
          </span>
        </div>
      )}
      <ToolDialog open={open} onOpenChange={(o) => stage.step !== "running" && setOpen(o)} title={lt("bulkActions")}>
        {stage.step === "choose" && (
          <form
            className="space-y-3"
            onSubmit={(e) => {
              e.preventDefault();
              void prepare();
            }}
          >
            <fieldset className="space-y-1 text-sm">
              <legend className="sr-only">{lt("bulkActions")}</legend>
              {(["update", "favorite", "delete"] as const)
                .filter((o) => (o === "update" ? bulk.canUpdate && bulk.fields.length > 0 : o === "delete" ? bulk.canDelete : true))
                .map((o) => (
                  <label key={o} className="flex items-center gap-2">
                    <input type="radio" name="op" checked={op === o} onChange={() => setOp(o)} className="size-4" />
                    {{ update: lt("massUpdate"), favorite: lt("addToFavorites"), delete: lt("deleteSelection") }[o]}
                  </label>
                ))}
            </fieldset>
            {op === "update" && (
              <div className="flex flex-wrap gap-2">
                <label className="text-sm">
                  <span className="mb-1 block">{lt("massUpdateField")}</span>
                  <select className="input !w-52" value={field} onChange={(e) => (setField(e.target.value), setValue(""))}>
                    {bulk.fields.map((f) => (
                      <option key={f.name} value={f.name}>
                        {t(`modules.${moduleKey}.fields.${f.name}` as never)}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="text-sm">
                  <span className="mb-1 block">{lt("massUpdateValue")}</span>
                  <select className="input !w-52" value={value} onChange={(e) => setValue(e.target.value)}>
                    {chosenField?.kind === "boolean" ? (
                      <>
                        <option value="">{t("records.chooseValue")}</option>
                        <option value="1">{t("records.yes")}</option>
                        <option value="0">{t("records.no")}</option>
                      </>
                    ) : (
                      <>
                        <option value="">{t("records.empty")}</option>
                        {(chosenField?.options ?? []).map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </>
                    )}
                  </select>
                </label>
              </div>
            )}
            {error && (
              <p role="alert" className="text-sm text-red-700 dark:text-red-300">
                {error}
              </p>
            )}
            <div className="flex justify-end">
              <button type="submit" className="btn btn-primary">
                {lt("run")}
              </button>
            </div>
          </form>
        )}
        {stage.step === "counting" && <p className="text-sm">{lt("counting")}</p>}
        {stage.step === "confirm" && (
          <div className="space-y-3 text-sm">
            <p>{lt("confirmRun", { action: opLabel, count: stage.items.length })}</p>
            {stage.capped && <p>{lt("tooMany", { max: format.number(BULK_MAX) })}</p>}
            <div className="flex justify-end gap-2">
              <button type="button" className="btn btn-secondary" onClick={() => setStage({ step: "choose" })}>
                {lt("cancel")}
              </button>
              <button type="button" className={`btn ${op === "delete" ? "btn-danger" : "btn-primary"}`} onClick={() => void run(stage.items)}>
                {lt("run")}
              </button>
            </div>
          </div>
        )}
        {stage.step === "running" && (
          <div className="space-y-2 text-sm">
            <progress className="w-full" max={stage.total} value={stage.done} aria-label={lt("progressLabel")} />
            <p aria-live="polite">{lt("progress", { done: format.number(stage.done), total: format.number(stage.total) })}</p>
          </div>
        )}
        {stage.step === "finished" && (
          <div className="space-y-2 text-sm">
            <progress className="w-full" max={1} value={1} aria-label={lt("progressLabel")} />
            <p role="status">{lt("finished", { done: stage.done, failed: stage.failures.length })}</p>
            {error && <p role="alert" className="text-red-700 dark:text-red-300">{error}</p>}
            {stage.failures.length > 0 && (
              <>
                <h3 className="font-medium">{lt("failuresTitle")}</h3>
                <ul className="max-h-60 list-disc overflow-y-auto pl-5">
                  {stage.failures.map((f) => (
                    <li key={f.id}>
                      {f.title} — {t(f.reason as never)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </ToolDialog>
    </>
  );
}
