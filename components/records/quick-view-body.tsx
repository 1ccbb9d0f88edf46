"use client";
import { useEffect, useState } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import { X } from "lucide-react";
import { Link } from "@/lib/i18n/navigation";
import type { FieldDef } from "@/lib/records/types";
import type { QuickViewData } from "@/lib/records/ui-types";
import { DisplayValueView } from "@/components/records/display-value";
import type { QuickViewProps } from "@/components/records/quick-view-dialog";

/** quick-view-dialog.tsx's dialog, loaded when a row's « i » is first used. */
export function QuickViewBody({ def, target, load, onClose }: QuickViewProps) {
  const t = useTranslations();
  const [data, setData] = useState<{ id: string; result: QuickViewData | { error: string } } | null>(null);
  const targetId = target?.id ?? null;

  useEffect(() => {
    if (!targetId) return;
    let live = true;
    void load({ id: targetId }).then((r) => live && setData({ id: targetId, result: r.ok ? r.data : { error: r.error } }));
    return () => {
      live = false;
    };
  }, [targetId, load]);

  const shown = data && data.id === targetId ? data.result : null;
  const fieldOf = new Map<string, FieldDef>(def.fields.map((f) => [f.name, f]));
  const fields = def.sections[0]?.fields ?? [];
  return (
    <Dialog.Root open={target !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content
          aria-describedby={undefined}
          className="fixed top-1/2 left-1/2 z-50 max-h-[85dvh] w-[min(36rem,92vw)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-5 shadow-xl dark:bg-slate-900"
        >
          <div className="flex items-start gap-2">
            <Dialog.Title className="min-w-0 flex-1 text-lg font-semibold wrap-anywhere">{shown && "title" in shown ? shown.title : target?.title}</Dialog.Title>
            <Dialog.Close className="btn btn-ghost shrink-0 !p-1" aria-label={t("records.close")}>
              <X className="size-4" aria-hidden />
            </Dialog.Close>
          </div>
          {!shown ? (
            <p className="mt-3 text-sm text-slate-500" role="status">
              {t("records.loading")}
            </p>
          ) : "error" in shown ? (
            <p className="alert-error mt-3" role="alert">
              {t(shown.error, { ref: "" })}
            </p>
          ) : (
            <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-2">
              {fields.map((name) => (
                <div key={name} className="min-w-0">
                  <dt className="text-slate-500 dark:text-slate-400">{t(`modules.${def.key}.fields.${name}`)}</dt>
                  <dd className="wrap-anywhere">
                    <DisplayValueView value={shown.values[name]} field={fieldOf.get(name)} />
                  </dd>
                </div>
              ))}
            </dl>
          )}
          {target && (
            <div className="mt-4 flex justify-end">
              <Link href={target.href} className="btn btn-primary">
                {t("records.openRecord")}
              </Link>
            </div>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
