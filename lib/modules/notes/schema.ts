import { z } from "zod";
import { f, recordKeys } from "@/lib/records/zod-fields";
import { PARENT_MODULES } from "@/lib/modules/shared/parent";

export const noteFields = {
  subject: f.requiredText(),
  parent: f.parent(PARENT_MODULES),
  text: f.textarea(),
  /** Never written by a form: the save flow drops file fields (model.columns); only an upload sets it. */
  attachment: f.id(),
};

export const noteSchema = z.object({ ...recordKeys, ...noteFields }).strict();
