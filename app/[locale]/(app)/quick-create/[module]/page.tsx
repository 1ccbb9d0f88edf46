import { setRequestLocale } from "next-intl/server";
import { RecordNewPage, recordNewMetadata } from "@/components/record-pages/form-pages";
import type { SearchParams } from "@/lib/records/list-params";

type Props = { params: Promise<{ locale: string; module: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = async ({ params }: Props) => recordNewMetadata((await params).module);

// Reached directly (reload, shared link): the same create form as a full page; an unknown module is a 404.
export default async function Page({ params, searchParams }: Props) {
  const { locale, module } = await params;
  setRequestLocale(locale);
  return <RecordNewPage moduleKey={module} searchParams={await searchParams} />;
}
