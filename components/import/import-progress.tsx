"use client";
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";

type Progress = { processed: number; total: number | null; status: string };

/**
 * The running pass's bar: polls the job's small progress answer every second and reloads the page's data when
 * the pass ends. Without scripts the page refreshes itself (meta refresh) and shows the same bar.
 */
export function ImportProgress({ jobId, initial, label, template }: { jobId: string; initial: Progress; label: string; template: string }) {
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  useEffect(() => {
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const res = await fetch(`/api/import/${jobId}/progress`, { cache: "no-store" });
        if (!res.ok || stopped) return;
        const next = (await res.json()) as Progress;
        setProgress(next);
        if (next.status !== "running") {
          stopped = true;
          clearInterval(timer);
          router.refresh();
        }
      } catch {
        // A lost poll (satellite link) is retried on the next tick.
      }
    }, 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [jobId, router]);
  const total = progress.total ?? Math.max(progress.processed, 1);
  const percent = Math.min(100, Math.round((progress.processed / Math.max(total, 1)) * 100));
  const text = template.replace("{processed}", progress.processed.toLocaleString()).replace("{total}", progress.total === null ? "…" : progress.total.toLocaleString());
  return (
    <div className="space-y-1">
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={text} className="h-3 w-full overflow-hidden rounded bg-slate-200 dark:bg-slate-700">
        <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {text}
      </p>
    </div>
  );
}
