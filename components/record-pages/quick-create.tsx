import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { SCREENS } from "@/lib/modules/screens";
import { formOptions } from "@/lib/records/context";
import { QuickCreateRouteDialog } from "@/components/shell/quick-create-route-dialog";

/** The dialog opened by « + »: the module's create form, over whatever page the user was on. */
export async function QuickCreateModal({ moduleKey }: { moduleKey: string }) {
  await requireUser("record.create");
  const screens = SCREENS[moduleKey];
  if (!screens) notFound();
  return (
    <QuickCreateRouteDialog
      def={screens.def}
      options={await formOptions(screens.def)}
      actions={{ save: screens.actions.save, findDuplicates: screens.actions.findDuplicates }}
      relationSearch={screens.relationSearch}
      basePath={`/${moduleKey}`}
      initialValues={Object.fromEntries(screens.def.fields.filter((f) => f.defaultValue !== undefined).map((f) => [f.name, f.defaultValue as string]))}
    />
  );
}
