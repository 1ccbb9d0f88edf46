import "server-only";
import busboy from "busboy";
import { Readable } from "node:stream";

export type UploadedPart = { name: string; bytes: Uint8Array };
export type Multipart = { fields: Record<string, string>; files: UploadedPart[] };

export class UploadTooLarge extends Error {}
export class BadUpload extends Error {}

const MAX_FIELDS = 20;
const MAX_FILES = 20;

/**
 * Reads a multipart/form-data request as it streams in (busboy). Each file's size is counted chunk by chunk and
 * the read stops with UploadTooLarge as soon as one passes `maxFileBytes` (or all together pass `maxTotalBytes`):
 * an oversized upload is never held whole in memory or written anywhere.
 */
export async function readMultipart(request: Request, maxFileBytes: number, maxTotalBytes = maxFileBytes * 5): Promise<Multipart> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data") || !request.body) throw new BadUpload("not multipart");
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  // An honest client that announces too much is answered before a byte is read.
  if (Number.isFinite(declared) && declared > maxTotalBytes + 64 * 1024) throw new UploadTooLarge();

  return new Promise<Multipart>((resolve, reject) => {
    const fields: Record<string, string> = {};
    const files: UploadedPart[] = [];
    let total = 0;
    let failed = false;
    const input = Readable.fromWeb(request.body as import("node:stream/web").ReadableStream);
    const parser = busboy({
      headers: { "content-type": type },
      limits: { fileSize: maxFileBytes, files: MAX_FILES, fields: MAX_FIELDS, fieldSize: 10_000, parts: MAX_FILES + MAX_FIELDS },
      defParamCharset: "utf8",
    });
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      input.unpipe(parser);
      input.destroy();
      reject(error);
    };
    parser.on("field", (name, value) => {
      fields[name] = value;
    });
    parser.on("file", (_field, stream, info) => {
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        total += chunk.length;
        if (total > maxTotalBytes) return fail(new UploadTooLarge());
        chunks.push(chunk);
      });
      // busboy stops the part at `fileSize` and says so.
      stream.on("limit", () => fail(new UploadTooLarge()));
      stream.on("end", () => {
        if (failed) return;
        // A form posted with no file chosen sends an empty part without a name.
        if (info.filename || size > 0) files.push({ name: info.filename ?? "", bytes: new Uint8Array(Buffer.concat(chunks)) });
      });
    });
    parser.on("filesLimit", () => fail(new BadUpload("too many files")));
    parser.on("error", (error) => fail(error instanceof Error ? new BadUpload(error.message) : new BadUpload("bad multipart")));
    parser.on("close", () => {
      if (!failed) resolve({ fields, files });
    });
    input.on("error", (error) => fail(new BadUpload(String(error))));
    input.pipe(parser);
  });
}
