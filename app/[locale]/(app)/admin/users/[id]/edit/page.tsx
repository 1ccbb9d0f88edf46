import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { UserForm } from "@/components/admin/user-form";

export async function generateMetadata() {
  const t = await getTranslations("users");
  return { title: t("editTitle") };
}

export default async function EditUserPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireUser("users.manage");
  const user = await db.user.findUnique({ where: { id }, select: { id: true, name: true, email: true, role: true, locale: true } });
  if (!user) notFound();
  const t = await getTranslations("users");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("editTitle")}</h1>
      <UserForm user={user} />
    </div>
  );
}
