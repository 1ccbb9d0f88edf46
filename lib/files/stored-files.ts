import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fileStore } from "@/lib/files/store";
import { modelOf } from "@/lib/modules/registry";

export type StoredFileRow = { id: string; name: string; mime: string; size: number; storageKey: string; module: string; recordId: string };

/** A random storage key: nothing of the user's name reaches the disk or the bucket. */
const newKey = () => randomBytes(24).toString("base64url");

/** Writes the bytes to the store, then the row naming the record they belong to. */
export async function storeFile(input: { bytes: Uint8Array; name: string; mime: string; module: string; recordId: string; user: CurrentUser }): Promise<StoredFileRow> {
  const storageKey = newKey();
  await fileStore().put(storageKey, input.bytes, input.mime);
  return db.storedFile.create({
    data: { storageKey, name: input.name, mime: input.mime, size: input.bytes.length, module: input.module, recordId: input.recordId, createdById: input.user.id },
    select: { id: true, name: true, mime: true, size: true, storageKey: true, module: true, recordId: true },
  });
}

/**
 * A file the user may download: the file is live and its record is in the user's scope (not in the recycle bin).
 * Anything else is null, which the route answers with 404: a file's existence is not disclosed either.
 */
export async function downloadableFile(id: string, user: CurrentUser): Promise<StoredFileRow | null> {
  const file = await db.storedFile.findFirst({
    where: { id, deletedAt: null },
    select: { id: true, name: true, mime: true, size: true, storageKey: true, module: true, recordId: true },
  });
  if (!file) return null;
  const model = modelOf(file.module);
  if (!model || !(await model.find(db, file.recordId, user))) return null;
  // A CV's or a note's file belongs to a sensitive field: only roles granted its group download it.
  const hide = await model.hiddenFields(user);
  if (model.def.fields.some((f) => f.kind === "file" && hide.has(f.name))) return null;
  return file;
}
