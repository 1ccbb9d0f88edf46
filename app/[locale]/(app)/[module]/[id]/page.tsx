import { setRequestLocale } from "next-intl/server";
import { RecordDetailPage, recordRouteMetadata } from "@/components/record-pages/detail-page";
import type { SearchParams } from "@/lib/records/list-params";

type Props = { params: Promise<{ locale: string; module: string; id: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = recordRouteMetadata;

export default async function Page({ params, searchParams }: Props) {
  const { locale, module, id } = await params;
  setRequestLocale(locale);
  return <RecordDetailPage moduleKey={module} id={id} searchParams={await searchParams} />;
}
