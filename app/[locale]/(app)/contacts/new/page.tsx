import { setRequestLocale } from "next-intl/server";
import { RecordNewPage, recordNewMetadata } from "@/components/record-pages/form-pages";
import type { SearchParams } from "@/lib/records/list-params";

export const generateMetadata = () => recordNewMetadata("contacts");

export default async function Page({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  setRequestLocale((await params).locale);
  return <RecordNewPage moduleKey="contacts" searchParams={await searchParams} />;
}
