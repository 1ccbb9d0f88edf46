"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { setUserActive } from "@/lib/users/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

export function UserActiveButton({ id, name, active }: { id: string; name: string; active: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const run = (next: boolean) =>
    start(async () => {
      const result = await setUserActive({ id, active: next });
      setOpen(false);
      if (!result.ok) return setError(result.error);
      // The list says what was done (users page, ?done=…), like after creating or editing someone.
      router.replace(`/admin/users?done=${next ? "reactivated" : "deactivated"}`, { scroll: false });
      router.refresh();
    });
  return (
    <>
      {active ? (
        <button type="button" className="btn btn-secondary !py-1 text-xs" onClick={() => setOpen(true)}>
          {t("users.deactivate")}
        </button>
      ) : (
        <button type="button" className="btn btn-secondary !py-1 text-xs" disabled={pending} onClick={() => run(true)}>
          {t("users.reactivate")}
        </button>
      )}
      {error && (
        <span role="alert" className="ml-2 text-xs text-red-700 dark:text-red-400">
          {t(error, { ref: "" })}
        </span>
      )}
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={t("users.deactivate")}
        description={t("users.confirmDeactivate", { name })}
        confirmLabel={t("users.deactivate")}
        danger
        pending={pending}
        onConfirm={() => run(false)}
      />
    </>
  );
}
