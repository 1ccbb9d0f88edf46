import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { UserForm } from "@/components/admin/user-form";

export async function generateMetadata() {
  const t = await getTranslations("users");
  return { title: t("new") };
}

export default async function NewUserPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  await requireUser("users.manage");
  const t = await getTranslations("users");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("new")}</h1>
      <UserForm />
    </div>
  );
}
