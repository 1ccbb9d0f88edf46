import { getFormatter, getTranslations } from "next-intl/server";
import { Download } from "lucide-react";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { getFileSettings } from "@/lib/files/settings";
import type { SearchParams } from "@/lib/records/list-params";
import { UploadZone } from "@/components/files/upload-zone";
import { uploadNotice } from "@/components/files/panel-files";

/** Modules whose record page carries its file: the upload that sets it, and a document's versions. */
const FILE_MODULES: Record<string, { label: "newVersion" | "attach"; replace?: "replace"; field: string }> = {
  documents: { label: "newVersion", field: "file" },
  cvs: { label: "attach", replace: "replace", field: "file" },
  notes: { label: "attach", replace: "replace", field: "attachment" },
};

/** The « Fichier » section of a document, CV or note page (nothing for other modules). */
export async function RecordFiles({ moduleKey, id, hasFile, user, searchParams }: { moduleKey: string; id: string; hasFile: boolean; user: CurrentUser; searchParams: SearchParams }) {
  const spec = FILE_MODULES[moduleKey];
  if (!spec) return null;
  const [t, tAll, format, { maxUploadMb }, notice] = await Promise.all([getTranslations("files"), getTranslations(), getFormatter(), getFileSettings(), uploadNotice(searchParams, moduleKey)]);
  const versions =
    moduleKey === "documents"
      ? await db.documentVersion.findMany({ where: { documentId: id }, orderBy: { number: "desc" }, select: { id: true, number: true, fileId: true, fileName: true, createdBy: true, createdAt: true } })
      : [];
  const label = hasFile && spec.replace ? spec.replace : spec.label;
  return (
    <section className="card min-w-0" aria-labelledby="record-files">
      <h2 id="record-files" className="mb-2 font-semibold">
        {moduleKey === "documents" ? t("versions") : tAll(`modules.${moduleKey}.fields.${spec.field}` as never)}
      </h2>
      {moduleKey === "documents" &&
        (versions.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("noVersion")}</p>
        ) : (
          <ol className="divide-y divide-slate-200 text-sm dark:divide-slate-700">
            {versions.map((v, i) => (
              <li key={v.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5 py-1.5">
                <span className="font-medium">{t("versionNumber", { number: v.number })}</span>
                {i === 0 && <span className="rounded bg-brand-50 px-1.5 text-xs text-brand-700 dark:bg-slate-800 dark:text-brand-100">{t("current")}</span>}
                <a href={`/api/files/${encodeURIComponent(v.fileId)}`} download className="inline-flex min-w-0 items-center gap-1 break-all text-brand-700 hover:underline dark:text-brand-100">
                  <Download className="size-4 shrink-0" aria-hidden />
                  <span>
                    {v.fileName}
                    <span className="sr-only"> — {t("download")}</span>
                  </span>
                </a>
                <span className="text-slate-600 dark:text-slate-400">{t("versionBy", { name: v.createdBy, date: format.dateTime(v.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}</span>
              </li>
            ))}
          </ol>
        ))}
      {can(user, "record.update") && (
        <UploadZone
          query={{ intent: moduleKey === "documents" ? "version" : "attach", module: moduleKey, id }}
          back={`/${moduleKey}/${id}?panel=${moduleKey}#record-files`}
          maxMb={maxUploadMb}
          multiple={false}
          label={t(label)}
          notice={notice}
        />
      )}
    </section>
  );
}
