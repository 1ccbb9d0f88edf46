import { requireUser } from "@/lib/auth/require-user";
import { formOptions } from "@/lib/records/context";
import type { SearchParams } from "@/lib/records/list-params";
import { newRecordValues } from "@/components/record-pages/form-pages";
import { notFound } from "next/navigation";
import { screensFor } from "@/components/record-pages/screens";
import { QuickCreateRouteDialog } from "@/components/shell/quick-create-route-dialog";
import { ScreenMessages } from "@/components/ui/screen-messages";

/** The dialog opened by « + »: the module's create form, over whatever page the user was on. */
export async function QuickCreateModal({ moduleKey, searchParams }: { moduleKey: string; searchParams: SearchParams }) {
  const user = await requireUser();
  const screens = await screensFor(moduleKey, user);
  if (!screens.can.create) notFound();
  const { values, relations } = await newRecordValues(screens.model, user, searchParams);
  return (
    <ScreenMessages>
      <QuickCreateRouteDialog
        def={screens.def}
        options={await formOptions(screens.def, values)}
        actions={{ save: screens.actions.save, findDuplicates: screens.actions.findDuplicates }}
        relationSearch={screens.relationSearch}
        basePath={`/${screens.def.key}`}
        initialValues={values}
        initialRelations={relations}
      />
    </ScreenMessages>
  );
}
