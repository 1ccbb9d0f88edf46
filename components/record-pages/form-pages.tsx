import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import type { CurrentUser } from "@/lib/auth/current-user";
import { MODULE_KEYS, modelOf } from "@/lib/modules/registry";
import { safeReturnTo } from "@/lib/records/return-to";
import { parentColumns } from "@/lib/records/types";
import { formOptions } from "@/lib/records/context";
import { isWallTime } from "@/lib/records/wall-time";
import type { RecordModel } from "@/lib/records/model";
import type { SearchParams } from "@/lib/records/list-params";
import type { FormValues } from "@/lib/records/ui-types";
import type { RelationChoice } from "@/components/records/relation-picker";
import { listPositionFor } from "@/components/record-pages/position";
import { screensFor } from "@/components/record-pages/screens";
import { RecordForm } from "@/components/records/record-form";
import { InviteeBusyTimes } from "@/components/calendar/invitee-busy-times";
import { ScreenMessages } from "@/components/ui/screen-messages";

export async function recordNewMetadata(moduleKey: string) {
  const t = await getTranslations();
  return modelOf(moduleKey) ? { title: t(`modules.${moduleKey}.new` as never) } : {};
}

/**
 * A new record's first values: the definition's defaults, « Assigné à » = the person creating it (otherwise new
 * records are in nobody's « Mes éléments »), a parent given in the address (« Créer un contact » from a partner),
 * a « Lié à » record given by its column (`?clientId=…` from « Planifier un appel » on a client's page), or every
 * value of the record being duplicated (« Dupliquer »), or the record whose page « + » was opened on (`?from=`),
 * and date-times given in the address (a calendar slot).
 */
export async function newRecordValues(model: RecordModel, user: CurrentUser, searchParams: SearchParams) {
  const def = model.def;
  const values: FormValues = Object.fromEntries(def.fields.filter((f) => f.defaultValue !== undefined).map((f) => [f.name, f.defaultValue as string]));
  if (def.fields.some((f) => f.name === "assignedUserId")) values.assignedUserId = user.id;
  const relations: Record<string, RelationChoice | null> = {};
  const source = typeof searchParams.duplicate === "string" ? await model.editable(searchParams.duplicate, user) : null;
  if (source) {
    Object.assign(values, source.values, def.fields.some((f) => f.name === "assignedUserId") ? { assignedUserId: user.id } : {});
    Object.assign(relations, source.relationLabels);
  }
  // `?startAt=2026-11-30T13:00` (a free slot of the calendar): a date-time field's wall time in the user's zone.
  for (const field of def.fields.filter((f) => f.kind === "datetime" && !f.computed)) {
    const given = searchParams[field.name];
    if (typeof given === "string" && isWallTime(given)) values[field.name] = given;
  }
  // `?from=partners:<id>`: « + » opened on that record's page; it fills the first field that may point at it.
  const [fromModule, fromId, ...fromRest] = typeof searchParams.from === "string" ? searchParams.from.split(":") : [];
  const from = fromModule && fromId && fromRest.length === 0 ? { module: fromModule, id: fromId } : null;
  for (const field of def.fields.filter((f) => f.kind === "relation" && f.relation)) {
    const id = searchParams[field.name] ?? (from?.module === field.relation!.module ? from.id : undefined);
    const target = modelOf(field.relation!.module);
    if (typeof id !== "string" || id.length > 64 || !target) continue;
    const label = (await target.titles([id], user)).get(id);
    if (label === undefined) continue;
    values[field.name] = id;
    relations[field.name] = { id, label };
  }
  // « Lié à »: `?parent=clients:<id>` (a subpanel's « Créer ») or its column, `?clientId=…` (« Planifier un appel »).
  for (const field of def.fields.filter((f) => f.kind === "parent")) {
    const given = typeof searchParams[field.name] === "string" ? String(searchParams[field.name]).split(":") : [];
    const candidates = [given, ...Object.entries(parentColumns(field)).map(([module, column]) => [module, searchParams[column]]), from ? [from.module, from.id] : []];
    for (const [module, id] of candidates) {
      const target = typeof module === "string" && field.parent?.modules.includes(module) ? modelOf(module) : null;
      if (!target || typeof id !== "string" || !id || id.length > 64) continue;
      const label = (await target.titles([id], user)).get(id);
      if (label === undefined) continue;
      values[field.name] = JSON.stringify({ module, id });
      relations[field.name] = { id, label };
      break;
    }
  }
  return { values, relations };
}

/** « Nouveau … »: the module's form (the guide's first and third methods lead here). */
export async function RecordNewPage({ moduleKey, searchParams }: { moduleKey: string; searchParams: SearchParams }) {
  const user = await requireUser();
  const screens = await screensFor(moduleKey, user);
  if (!screens.can.create) notFound();
  const { values, relations } = await newRecordValues(screens.model, user, searchParams);
  return (
    <ScreenMessages>
      <div className="space-y-4">
        <RecordForm
          def={screens.def}
          options={await formOptions(screens.def, values)}
          actions={screens.actions}
          relationSearch={screens.relationSearch}
          basePath={`/${screens.def.key}`}
          initialValues={values}
          initialRelations={relations}
          returnTo={safeReturnTo(searchParams.returnTo, MODULE_KEYS) ?? undefined}
        />
        {moduleKey === "meetings" && <InviteeBusyTimes />}
      </div>
    </ScreenMessages>
  );
}

/** « Modifier »: the whole form in edit mode; from a list it offers « Sauvegarder et continuer » to the next record. */
export async function RecordEditPage({ moduleKey, id, searchParams }: { moduleKey: string; id: string; searchParams: SearchParams }) {
  const user = await requireUser();
  const screens = await screensFor(moduleKey, user);
  if (!screens.can.edit) notFound();
  const detail = await screens.model.detail(id, user);
  if (!detail) notFound();
  const [options, position] = await Promise.all([formOptions(screens.def, detail.row), listPositionFor(screens.model, id, searchParams, user)]);
  return (
    <ScreenMessages>
      <div className="space-y-4">
        <RecordForm
          def={screens.def}
          record={detail.editable}
          options={options}
          actions={screens.actions}
          relationSearch={screens.relationSearch}
          basePath={`/${screens.def.key}`}
          nextId={position?.nextId ?? null}
          prevId={position?.prevId ?? null}
          listQuery={position?.query ?? null}
          position={position ? `${position.index}/${position.total}${position.capped ? "+" : ""}` : null}
          canDelete={screens.can.delete}
          canCreate={screens.can.create}
        />
        {moduleKey === "meetings" && <InviteeBusyTimes />}
      </div>
    </ScreenMessages>
  );
}
