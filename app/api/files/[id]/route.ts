import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requestIp } from "@/lib/auth/request-ip";
import { db } from "@/lib/db";
import { contentDisposition } from "@/lib/files/names";
import { downloadableFile } from "@/lib/files/stored-files";
import { fileStore } from "@/lib/files/store";
import { logEvent } from "@/lib/records/audit";

export const dynamic = "force-dynamic";

const notFound = () => new NextResponse("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

/**
 * GET /api/files/<id>: one file, for a signed-in user allowed to see its record (else 404, whether or not the
 * file exists), always as an attachment with nosniff, and written to the audit log.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new NextResponse("Sign in required", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  const { id } = await params;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id) || user.mustChangePassword) return notFound();
  const file = await downloadableFile(id, user);
  if (!file) return notFound();
  const bytes = await fileStore().get(file.storageKey);
  if (!bytes) return notFound();
  await logEvent(db, { action: "download", user, ip: requestIp(request.headers), module: file.module, recordId: file.recordId, detail: { fileId: file.id, name: file.name, size: file.size } });
  return new NextResponse(Buffer.from(bytes), {
    status: 200,
    headers: {
      "Content-Type": file.mime,
      "Content-Length": String(bytes.length),
      "Content-Disposition": contentDisposition(file.name),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
