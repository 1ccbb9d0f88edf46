import { getTranslations, setRequestLocale } from "next-intl/server";
import { KanbanPage } from "@/components/activities/kanban-page";
import type { SearchParams } from "@/lib/records/list-params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata() {
  const t = await getTranslations("activities.kanban");
  return { title: t("title") };
}

// A static segment beside [module]: /tasks/kanban is this page, /tasks stays the task list.
export default async function Page({ params, searchParams }: Props) {
  setRequestLocale((await params).locale);
  return <KanbanPage searchParams={await searchParams} />;
}
