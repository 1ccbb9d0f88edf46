"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { QuickCreateDialog } from "@/components/records/quick-create-dialog";
import { RecordForm, type RecordFormProps } from "@/components/records/record-form";

/** The « + » create form over the current page; closing goes back, saving opens the new record. */
export function QuickCreateRouteDialog(props: Omit<RecordFormProps, "onSaved" | "onCancel" | "compactHeader">) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(true);
  const close = () => {
    setOpen(false);
    router.back();
  };
  return (
    <QuickCreateDialog title={t(`modules.${props.def.key}.new` as never)} open={open} onOpenChange={(o) => (o ? setOpen(true) : close())}>
      <RecordForm {...props} compactHeader onCancel={close} onSaved={(id) => router.replace(`${props.basePath}/${id}`)} />
    </QuickCreateDialog>
  );
}
