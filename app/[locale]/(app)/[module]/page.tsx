import { setRequestLocale } from "next-intl/server";
import { RecordListPage, recordListMetadata } from "@/components/record-pages/list-page";
import type { SearchParams } from "@/lib/records/list-params";

type Props = { params: Promise<{ locale: string; module: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = async ({ params }: Props) => recordListMetadata((await params).module);

// Every record module's list (/clients, /partners, …): the module comes from the registry, or a 404.
export default async function Page({ params, searchParams }: Props) {
  const { locale, module } = await params;
  setRequestLocale(locale);
  return <RecordListPage moduleKey={module} searchParams={await searchParams} />;
}
