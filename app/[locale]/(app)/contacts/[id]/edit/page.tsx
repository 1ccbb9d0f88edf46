import { setRequestLocale } from "next-intl/server";
import { RecordEditPage } from "@/components/record-pages/form-pages";
import { recordDetailMetadata } from "@/components/record-pages/detail-page";
import type { SearchParams } from "@/lib/records/list-params";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = async ({ params }: Props) => recordDetailMetadata("contacts", (await params).id);

export default async function Page({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  return <RecordEditPage moduleKey="contacts" id={id} searchParams={await searchParams} />;
}
