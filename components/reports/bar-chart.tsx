import type { ReportRow } from "@/lib/reports/types";

const MAX_BARS = 24;

/**
 * A horizontal bar chart drawn on the server as SVG: no chart library reaches the browser, and a report page
 * weighs what its table weighs. The figure repeats numbers the table already gives (bars carry their value as
 * text too), so nothing is told by colour or length alone.
 */
export function BarChart({ rows, label, value, title }: { rows: readonly ReportRow[]; label: string; value: string; title: string }) {
  const bars = rows.filter((r) => typeof r[value] === "number").slice(0, MAX_BARS);
  if (bars.length === 0) return null;
  const max = Math.max(1, ...bars.map((r) => r[value] as number));
  const rowHeight = 26;
  const height = bars.length * rowHeight;
  return (
    <figure className="card">
      <figcaption className="mb-2 text-sm font-semibold">{title}</figcaption>
      <svg role="img" aria-label={title} viewBox={`0 0 600 ${height}`} className="h-auto w-full max-w-3xl" preserveAspectRatio="xMinYMin meet">
        {bars.map((r, i) => {
          const width = Math.round(((r[value] as number) / max) * 330);
          const y = i * rowHeight;
          return (
            <g key={i}>
              <text x={0} y={y + 17} className="fill-slate-700 text-[12px] dark:fill-slate-300">{String(r[label]).slice(0, 34)}</text>
              <rect x={220} y={y + 5} width={Math.max(width, 1)} height={16} rx={2} className="fill-brand-600 dark:fill-brand-100" />
              <text x={226 + width} y={y + 17} className="fill-slate-900 text-[12px] font-semibold dark:fill-slate-100">{String(r[value])}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
