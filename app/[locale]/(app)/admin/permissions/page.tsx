import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { accessMatrix } from "@/lib/auth/access";
import { ROLES } from "@/lib/auth/permissions";
import { PermissionsGrid } from "@/components/admin/permissions-grid";

export async function generateMetadata() {
  const t = await getTranslations("accessAdmin");
  return { title: t("title") };
}

/**
 * « Droits d'accès »: the role × module × action grid, each module's record scope per role and the sensitive
 * field groups per role. A plain form: it saves without scripts.
 */
export default async function PermissionsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  setRequestLocale((await params).locale);
  await requireUser("users.manage");
  const [t, matrix, sp] = await Promise.all([getTranslations("accessAdmin"), accessMatrix(), searchParams]);
  const saved = typeof sp.saved === "string" && /^\d{1,4}$/.test(sp.saved) ? Number(sp.saved) : null;
  const failed = typeof sp.error === "string";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-300">{t("intro")}</p>
      {saved !== null && (
        <p role="status" className="alert-success">
          {saved === 0 ? t("savedNone") : saved === 1 ? t("savedOne") : t("saved", { count: saved })}
        </p>
      )}
      {failed && (
        <p role="alert" className="alert-error">
          {t("saveFailed")}
        </p>
      )}
      <PermissionsGrid matrix={matrix} roles={ROLES} />
    </div>
  );
}
