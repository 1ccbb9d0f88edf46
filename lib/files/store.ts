import "server-only";
import { env } from "@/lib/env";
import { LocalFileStore } from "@/lib/files/local-store";
import { S3FileStore } from "@/lib/files/s3-store";

/**
 * Where file bytes live. Keys are random (lib/files/stored-files.ts makes them); names and owners are in the
 * database. Local disk by default; an S3-compatible bucket when several app instances share the files.
 */
export interface FileStore {
  put(key: string, bytes: Uint8Array, mime: string): Promise<void>;
  /** The bytes, or null when the key holds nothing. */
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

let cached: FileStore | undefined;

/** The store the environment chooses (see README, « Environment variables »). */
export function fileStore(): FileStore {
  if (cached) return cached;
  const e = env();
  cached = e.S3_BUCKET
    ? new S3FileStore({
        endpoint: e.S3_ENDPOINT ?? `https://s3.${e.S3_REGION}.amazonaws.com`,
        region: e.S3_REGION,
        bucket: e.S3_BUCKET,
        accessKeyId: e.S3_ACCESS_KEY_ID ?? "",
        secretAccessKey: e.S3_SECRET_ACCESS_KEY ?? "",
      })
    : new LocalFileStore(e.CRM_DATA_DIR);
  return cached;
}
