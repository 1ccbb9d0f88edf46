/** A kiosk wording in the page's language, with the other language under it (visitors read either). */
export function Bilingual({ primary, secondary, otherLocale, className = "" }: { primary: string; secondary: string; otherLocale: string; className?: string }) {
  return (
    <span className={className}>
      <span className="block">{primary}</span>
      <span lang={otherLocale} className="block text-base font-normal text-slate-600 dark:text-slate-400">
        {secondary}
      </span>
    </span>
  );
}
