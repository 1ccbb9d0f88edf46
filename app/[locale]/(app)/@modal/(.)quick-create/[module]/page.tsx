import { setRequestLocale } from "next-intl/server";
import { QuickCreateModal } from "@/components/record-pages/quick-create";

// Intercepts /quick-create/<module> on client navigation (the « + » menu): the form opens in a dialog.
export default async function Page({ params }: { params: Promise<{ locale: string; module: string }> }) {
  const { locale, module } = await params;
  setRequestLocale(locale);
  return <QuickCreateModal moduleKey={module} />;
}
