import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { Link } from "@/lib/i18n/navigation";
import { partnerContacts } from "@/lib/modules/partners/queries";

/** The partner page's « Contacts » subpanel: the people of this partner, and a way to add one. */
export async function PartnerContactsSubpanel({ partnerId }: { partnerId: string }) {
  const [t, contacts] = await Promise.all([getTranslations(), partnerContacts(partnerId)]);
  return (
    <section className="card" aria-labelledby="subpanel-contacts">
      <div className="mb-2 flex items-center justify-between gap-2">
        <h2 id="subpanel-contacts" className="font-semibold">
          {t("modules.contacts.name")} <span className="text-sm font-normal text-slate-500">({contacts.length})</span>
        </h2>
        <Link href={`/contacts/new?partnerId=${partnerId}`} className="btn btn-secondary !py-1 text-sm">
          <Plus className="size-4" aria-hidden /> {t("modules.contacts.create")}
        </Link>
      </div>
      {contacts.length === 0 ? (
        <p className="text-sm text-slate-500">{t("records.subpanelEmpty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-700">
          {contacts.map((c) => (
            <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-x-4 py-[var(--row-y)] text-sm">
              <Link href={`/contacts/${c.id}`} className="font-medium text-brand-600 hover:underline dark:text-brand-100">
                {`${c.firstName} ${c.lastName}`.trim()}
              </Link>
              <span className="text-slate-600 dark:text-slate-400">{[c.title, c.email, c.phone ?? c.mobile].filter(Boolean).join(" · ")}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
