"use client";
import { useId, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Upload } from "lucide-react";
import { useRouter } from "@/lib/i18n/navigation";

type Result = { name: string; ok: boolean; message?: string };

/**
 * Files sent to the upload route. Without scripts it is a plain multipart form post (the route redirects back
 * here with the outcome); with scripts, files dropped on the zone or picked are sent with XHR so that a progress
 * bar can follow the upload, and each file's outcome is listed.
 */
export function UploadZone({ query, back, maxMb, multiple = true, label, notice }: { query: Record<string, string>; back: string; maxMb: number; multiple?: boolean; label: string; notice?: Result[] }) {
  const t = useTranslations("files");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [results, setResults] = useState<Result[]>(notice ?? []);
  const [over, setOver] = useState(false);
  const action = `/api/files/upload?${new URLSearchParams({ ...query, back: `/${locale}${back}` })}`;

  const send = (files: File[]) => {
    if (files.length === 0) return setResults([{ name: "", ok: false, message: t("noFile") }]);
    const tooBig = files.filter((f) => f.size > maxMb * 1024 * 1024);
    const sent = files.filter((f) => f.size <= maxMb * 1024 * 1024).slice(0, multiple ? 20 : 1);
    const early: Result[] = tooBig.map((f) => ({ name: f.name, ok: false, message: t("tooLarge", { max: maxMb }) }));
    if (sent.length === 0) return setResults(early);
    const form = new FormData();
    for (const f of sent) form.append("files", f, f.name);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", action);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (e) => e.lengthComputable && setPercent(Math.round((e.loaded / e.total) * 100));
    xhr.onerror = () => {
      setPercent(null);
      setResults([...early, { name: "", ok: false, message: t("failed") }]);
    };
    xhr.onload = () => {
      setPercent(null);
      let body: { results?: Result[]; message?: string } = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = { message: t("failed") };
      }
      const done = body.results ?? [{ name: "", ok: false, message: body.message ?? t("failed") }];
      setResults([...early, ...done]);
      if (input.current) input.current.value = "";
      if (done.some((r) => r.ok)) router.refresh();
    };
    setPercent(0);
    setResults(early);
    xhr.send(form);
  };

  const uploaded = results.filter((r) => r.ok).length;
  return (
    <form
      method="post"
      encType="multipart/form-data"
      action={action}
      onSubmit={(e) => {
        e.preventDefault();
        send(Array.from(input.current?.files ?? []));
      }}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        send(Array.from(e.dataTransfer.files));
      }}
      className={`mt-3 rounded-md border-2 border-dashed p-3 text-sm ${over ? "border-brand-600 bg-brand-50 dark:bg-slate-800" : "border-slate-300 dark:border-slate-600"}`}
    >
      <p className="mb-2 font-medium">{label}</p>
      <div className="flex flex-wrap items-center gap-2">
        {/* The browser's own file button speaks the browser's language: the label (in the page's) opens the picker. */}
        <input ref={input} id={id} name="files" type="file" multiple={multiple} className="peer sr-only" onChange={(e) => send(Array.from(e.target.files ?? []))} />
        <label htmlFor={id} className="cursor-pointer rounded text-slate-700 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 dark:text-slate-300">
          {t(multiple ? "dropHere" : "dropHereOne")} <span className="text-brand-700 underline dark:text-brand-100">{t(multiple ? "choose" : "chooseOne")}</span>
          <span className="sr-only"> ({t("chooseLabel")})</span>
        </label>
        <noscript>
          <button type="submit" className="btn btn-secondary !py-1">
            <Upload className="size-4" aria-hidden /> {t("send")}
          </button>
        </noscript>
      </div>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t("allowed", { max: maxMb })}</p>
      {percent !== null && (
        <div className="mt-2">
          <progress className="h-2 w-full" max={100} value={percent} aria-label={t("progress", { percent })} />
          <p className="text-xs" role="status">
            {t("progress", { percent })}
          </p>
        </div>
      )}
      {results.length > 0 && (
        <div className="mt-2 space-y-1" role="status">
          {uploaded > 0 && <p className="alert-success">{t("uploaded", { count: uploaded })}</p>}
          {results
            .filter((r) => !r.ok)
            .map((r, i) => (
              <p key={`${r.name}-${i}`} className="alert-error" role="alert">
                {r.name ? t("fileError", { name: r.name, message: r.message ?? "" }) : r.message}
              </p>
            ))}
        </div>
      )}
    </form>
  );
}
