"use client";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Download } from "lucide-react";

export type ExportFormProps = { exportPath: string; funderExportPath: string | null; query: string; columns: string[]; total: string; selected: string[]; scope: "all" | "selected"; onScope: (scope: "all" | "selected") => void; onDone: () => void };

/** export-dialog.tsx's form, loaded when the dialog first opens. */
export function ExportForm({ exportPath, funderExportPath, query, columns, total, selected, scope, onScope: setScope, onDone }: ExportFormProps) {
  const t = useTranslations("listTools");
  const tp = useTranslations("privacyClient");
  const locale = useLocale();
  const [lang, setLang] = useState(locale === "en" ? "en" : "fr");
  const [sep, setSep] = useState(locale === "en" ? "comma" : "semicolon");
  const hidden = [...new URLSearchParams(query)];
  return (
    <form method="get" action={exportPath} className="space-y-4" onSubmit={() => setTimeout(onDone, 0)}>
      {hidden.map(([k, v], i) => (
        <input key={`${k}-${i}`} type="hidden" name={k} value={v} />
      ))}
      <input type="hidden" name="cols" value={columns.join(",")} />
      {scope === "selected" && <input type="hidden" name="ids" value={selected.join(",")} />}
      <fieldset className="space-y-1 text-sm">
        <legend className="mb-1 font-medium">{t("exportScope")}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" checked={scope === "all"} onChange={() => setScope("all")} className="size-4" /> {t("exportAll", { count: total })}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" checked={scope === "selected"} disabled={!selected.length} onChange={() => setScope("selected")} className="size-4" /> {t("exportSelected", { count: selected.length })}
        </label>
      </fieldset>
      <fieldset className="space-y-1 text-sm">
        <legend className="mb-1 font-medium">{t("separator")}</legend>
        {(["semicolon", "comma"] as const).map((s) => (
          <label key={s} className="flex items-center gap-2">
            <input type="radio" name="sep" value={s} checked={sep === s} onChange={() => setSep(s)} className="size-4" /> {t(s)}
          </label>
        ))}
      </fieldset>
      <label className="block text-sm">
        <span className="mb-1 block font-medium">{t("exportLanguage")}</span>
        <select name="lang" value={lang} onChange={(e) => setLang(e.target.value)} className="input !w-48">
          <option value="fr" lang="fr">Français</option>
          <option value="en" lang="en">English</option>
        </select>
      </label>
      <div className="flex flex-wrap items-center justify-end gap-3">
        {funderExportPath && (
          // Sharing with a funder needs each client's consent: that page counts who is left out first.
          <a href={`/${locale}${funderExportPath}?${new URLSearchParams([...hidden, ["cols", columns.join(",")], ...(scope === "selected" ? [["ids", selected.join(",")]] : [])])}`} className="text-sm text-brand-700 underline dark:text-brand-100">
            {tp("forFunder")}
          </a>
        )}
        <button type="submit" className="btn btn-primary">
          <Download className="size-4" aria-hidden /> {t("download")}
        </button>
      </div>
    </form>
  );
}
