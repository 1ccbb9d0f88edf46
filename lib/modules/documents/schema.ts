import { z } from "zod";
import { f, recordKeys } from "@/lib/records/zod-fields";
import { DOCUMENT_CATEGORIES } from "@/lib/modules/documents/module";
import { PARENT_MODULES } from "@/lib/modules/shared/parent";

// The file itself is never in the form: only the upload route writes it (lib/files/uploads.ts).
export const documentFields = {
  name: f.requiredText(),
  category: f.enumOf(DOCUMENT_CATEGORIES),
  parent: f.parent(PARENT_MODULES),
  description: f.textarea(),
  /** Never written by a form: the save flow drops file fields (model.columns); only an upload sets it. */
  file: f.id(),
};

export const documentSchema = z.object({ ...recordKeys, ...documentFields }).strict();
