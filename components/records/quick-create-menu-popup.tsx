"use client";
import * as Menu from "@radix-ui/react-dropdown-menu";
import { useTranslations } from "next-intl";
import { usePathname, useRouter } from "@/lib/i18n/navigation";
import { QUICK_CREATE_TRIGGER, QuickCreateFace, type QuickCreateModule } from "@/components/records/quick-create-menu";

const item = "flex cursor-pointer items-center gap-2 rounded px-2.5 py-1.5 text-sm outline-none data-[highlighted]:bg-slate-100 dark:data-[highlighted]:bg-slate-800";

/** The « + » menu itself, loaded on first use (quick-create-menu.tsx draws its button until then). */
export function QuickCreateMenuPopup({ modules, defaultOpen }: { modules: QuickCreateModule[]; defaultOpen?: boolean }) {
  const t = useTranslations("records");
  const router = useRouter();
  // On a record's page (« /clients/<id> »), the new record starts linked to it (« Lié à », « Partenaire »): the
  // server fills only a field that may point at that module, and only with a record the user may see.
  const onRecord = /^\/([a-z]+)\/([A-Za-z0-9_-]{1,64})$/.exec(usePathname());
  const from = onRecord && onRecord[2] !== "new" ? `?from=${onRecord[1]}:${onRecord[2]}` : "";
  if (modules.length === 0) return null;
  return (
    <Menu.Root modal={false} defaultOpen={defaultOpen}>
      <Menu.Trigger className={QUICK_CREATE_TRIGGER} aria-label={t("quickCreate")} title={t("quickCreate")}>
        <QuickCreateFace />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content align="end" sideOffset={6} className="z-50 min-w-52 rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
          {modules.map((m) => (
            <Menu.Item key={m.key} className={item} onSelect={() => router.push(`/quick-create/${m.key}${from}`)}>
              {m.createLabel}
            </Menu.Item>
          ))}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
