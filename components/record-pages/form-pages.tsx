import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { SCREENS } from "@/lib/modules/screens";
import { RECORD_MODULES } from "@/lib/modules/registry";
import { formOptions } from "@/lib/records/context";
import type { SearchParams } from "@/lib/records/list-params";
import { listPositionFor } from "@/components/record-pages/position";
import { RecordForm } from "@/components/records/record-form";

export async function recordNewMetadata(moduleKey: string) {
  const t = await getTranslations();
  return { title: t(`modules.${moduleKey}.new` as never) };
}

/** « Nouveau … »: the module's form, empty (the guide's first and third methods lead here). */
export async function RecordNewPage({ moduleKey, searchParams }: { moduleKey: string; searchParams: SearchParams }) {
  await requireUser("record.create");
  const screens = SCREENS[moduleKey];
  // « Créer un contact » from a partner's page arrives with ?partnerId=…: start the form linked to it.
  const initialValues: Record<string, string> = Object.fromEntries(
    screens.def.fields.filter((f) => f.defaultValue !== undefined).map((f) => [f.name, f.defaultValue as string]),
  );
  const initialRelations: Record<string, { id: string; label: string } | null> = {};
  for (const field of screens.def.fields.filter((f) => f.kind === "relation" && f.relation)) {
    const id = searchParams[field.name];
    if (typeof id !== "string" || id.length > 64) continue;
    const label = (await RECORD_MODULES[field.relation!.module]?.titles([id]))?.get(id);
    if (label === undefined) continue;
    initialValues[field.name] = id;
    initialRelations[field.name] = { id, label };
  }
  return (
    <div className="space-y-4">
      <RecordForm
        def={screens.def}
        options={await formOptions(screens.def)}
        actions={screens.actions}
        relationSearch={screens.relationSearch}
        basePath={`/${moduleKey}`}
        initialValues={initialValues}
        initialRelations={initialRelations}
      />
    </div>
  );
}

/** « Modifier »: the whole form in edit mode; from a list it offers « Sauvegarder et continuer » to the next record. */
export async function RecordEditPage({ moduleKey, id, searchParams }: { moduleKey: string; id: string; searchParams: SearchParams }) {
  const user = await requireUser("record.update");
  const screens = SCREENS[moduleKey];
  const detail = await screens.queries.detail(id);
  if (!detail) notFound();
  const [options, position] = await Promise.all([formOptions(screens.def, detail.row), listPositionFor(screens, id, searchParams, user)]);
  return (
    <div className="space-y-4">
      <RecordForm
        def={screens.def}
        record={detail.editable}
        options={options}
        actions={screens.actions}
        relationSearch={screens.relationSearch}
        basePath={`/${moduleKey}`}
        nextId={position?.nextId ?? null}
        position={position ? `${position.index}/${position.total}${position.capped ? "+" : ""}` : null}
      />
    </div>
  );
}
