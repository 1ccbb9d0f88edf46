import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { BadUpload, readMultipart, UploadTooLarge } from "@/lib/files/multipart";
import { sameOrigin } from "@/lib/files/same-origin";
import { CsvError } from "@/lib/import/decode";
import { createImportJob, ImportRefused } from "@/lib/import/create";
import { isImportModule } from "@/lib/import/targets";

export const dynamic = "force-dynamic";
const MAX_BYTES = 30 * 1024 * 1024;

/**
 * POST /api/import/upload?module=…&locale=…: the wizard's first step, a plain multipart form post (it works
 * before scripts load). The file is streamed in with a size cap, read, and kept on a new job; the answer is a
 * redirect to the job's page, or back to the start page with the reason.
 */
export async function POST(request: Request) {
  const url = new URL(request.url);
  const locale = url.searchParams.get("locale") === "en" ? "en" : "fr";
  // A relative Location: behind a proxy or bound to 0.0.0.0, request.url does not name the address the browser used.
  const to = (path: string) => new NextResponse(null, { status: 303, headers: { Location: `/${locale}${path}` } });
  const user = await getCurrentUser();
  if (!user) return to("/login?reason=expired");
  if (user.mustChangePassword) return to("/profile");
  if (!sameOrigin(request) || !can(user, "import.run")) return NextResponse.json({ ok: false, error: "errors.forbidden" }, { status: 403 });
  const fail = (key: string) => to(`/import?error=${encodeURIComponent(key)}`);
  let parts;
  try {
    parts = await readMultipart(request, MAX_BYTES, MAX_BYTES + 64 * 1024);
  } catch (error) {
    if (error instanceof UploadTooLarge) return fail("import.errors.tooLarge");
    if (error instanceof BadUpload) return fail("import.errors.noFile");
    throw error;
  }
  const moduleKey = parts.fields.module ?? url.searchParams.get("module");
  const file = parts.files[0];
  if (!isImportModule(moduleKey)) return fail("errors.invalid");
  if (!file || file.bytes.byteLength === 0) return fail(file ? "import.errors.empty" : "import.errors.noFile");
  try {
    const job = await createImportJob(user, moduleKey, file.name, file.bytes);
    return to(`/import/${job.id}`);
  } catch (error) {
    if (error instanceof CsvError || error instanceof ImportRefused) return fail(error.key);
    throw error;
  }
}
