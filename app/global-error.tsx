"use client";
import { errorReference } from "@/lib/error-reference";
import "./globals.css";

type Texts = (typeof import("@/messages/fr.json"))["errorPage"];

/**
 * The root layout itself failed: no locale, no translation provider, so both languages are shown, French
 * first. The texts are messages' errorPage, inlined by next.config.ts: importing the two message files here
 * would add them to every page's first load.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const { fr, en } = JSON.parse(process.env.CRM_ERROR_PAGE_MESSAGES ?? "{}") as { fr: Texts; en: Texts };
  const reference = errorReference(error);
  return (
    <html lang="fr">
      <body className="min-h-dvh bg-slate-50 text-slate-900 antialiased">
        <main className="flex min-h-dvh flex-col items-center justify-center gap-6 px-4 text-center">
          {[fr, en].map((m, i) => (
            <section key={i} lang={i === 0 ? "fr" : "en"} className="space-y-2">
              <h1 className="text-2xl font-semibold">{m.title}</h1>
              <p className="max-w-prose text-slate-600">{m.text}</p>
              {reference && <p className="font-mono text-sm">{m.reference.replace("{ref}", reference)}</p>}
            </section>
          ))}
          <button type="button" className="btn btn-primary" onClick={() => retry()}>
            {fr.retry} / <span lang="en">{en.retry}</span>
          </button>
        </main>
      </body>
    </html>
  );
}
