import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { getCurrentUser } from "@/lib/auth/current-user";
import { modelOf } from "@/lib/modules/registry";
import { formOptions, recordContext } from "@/lib/records/context";
import { isFavorite, recordView } from "@/lib/records/bookmarks";
import { toggleFavorite } from "@/lib/records/bookmark-actions";
import type { SearchParams } from "@/lib/records/list-params";
import { listPositionFor } from "@/components/record-pages/position";
import { screensFor } from "@/components/record-pages/screens";
import { Subpanels } from "@/components/record-pages/subpanels";
import { RecordDetail } from "@/components/records/record-detail";
import { ChangeLogSection } from "@/components/record-pages/change-log-section";
import { RecordInfo } from "@/components/record-pages/record-info";
import { RecordFiles } from "@/components/files/record-files";
import { ClientPrivacy } from "@/components/privacy/client-privacy";
import { ScreenMessages } from "@/components/ui/screen-messages";

/** The record's name as the tab title, read only for a live session (no record data for anyone else). */
export async function recordDetailMetadata(moduleKey: string, id: string) {
  const model = modelOf(moduleKey);
  const user = await getCurrentUser();
  if (!model || !user) return {};
  const detail = await model.detail(id, user);
  const t = await getTranslations();
  return { title: detail?.editable.title || t(`modules.${moduleKey}.singular` as never) };
}

/** generateMetadata of the record routes (detail and edit): the record's name from the address's module and id. */
export const recordRouteMetadata = async ({ params }: { params: Promise<{ module: string; id: string }> }) => {
  const { module, id } = await params;
  return recordDetailMetadata(module, id);
};

/** « Vue globale » of any record: sections, inline edit, star, position in the list it came from, subpanels, change log. */
export async function RecordDetailPage({ moduleKey, id, searchParams }: { moduleKey: string; id: string; searchParams: SearchParams }) {
  const user = await requireUser("record.read");
  const screens = await screensFor(moduleKey, user);
  const { model, def } = screens;
  const detail = await model.detail(id, user);
  if (!detail) notFound();
  const [options, favorite, position, ctx] = await Promise.all([
    formOptions(def, detail.row),
    isFavorite(user.id, def.key, id),
    listPositionFor(model, id, searchParams, user),
    recordContext(),
    recordView(user.id, def.key, id),
  ]);
  return (
    <ScreenMessages>
      <RecordDetail
        def={def}
        record={detail.editable}
        display={detail.display}
        options={options}
        actions={screens.actions}
        relationSearch={screens.relationSearch}
        basePath={`/${def.key}`}
        canDelete={screens.can.delete}
        canCreate={screens.can.create}
        canEdit={screens.can.edit}
        isFavorite={favorite}
        toggleFavorite={toggleFavorite}
        position={position}
        subpanels={
          <>
            <RecordFiles moduleKey={def.key} id={id} hasFile={def.fields.some((f) => f.kind === "file" && !!detail.row[f.name])} user={user} searchParams={searchParams} />
            {def.subpanels.length > 0 && <Subpanels parent={model} parentId={id} searchParams={searchParams} user={user} />}
            {def.key === "clients" && <ClientPrivacy clientId={id} user={user} searchParams={searchParams} />}
          </>
        }
        changeLog={
          <>
            <RecordInfo row={detail.row} />
            <ChangeLogSection def={def} recordId={id} ctx={ctx} hidden={await model.hiddenFields(user)} />
          </>
        }
      />
    </ScreenMessages>
  );
}
