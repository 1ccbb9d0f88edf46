import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { translatorFor } from "@/lib/i18n/translator";
import { BadUpload, readMultipart, UploadTooLarge } from "@/lib/files/multipart";
import { getFileSettings } from "@/lib/files/settings";
import { applyUpload, checkTarget, uploadTargetSchema } from "@/lib/files/uploads";
import { sameOrigin } from "@/lib/files/same-origin";

export const dynamic = "force-dynamic";

/**
 * POST /api/files/upload?intent=…&module=…: files streamed in as multipart/form-data. The upload widget sends
 * it with XHR (progress bar) and reads JSON; without scripts it is a plain form post, answered by a redirect
 * back to the page (`back`) with the outcome in the address.
 */
export async function POST(request: Request) {
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  const user = await getCurrentUser();
  const t = translatorFor(user?.locale ?? "fr");
  const fail = (status: number, key: string, back?: string) => {
    if (!wantsJson && back && user) return redirectBack(request, back, { uploadError: key });
    return NextResponse.json({ ok: false, error: key, message: t(key as never) }, { status, headers: { "Cache-Control": "no-store" } });
  };
  if (!user) return fail(401, "errors.unauthenticated");
  if (user.mustChangePassword) return fail(403, "errors.passwordChangeRequired");
  // A form post from another site would carry the session cookie only without SameSite; refused anyway.
  if (!sameOrigin(request)) return fail(403, "errors.forbidden");
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = uploadTargetSchema.safeParse(query);
  if (!parsed.success) return fail(400, "errors.invalid");
  const target = parsed.data;
  const checked = await checkTarget(target, user);
  if (!checked.ok) return fail(checked.status, checked.status === 403 ? "errors.forbidden" : "errors.notFound", target.back);

  const { maxUploadMb } = await getFileSettings();
  let files;
  try {
    ({ files } = await readMultipart(request, maxUploadMb * 1024 * 1024));
  } catch (error) {
    if (error instanceof UploadTooLarge) {
      const key = "files.tooLarge";
      if (!wantsJson && target.back) return redirectBack(request, target.back, { uploadError: key });
      return NextResponse.json({ ok: false, error: key, message: t(key, { max: maxUploadMb }) }, { status: 413 });
    }
    if (error instanceof BadUpload) return fail(400, "files.badUpload", target.back);
    throw error;
  }
  if (files.length === 0) return fail(400, "files.noFile", target.back);

  const results = await applyUpload(target, checked.model, files, user);
  const refused = results.find((r) => !r.ok);
  if (!wantsJson && target.back) {
    const done = results.filter((r) => r.ok).length;
    return redirectBack(request, target.back, refused && !refused.ok ? { uploaded: String(done), uploadError: refused.error } : { uploaded: String(done) });
  }
  const body = results.map((r) => (r.ok ? r : { ...r, message: t(r.error as never) }));
  return NextResponse.json({ ok: !refused, results: body }, { status: refused && results.every((r) => !r.ok) ? 415 : 200, headers: { "Cache-Control": "no-store" } });
}

function redirectBack(request: Request, back: string, params: Record<string, string>) {
  const path = safeCallbackUrl(back, "/");
  const url = new URL(path, request.url);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  // 303: the browser follows with a GET.
  return new NextResponse(null, { status: 303, headers: { Location: `${url.pathname}${url.search}${url.hash}` } });
}
