import { getTranslations, setRequestLocale } from "next-intl/server";
import { CalendarPage } from "@/components/calendar/calendar-page";
import type { SearchParams } from "@/lib/records/list-params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata() {
  const t = await getTranslations("calendar");
  return { title: t("title") };
}

// A static segment beside [module]: « Calendrier » is not a record module.
export default async function Page({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <CalendarPage locale={locale} searchParams={await searchParams} />;
}
