import { setRequestLocale } from "next-intl/server";
import { RecordListPage, recordListMetadata } from "@/components/record-pages/list-page";
import type { SearchParams } from "@/lib/records/list-params";

export const generateMetadata = () => recordListMetadata("partners");

export default async function Page({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  setRequestLocale((await params).locale);
  return <RecordListPage moduleKey="partners" searchParams={await searchParams} />;
}
