import { z } from "zod";
import { f, recordKeys } from "@/lib/records/zod-fields";

export const cvFields = {
  title: f.requiredText(),
  clientId: f.id().refine((v) => v !== null, "validation.required"),
  language: f.picklist(),
  cvDate: f.date().refine((v) => v !== null, "validation.required"),
  note: f.text(),
  /** Never written by a form: the save flow drops file fields (model.columns); only an upload sets it. */
  file: f.id(),
};

export const cvSchema = z.object({ ...recordKeys, ...cvFields }).strict();
