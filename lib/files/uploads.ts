import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canModule } from "@/lib/auth/access";
import { cleanFileName } from "@/lib/files/names";
import { sniffFile, type Refusal } from "@/lib/files/sniff";
import { storeFile, type StoredFileRow } from "@/lib/files/stored-files";
import { getSettings } from "@/lib/settings";
import { modelOf } from "@/lib/modules/registry";
import { PARENT_MODULES } from "@/lib/modules/shared/parent";
import { todayIn } from "@/lib/records/wall-time";
import { writeAudit } from "@/lib/records/audit";
import { replaceTokens } from "@/lib/records/search";
import { saveRecord } from "@/lib/records/service";
import type { RecordModel, Row } from "@/lib/records/model";
import type { UploadedPart } from "@/lib/files/multipart";

// What an upload does, named in the upload address's query so that the session, the permission and the target
// record's scope are all checked before a byte of the body is read:
//   create  — one new document (or CV) per file, « Lié à » the parent record (a client for a CV);
//   version — a new version of a document (earlier ones stay downloadable);
//   attach  — the file of a CV or the attachment of a note.

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
export const uploadTargetSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("create"), module: z.enum(["documents", "cvs"]), parentModule: z.enum(PARENT_MODULES), parentId: id, back: z.string().max(500).optional() }).strict(),
  z.object({ intent: z.literal("version"), module: z.literal("documents"), id, back: z.string().max(500).optional() }).strict(),
  z.object({ intent: z.literal("attach"), module: z.enum(["cvs", "notes"]), id, back: z.string().max(500).optional() }).strict(),
]);
export type UploadTarget = z.infer<typeof uploadTargetSchema>;

/** The file field each module's upload writes. */
const FILE_FIELD: Record<string, string> = { documents: "file", cvs: "file", notes: "attachment" };

export type FileResult = { name: string; ok: true; id: string; recordId: string } | { name: string; ok: false; error: Refusal | "errors.unexpected" };
export type TargetCheck = { ok: true; model: RecordModel } | { ok: false; status: 403 | 404 };

/** Permission and scope of the target, before the body is read. Out of scope is "not found", like a record page. */
export async function checkTarget(target: UploadTarget, user: CurrentUser): Promise<TargetCheck> {
  const model = modelOf(target.module);
  if (!model) return { ok: false, status: 404 };
  if (!(await canModule(user, model.key, target.intent === "create" ? "create" : "edit"))) return { ok: false, status: 403 };
  if ((await model.hiddenFields(user)).has(FILE_FIELD[model.key] ?? "")) return { ok: false, status: 403 };
  if (target.intent === "create") {
    if (target.module === "cvs" && target.parentModule !== "clients") return { ok: false, status: 404 };
    const parent = modelOf(target.parentModule);
    if (!parent || !(await parent.find(db, target.parentId, user))) return { ok: false, status: 404 };
  } else if (!(await model.find(db, target.id, user))) return { ok: false, status: 404 };
  return { ok: true, model };
}

const withoutExtension = (name: string) => (name.lastIndexOf(".") > 0 ? name.slice(0, name.lastIndexOf(".")) : name);

/** Each file sniffed, stored and written to its record; one refused file does not stop the others. */
export async function applyUpload(target: UploadTarget, model: RecordModel, files: UploadedPart[], user: CurrentUser): Promise<FileResult[]> {
  const results: FileResult[] = [];
  // A new version is one file; several files make several documents only when creating.
  const accepted = target.intent === "create" ? files : files.slice(0, 1);
  for (const part of accepted) {
    const name = cleanFileName(part.name);
    const sniffed = await sniffFile(part.bytes, name);
    if (!sniffed.ok) {
      results.push({ name, ok: false, error: sniffed.error });
      continue;
    }
    try {
      const recordId = target.intent === "create" ? await createRecord(target, model, name, user) : target.id;
      const stored = await storeFile({ bytes: part.bytes, name, mime: sniffed.mime, module: model.key, recordId, user });
      await setFile(model, recordId, stored, user);
      results.push({ name, ok: true, id: stored.id, recordId });
    } catch (error) {
      console.error("[upload failed]", error);
      results.push({ name, ok: false, error: "errors.unexpected" });
    }
  }
  return results;
}

async function createRecord(target: Extract<UploadTarget, { intent: "create" }>, model: RecordModel, name: string, user: CurrentUser): Promise<string> {
  const title = withoutExtension(name).slice(0, 255) || name;
  const values =
    target.module === "cvs"
      ? { title, clientId: target.parentId, cvDate: todayIn((await getSettings()).timeZone) }
      : { name: title, parent: { module: target.parentModule, id: target.parentId } };
  const parsed = model.schema.parse(values) as Record<string, unknown>;
  return (await saveRecord(model, parsed, user)).id;
}

/**
 * Points the record's file field at the stored file (a document also gets a DocumentVersion), bumps its version
 * and writes the change log and search tokens, in one transaction.
 */
async function setFile(model: RecordModel, recordId: string, file: StoredFileRow, user: CurrentUser): Promise<void> {
  const field = FILE_FIELD[model.key];
  await db.$transaction(async (tx) => {
    const before = (await model.table(tx).findFirst({ where: { id: recordId, deletedAt: null } })) as (Row & Record<string, unknown>) | null;
    if (!before) throw new Error("record gone during upload");
    const data: Record<string, unknown> = { [field]: file.id, [`${field}Name`]: file.name, version: before.version + 1 };
    if (model.key === "documents") {
      const number = Number(before.currentVersion ?? 0) + 1;
      await tx.documentVersion.create({ data: { documentId: recordId, number, fileId: file.id, fileName: file.name, size: file.size, createdById: user.id, createdBy: user.name } });
      data.currentVersion = number;
    }
    const { count } = await model.table(tx).updateMany({ where: { id: recordId, version: before.version }, data: data as never });
    if (count !== 1) throw new Error("record changed during upload");
    const after = { ...before, ...data };
    await replaceTokens(tx, { module: model.key, recordId, tokens: model.derive(after).tokens });
    const was = typeof before[`${field}Name`] === "string" ? String(before[`${field}Name`]) : null;
    await writeAudit(tx, { module: model.key, recordId, user, action: "update", version: before.version + 1, changes: [{ field, before: was, after: file.name }] });
  });
}
