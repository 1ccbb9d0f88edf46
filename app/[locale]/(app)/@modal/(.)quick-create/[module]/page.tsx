import { setRequestLocale } from "next-intl/server";
import { QuickCreateModal } from "@/components/record-pages/quick-create";
import type { SearchParams } from "@/lib/records/list-params";

// Intercepts /quick-create/<module> on client navigation (the « + » menu): the form opens in a dialog.
export default async function Page({ params, searchParams }: { params: Promise<{ locale: string; module: string }>; searchParams: Promise<SearchParams> }) {
  const { locale, module } = await params;
  setRequestLocale(locale);
  return <QuickCreateModal moduleKey={module} searchParams={await searchParams} />;
}
