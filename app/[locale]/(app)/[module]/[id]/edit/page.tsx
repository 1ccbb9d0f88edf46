import { setRequestLocale } from "next-intl/server";
import { RecordEditPage } from "@/components/record-pages/form-pages";
import { recordRouteMetadata } from "@/components/record-pages/detail-page";
import type { SearchParams } from "@/lib/records/list-params";

type Props = { params: Promise<{ locale: string; module: string; id: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = recordRouteMetadata;

export default async function Page({ params, searchParams }: Props) {
  const { locale, module, id } = await params;
  setRequestLocale(locale);
  return <RecordEditPage moduleKey={module} id={id} searchParams={await searchParams} />;
}
