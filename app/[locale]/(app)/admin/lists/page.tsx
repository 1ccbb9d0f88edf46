import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { DEFAULT_PICKLISTS } from "@/lib/records/picklist-defaults";
import { PicklistEditor } from "@/components/admin/picklist-editor";

export async function generateMetadata() {
  const t = await getTranslations("lists");
  return { title: t("title") };
}

export default async function ListsPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  await requireUser("picklists.manage");
  const t = await getTranslations("lists");
  const values = await db.picklistValue.findMany({ orderBy: [{ list: "asc" }, { position: "asc" }], select: { id: true, list: true, labelFr: true, labelEn: true, active: true } });
  return (
    <div className="max-w-4xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
      </div>
      {Object.keys(DEFAULT_PICKLISTS).map((list) => (
        <PicklistEditor key={list} list={list} values={values.filter((v) => v.list === list)} />
      ))}
    </div>
  );
}
