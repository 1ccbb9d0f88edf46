"use client";
import fr from "@/messages/fr.json";
import en from "@/messages/en.json";
import { errorReference } from "@/lib/error-reference";
import "./globals.css";

// The root layout itself failed: no locale, no translation provider. Both languages are shown, French first,
// from the same messages files.
const texts = [fr.errorPage, en.errorPage].map((m, i) => ({ lang: i === 0 ? "fr" : "en", ...m }));

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = errorReference(error);
  return (
    <html lang="fr">
      <body className="min-h-dvh bg-slate-50 text-slate-900 antialiased">
        <main className="flex min-h-dvh flex-col items-center justify-center gap-6 px-4 text-center">
          {texts.map((m) => (
            <section key={m.lang} lang={m.lang} className="space-y-2">
              <h1 className="text-2xl font-semibold">{m.title}</h1>
              <p className="max-w-prose text-slate-600">{m.text}</p>
              {digest && <p className="font-mono text-sm">{m.reference.replace("{ref}", digest)}</p>}
            </section>
          ))}
          <button type="button" className="btn btn-primary" onClick={() => retry()}>
            {fr.errorPage.retry} / <span lang="en">{en.errorPage.retry}</span>
          </button>
        </main>
      </body>
    </html>
  );
}
