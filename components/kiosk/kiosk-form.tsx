"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { Bilingual } from "@/components/kiosk/bilingual";
import { IDLE_MS, THANKS_MS } from "@/lib/kiosk/timing";

type Pair = { primary: string; secondary: string };
export type KioskLabels = Record<"title" | "intro" | "firstName" | "lastName" | "email" | "phone" | "contactHint" | "language" | "reason" | "comment" | "consent" | "submit" | "thanksTitle" | "thanksBody", Pair>;
type Words = Record<"languageFr" | "languageEn" | "reasonChoose" | "privacyLink" | "sending" | "required" | "honeypot" | "otherLanguage" | "offline" | "thanksReset" | "newVisit", string>;
type Initial = { values: Record<string, string>; errors: Record<string, string>; formError: string | null } | null;


const inputClass = "input !min-h-14 !text-lg";

/**
 * The kiosk form. Without scripts it is a plain POST to /api/registration (the handler redirects). With them, the
 * same post goes by fetch: messages appear beside the fields, the thank-you screen shows in place and resets
 * itself, and each new visitor gets a new idempotency key.
 */
export function KioskForm({ locale, otherLocale, labels, words, reasons, commentMax, idempotencyKey, initial }: {
  locale: string;
  otherLocale: string;
  labels: KioskLabels;
  words: Words;
  reasons: { value: string; label: string }[];
  commentMax: number;
  idempotencyKey: string;
  initial: Initial;
}) {
  const [phase, setPhase] = useState<"form" | "thanks">("form");
  const [visit, setVisit] = useState({ key: idempotencyKey, round: 0, values: initial?.values ?? {} });
  const [errors, setErrors] = useState<Record<string, string>>(initial?.errors ?? {});
  const [formError, setFormError] = useState<string | null>(initial?.formError ?? null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);

  const reset = useCallback(() => {
    setVisit((v) => ({ key: crypto.randomUUID(), round: v.round + 1, values: {} }));
    setErrors({});
    setFormError(null);
    setPhase("form");
    if (window.location.search) window.history.replaceState(null, "", window.location.pathname);
  }, []);

  useEffect(() => {
    if (phase !== "thanks") return;
    const timer = setTimeout(reset, THANKS_MS);
    return () => clearTimeout(timer);
  }, [phase, reset]);

  // A visitor who walks away mid-form must not leave their name for the next one.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const form = formRef.current;
        const typed = form && [...new FormData(form).entries()].some(([k, v]) => !["idempotencyKey", "locale", "language"].includes(k) && v !== "");
        if (typed || Object.keys(errors).length > 0) reset();
      }, IDLE_MS);
    };
    arm();
    const events = ["input", "pointerdown", "keydown"] as const;
    events.forEach((e) => document.addEventListener(e, arm));
    return () => {
      clearTimeout(timer);
      events.forEach((e) => document.removeEventListener(e, arm));
    };
  }, [errors, reset]);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    try {
      const body = new URLSearchParams([...new FormData(event.currentTarget).entries()].map(([k, v]) => [k, String(v)]));
      const response = await fetch("/api/registration", { method: "POST", headers: { Accept: "application/json" }, body });
      const result = (await response.json()) as { ok: boolean; fieldErrors?: Record<string, string>; formError?: string | null };
      if (result.ok) {
        setPhase("thanks");
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setFormError(result.formError ?? null);
      requestAnimationFrame(() => summaryRef.current?.focus());
    } catch {
      setFormError(words.offline);
      requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setPending(false);
    }
  }

  if (phase === "thanks") {
    return (
      <section className="card space-y-4 !p-8 text-center" aria-live="polite">
        <h1 className="text-3xl font-semibold">
          <Bilingual primary={labels.thanksTitle.primary} secondary={labels.thanksTitle.secondary} otherLocale={otherLocale} />
        </h1>
        <p className="text-xl">
          <Bilingual primary={labels.thanksBody.primary} secondary={labels.thanksBody.secondary} otherLocale={otherLocale} />
        </p>
        <p className="text-slate-600 dark:text-slate-400">{words.thanksReset}</p>
        <button type="button" className="btn btn-primary !min-h-14 !px-8 !text-lg" onClick={reset}>
          {words.newVisit}
        </button>
      </section>
    );
  }

  const v = visit.values;
  const field = (name: string, hint?: string) => ({
    id: `kiosk-${name}`,
    name,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": [errors[name] ? `kiosk-${name}-error` : "", hint ?? ""].filter(Boolean).join(" ") || undefined,
  });
  const error = (name: string) =>
    errors[name] ? (
      <p id={`kiosk-${name}-error`} className="mt-1 text-base font-medium text-red-700 dark:text-red-300">
        {errors[name]}
      </p>
    ) : null;
  const label = (name: keyof KioskLabels, required = false) => (
    <label htmlFor={`kiosk-${name}`} className="mb-1 block text-lg font-semibold">
      <Bilingual primary={labels[name].primary + (required ? " *" : "")} secondary={labels[name].secondary} otherLocale={otherLocale} />
    </label>
  );

  return (
    <form key={visit.round} ref={formRef} action="/api/registration" method="post" onSubmit={submit} className="card space-y-5 !p-5 sm:!p-8" noValidate>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-2xl font-semibold sm:text-3xl">
          <Bilingual primary={labels.title.primary} secondary={labels.title.secondary} otherLocale={otherLocale} />
        </h1>
        <a href={`/${otherLocale}/registration`} lang={otherLocale} hrefLang={otherLocale} className="btn btn-secondary !min-h-12 !px-5 !text-lg">
          {words.otherLanguage}
        </a>
      </header>
      <p className="text-lg">
        <Bilingual primary={labels.intro.primary} secondary={labels.intro.secondary} otherLocale={otherLocale} />
      </p>
      {formError && (
        <p ref={summaryRef} tabIndex={-1} role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-lg font-medium text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {formError}
        </p>
      )}
      <input type="hidden" name="idempotencyKey" value={visit.key} />
      <input type="hidden" name="locale" value={locale} />
      <div className="grid gap-5 sm:grid-cols-2">
        <div>
          {label("firstName", true)}
          <input {...field("firstName")} className={inputClass} required maxLength={100} autoComplete="given-name" defaultValue={v.firstName} />
          {error("firstName")}
        </div>
        <div>
          {label("lastName", true)}
          <input {...field("lastName")} className={inputClass} required maxLength={100} autoComplete="family-name" defaultValue={v.lastName} />
          {error("lastName")}
        </div>
        <p id="kiosk-contact-hint" className="text-base sm:col-span-2">
          <Bilingual primary={labels.contactHint.primary} secondary={labels.contactHint.secondary} otherLocale={otherLocale} />
        </p>
        <div>
          {label("email")}
          <input {...field("email", "kiosk-contact-hint")} type="email" inputMode="email" className={inputClass} maxLength={255} autoComplete="email" defaultValue={v.email} />
          {error("email")}
        </div>
        <div>
          {label("phone")}
          <input {...field("phone", "kiosk-contact-hint")} type="tel" inputMode="tel" className={inputClass} maxLength={40} autoComplete="tel" defaultValue={v.phone} />
          {error("phone")}
        </div>
      </div>
      <fieldset aria-describedby={errors.language ? "kiosk-language-error" : undefined}>
        <legend className="mb-1 text-lg font-semibold">
          <Bilingual primary={`${labels.language.primary} *`} secondary={labels.language.secondary} otherLocale={otherLocale} />
        </legend>
        <div className="flex flex-wrap gap-3">
          {(["fr", "en"] as const).map((lang) => (
            <label key={lang} lang={lang} className="flex min-h-14 cursor-pointer items-center gap-3 rounded-md border border-slate-300 px-5 text-lg has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 dark:border-slate-600 dark:has-[:checked]:bg-slate-800">
              <input type="radio" name="language" value={lang} defaultChecked={(v.language || locale) === lang} className="size-6" />
              {lang === "fr" ? words.languageFr : words.languageEn}
            </label>
          ))}
        </div>
        {error("language")}
      </fieldset>
      <div>
        {label("reason", true)}
        <select {...field("reason")} className={inputClass} required defaultValue={v.reason ?? ""}>
          <option value="">{words.reasonChoose}</option>
          {reasons.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
        {error("reason")}
      </div>
      <div>
        {label("comment")}
        <textarea {...field("comment")} className="input !text-lg" rows={3} maxLength={commentMax} defaultValue={v.comment} />
        {error("comment")}
      </div>
      <div>
        <div className="flex items-start gap-3">
          <input {...field("consent")} type="checkbox" value="yes" required defaultChecked={v.consent === "yes"} className="mt-1 size-7 shrink-0" />
          <label htmlFor="kiosk-consent" className="text-lg">
            <Bilingual primary={`${labels.consent.primary} *`} secondary={labels.consent.secondary} otherLocale={otherLocale} />
          </label>
        </div>
        <a href={`/${locale}/registration/privacy`} className="ml-10 mt-1 inline-block text-lg text-brand-700 underline dark:text-brand-100">
          {words.privacyLink}
        </a>
        {error("consent")}
      </div>
      {/* Honeypot: off-screen and out of the tab order; people never fill it, form-filling bots do. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label>
          {words.honeypot}
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <button type="submit" className="btn btn-primary !min-h-16 w-full !text-xl" disabled={pending} aria-disabled={pending}>
        <Bilingual primary={pending ? words.sending : labels.submit.primary} secondary={labels.submit.secondary} otherLocale={otherLocale} className="[&>span:last-child]:text-brand-100" />
      </button>
    </form>
  );
}
