"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { usePathname, useRouter } from "@/lib/i18n/navigation";
import { QuickCreateDialog } from "@/components/records/quick-create-dialog";
import { RecordForm, type RecordFormProps } from "@/components/records/record-form";

/**
 * The « + » create form over the current page; closing goes back, saving opens the new record. The @modal slot
 * keeps its last page after any other navigation, so the dialog shows only while the address is a quick-create
 * one (a catch-all page in the slot would do the same, but it hides the sign-in pages under strict route matching).
 */
export function QuickCreateRouteDialog(props: Omit<RecordFormProps, "onSaved" | "onCancel" | "compactHeader">) {
  const t = useTranslations();
  const router = useRouter();
  const pathname = usePathname();
  const [open, setOpen] = useState(true);
  // Opened again from « + » after being closed: the same element comes back, open.
  const [shownFor, setShownFor] = useState(pathname);
  if (pathname !== shownFor) {
    setShownFor(pathname);
    if (pathname.startsWith("/quick-create/")) setOpen(true);
  }
  if (!pathname.startsWith("/quick-create/")) return null;
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
