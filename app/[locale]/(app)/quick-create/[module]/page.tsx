import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { RecordNewPage, recordNewMetadata } from "@/components/record-pages/form-pages";
import { SCREENS } from "@/lib/modules/screens";

type Props = { params: Promise<{ locale: string; module: string }> };

export const generateMetadata = async ({ params }: Props) => recordNewMetadata((await params).module);

// Reached directly (reload, shared link): the same create form as a full page.
export default async function Page({ params }: Props) {
  const { locale, module } = await params;
  setRequestLocale(locale);
  if (!SCREENS[module]) notFound();
  return <RecordNewPage moduleKey={module} searchParams={{}} />;
}
