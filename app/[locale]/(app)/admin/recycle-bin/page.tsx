import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { recycleBin } from "@/lib/records/recycle-bin";
import { RestoreButton } from "@/components/admin/restore-button";
import { can } from "@/lib/auth/permissions";
import { BinPurgeForm } from "@/components/privacy/bin-purge-form";

export async function generateMetadata() {
  const t = await getTranslations("recycleBin");
  return { title: t("title") };
}

export default async function RecycleBinPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  setRequestLocale((await params).locale);
  const user = await requireUser("record.restore");
  const [t, format, entries, sp] = await Promise.all([getTranslations(), getFormatter(), recycleBin(user), searchParams]);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t("recycleBin.title")}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("recycleBin.intro")}</p>
      </div>
      {can(user, "privacy.manage") && <BinPurgeForm purged={typeof sp.purged === "string" ? sp.purged : null} failed={sp.purgeError === "1"} />}
      {entries.length === 0 ? (
        <p className="card text-sm text-slate-500 dark:text-slate-400">{t("recycleBin.empty")}</p>
      ) : (
        <ul className="card divide-y divide-slate-200 !p-0 dark:divide-slate-700">
          {entries.map((e) => (
            <li key={`${e.module}:${e.id}`} className="flex flex-wrap items-center justify-between gap-2 px-4 py-[var(--row-y)]">
              <div>
                <p className="font-medium">{e.title}</p>
                <p className="text-xs text-slate-500 dark:text-slate-400">
                  {t(`modules.${e.module}.singular` as never)} · {t("recycleBin.deletedAt", { date: format.dateTime(e.deletedAt, { dateStyle: "medium", timeStyle: "short" }) })}
                </p>
              </div>
              <RestoreButton module={e.module as "clients"} id={e.id} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
