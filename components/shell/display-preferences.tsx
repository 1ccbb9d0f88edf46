"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { updatePreferences } from "@/lib/users/actions";

/** « Écran noir » and « Style compact »: applied at once on the page, saved to the user's profile. */
export function DisplayPreferences({ darkMode, compact }: { darkMode: boolean; compact: boolean }) {
  const t = useTranslations("shell");
  const [prefs, setPrefs] = useState({ darkMode, compact });
  const [, start] = useTransition();

  function toggle(key: "darkMode" | "compact") {
    const value = !prefs[key];
    setPrefs((p) => ({ ...p, [key]: value }));
    document.documentElement.classList.toggle(key === "darkMode" ? "dark" : "compact", value);
    start(async () => {
      await updatePreferences({ [key]: value });
    });
  }

  return (
    <section aria-labelledby="display-heading" className="space-y-2">
      <h2 id="display-heading" className="text-xs font-semibold tracking-wide text-slate-500 dark:text-slate-400 uppercase">
        {t("display")}
      </h2>
      {(["darkMode", "compact"] as const).map((key) => (
        <label key={key} className="flex cursor-pointer items-center justify-between gap-3 text-sm">
          <span>{t(key)}</span>
          <button
            type="button"
            role="switch"
            aria-checked={prefs[key]}
            onClick={() => toggle(key)}
            className={`relative h-6 w-11 shrink-0 rounded-full transition-colors ${prefs[key] ? "bg-brand-600" : "bg-slate-300 dark:bg-slate-600"}`}
          >
            <span className={`absolute top-0.5 left-0.5 size-5 rounded-full bg-white shadow transition-transform ${prefs[key] ? "translate-x-5" : ""}`} />
          </button>
        </label>
      ))}
    </section>
  );
}
