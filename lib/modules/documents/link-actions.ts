"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { canModule } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { modelOf } from "@/lib/modules/registry";
import { PARENT_MODULES } from "@/lib/modules/shared/parent";
import { writeAudit } from "@/lib/records/audit";
import { parentColumns } from "@/lib/records/types";
import { saveRecord } from "@/lib/records/service";

const linkSchema = z.object({ id: z.string().min(1).max(64), via: z.literal("parent"), parentId: z.string().min(1).max(64).nullable() }).strict();

/**
 * « Sélectionner » / « Retirer » in a record's « Documents » subpanel: attaches an existing document to the
 * record (a DocumentLink; its own « Lié à » is unchanged) or removes it. The page binds the record
 * (`linkDocument.bind(null, "clients", id)`); both the document and the record must be in the user's scope.
 */
export async function linkDocument(parentKey: string, parentId: string, input: unknown) {
  return defineAction({
    permission: null,
    allowed: (user) => canModule(user, "documents", "edit"),
    schema: linkSchema,
    async handler({ id, parentId: chosen }, user) {
      const documents = modelOf("documents")!;
      const parent = (PARENT_MODULES as readonly string[]).includes(parentKey) ? modelOf(parentKey) : null;
      if (!parent || (chosen !== null && chosen !== parentId)) throw new ActionError("errors.invalid");
      const [doc, record] = await Promise.all([documents.find(db, id, user), parent.find(db, parentId, user)]);
      if (!doc || !record) throw new ActionError("errors.notFound");
      const title = (await parent.titles([parentId], user)).get(parentId) ?? "";
      const label = title;
      if (chosen !== null) {
        await db.$transaction(async (tx) => {
          const existing = await tx.documentLink.findFirst({ where: { documentId: id, module: parentKey, recordId: parentId } });
          if (existing) return;
          await tx.documentLink.create({ data: { documentId: id, module: parentKey, recordId: parentId, createdById: user.id } });
          await writeAudit(tx, { module: "documents", recordId: id, user, action: "update", changes: [{ field: "links", before: null, after: label }], version: doc.version });
        });
      } else {
        const { count } = await db.$transaction(async (tx) => {
          const removed = await tx.documentLink.deleteMany({ where: { documentId: id, module: parentKey, recordId: parentId } });
          if (removed.count > 0) await writeAudit(tx, { module: "documents", recordId: id, user, action: "update", changes: [{ field: "links", before: label, after: null }], version: doc.version });
          return removed;
        });
        // Not linked but « Lié à » this record: removing it clears « Lié à », through the save flow.
        const field = documents.def.fields.find((f) => f.kind === "parent")!;
        if (count === 0 && doc[parentColumns(field)[parentKey]] === parentId) await saveRecord(documents, { id, version: doc.version, parent: null }, user);
      }
      revalidatePath("/[locale]", "layout");
      return { id };
    },
  })(input);
}
