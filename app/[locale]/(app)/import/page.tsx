import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { Link } from "@/lib/i18n/navigation";
import { canImport } from "@/lib/import/access";
import { IMPORT_MODULES } from "@/lib/import/targets";
import { db } from "@/lib/db";

export async function generateMetadata() {
  const t = await getTranslations("import");
  return { title: t("title") };
}

/** The wizard's first step: the module and the file (a plain multipart form), and the recent imports. */
export default async function ImportPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser("import.run");
  const [t, format, query] = await Promise.all([getTranslations(), getFormatter(), searchParams]);
  const modules = [];
  for (const key of IMPORT_MODULES) if (await canImport(user, key)) modules.push(key);
  const jobs = await db.importJob.findMany({
    where: user.role === "admin" ? {} : { userId: user.id },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, module: true, fileName: true, rowCount: true, status: true, createdAt: true },
  });
  const error = typeof query.error === "string" && /^[\w.]{1,64}$/.test(query.error) ? query.error : null;
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("import.title")}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("import.intro")}</p>
      </div>
      {error && (
        <p role="alert" className="alert-error">
          {t(error as never)}
        </p>
      )}
      <form action={`/api/import/upload?locale=${locale}`} method="post" encType="multipart/form-data" className="card space-y-4">
        <div>
          <label htmlFor="import-module" className="label">
            {t("import.module")}
          </label>
          <select id="import-module" name="module" className="input" defaultValue="clients" required>
            {modules.map((m) => (
              <option key={m} value={m}>
                {t(`modules.${m}.name` as never)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="import-file" className="label">
            {t("import.file")}
          </label>
          <input id="import-file" name="file" type="file" accept=".csv,text/csv" required className="input" aria-describedby="import-file-hint" />
          <p id="import-file-hint" className="mt-1 text-xs text-slate-500 dark:text-slate-400">
            {t("import.fileHint")}
          </p>
        </div>
        <button type="submit" className="btn btn-primary">
          {t("import.upload")}
        </button>
      </form>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("import.recent")}</h2>
        {jobs.length === 0 ? (
          <p className="text-sm text-slate-500 dark:text-slate-400">{t("import.none")}</p>
        ) : (
          <ul className="card divide-y divide-slate-200 !p-0 dark:divide-slate-700">
            {jobs.map((j) => (
              <li key={j.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-[var(--row-y)]">
                <Link href={`/import/${j.id}`} className="font-medium text-brand-700 underline dark:text-brand-100">
                  {j.fileName}
                </Link>
                <span className="text-xs text-slate-600 dark:text-slate-400">
                  {t(`modules.${j.module}.name` as never)} · {t("import.rows", { count: j.rowCount })} · {t(`import.status.${j.status}` as never)} ·{" "}
                  {format.dateTime(j.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
