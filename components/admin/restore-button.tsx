"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { restoreRecordAction as restoreFromBin } from "@/lib/records/actions";

export function RestoreButton({ module, id }: { module: "clients" | "partners" | "contacts"; id: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <>
      <button
        type="button"
        className="btn btn-secondary !py-1 text-xs"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await restoreFromBin({ module, id });
            if (result.ok) router.refresh();
            else setError(result.error);
          })
        }
      >
        {t("recycleBin.restore")}
      </button>
      {error && (
        <span role="alert" className="ml-2 text-xs text-red-700 dark:text-red-400">
          {t(error as "errors.unexpected", { ref: "" })}
        </span>
      )}
    </>
  );
}
