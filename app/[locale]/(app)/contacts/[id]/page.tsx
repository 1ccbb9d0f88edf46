import { setRequestLocale } from "next-intl/server";
import { RecordDetailPage, recordDetailMetadata } from "@/components/record-pages/detail-page";
import type { SearchParams } from "@/lib/records/list-params";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = async ({ params }: Props) => recordDetailMetadata("contacts", (await params).id);

export default async function Page({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  return <RecordDetailPage moduleKey="contacts" id={id} searchParams={await searchParams} />;
}
