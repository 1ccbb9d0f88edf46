import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { jobFor } from "@/lib/import/access";
import { resumeIfStale } from "@/lib/import/runner";

export const dynamic = "force-dynamic";

/** GET /api/import/<id>/progress: the running pass's progress bar polls this small answer. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ ok: false }, { status: 401 });
  const job = can(user, "import.run") ? await jobFor(user, (await params).id) : null;
  if (!job) return NextResponse.json({ ok: false }, { status: 404 });
  resumeIfStale(job);
  const total = job.mode === "undo" ? null : job.rowCount;
  return NextResponse.json({ ok: true, status: job.status, mode: job.mode, processed: job.processed, total }, { headers: { "Cache-Control": "no-store" } });
}
