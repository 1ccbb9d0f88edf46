import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db";
import { COMMENT_MAX } from "@/lib/kiosk/schema";
import { FORM_STATE_COOKIE, decodeFormState } from "@/lib/kiosk/form-state";
import { kioskText, type KioskLocale } from "@/components/kiosk/kiosk-text";
import { KioskForm, type KioskLabels } from "@/components/kiosk/kiosk-form";

const LABELS = ["title", "intro", "firstName", "lastName", "email", "phone", "contactHint", "language", "reason", "comment", "consent", "submit", "thanksTitle", "thanksBody"] as const;

/**
 * /Registration: the public office-visit form for the entrance tablet (no session read, no CRM data shown). A
 * refused post without scripts comes back here with `r`, and the values and messages from the kiosk's cookie.
 */
export default async function RegistrationPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = (await params).locale as KioskLocale;
  setRequestLocale(locale);
  const [{ t, other, pair }, reasons, jar, sp] = await Promise.all([
    kioskText(locale),
    db.picklistValue.findMany({ where: { list: "visitReasons", active: true }, orderBy: { position: "asc" }, select: { value: true, labelFr: true, labelEn: true } }),
    cookies(),
    searchParams,
  ]);
  const state = decodeFormState(jar.get(FORM_STATE_COOKIE)?.value, sp.r);
  const labels = Object.fromEntries(LABELS.map((k) => [k, pair(k)])) as KioskLabels;
  return (
    <KioskForm
      locale={locale}
      otherLocale={other}
      labels={labels}
      words={{
        languageFr: t("languageFr"),
        languageEn: t("languageEn"),
        reasonChoose: t("reasonChoose"),
        privacyLink: t("privacyLink"),
        sending: t("sending"),
        required: t("required"),
        honeypot: t("honeypot"),
        otherLanguage: t("otherLanguage"),
        offline: t("errors.offline"),
        thanksReset: t("thanksReset"),
        newVisit: t("newVisit"),
      }}
      reasons={reasons.map((r) => ({ value: r.value, label: locale === "en" ? `${r.labelEn} — ${r.labelFr}` : `${r.labelFr} — ${r.labelEn}` }))}
      commentMax={COMMENT_MAX}
      idempotencyKey={randomUUID()}
      initial={state ? { values: state.values, errors: state.errors, formError: state.formError } : null}
    />
  );
}
