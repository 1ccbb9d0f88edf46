import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/permissions";
import { SCREENS } from "@/lib/modules/screens";
import { formOptions, recordContext } from "@/lib/records/context";
import { isFavorite, recordView } from "@/lib/records/bookmarks";
import { toggleFavorite } from "@/lib/records/bookmark-actions";
import { listPositionFor } from "@/components/record-pages/position";
import type { SearchParams } from "@/lib/records/list-params";
import { RecordDetail } from "@/components/records/record-detail";
import { ChangeLogSection } from "@/components/record-pages/change-log-section";

export async function recordDetailMetadata(moduleKey: string, id: string) {
  const detail = await SCREENS[moduleKey].queries.detail(id);
  const t = await getTranslations();
  return { title: detail?.editable.title || t(`modules.${moduleKey}.singular` as never) };
}

/** « Vue globale » of any record: sections, inline edit, star, position in the list it came from, subpanels, change log. */
export async function RecordDetailPage({
  moduleKey,
  id,
  searchParams,
  subpanels,
}: {
  moduleKey: string;
  id: string;
  searchParams: SearchParams;
  subpanels?: React.ReactNode;
}) {
  const user = await requireUser("record.read");
  const screens = SCREENS[moduleKey];
  const detail = await screens.queries.detail(id);
  if (!detail) notFound();
  const [options, favorite, position, ctx] = await Promise.all([
    formOptions(screens.def, detail.row),
    isFavorite(user.id, moduleKey, id),
    listPositionFor(screens, id, searchParams, user),
    recordContext(),
    recordView(user.id, moduleKey, id),
  ]);
  return (
    <RecordDetail
      def={screens.def}
      record={detail.editable}
      display={detail.display}
      options={options}
      actions={screens.actions}
      relationSearch={screens.relationSearch}
      basePath={`/${moduleKey}`}
      canDelete={can(user, "record.delete")}
      isFavorite={favorite}
      toggleFavorite={toggleFavorite}
      position={position}
      subpanels={subpanels}
      changeLog={<ChangeLogSection def={screens.def} recordId={id} ctx={ctx} />}
    />
  );
}
