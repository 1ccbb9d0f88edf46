import "server-only";
import { clientsModel } from "@/lib/modules/clients/model";
import { partnersModel } from "@/lib/modules/partners/model";
import { contactsModel } from "@/lib/modules/contacts/model";
import { callsModel } from "@/lib/modules/calls/model";
import { meetingsModel } from "@/lib/modules/meetings/model";
import { tasksModel } from "@/lib/modules/tasks/model";
import { documentsModel } from "@/lib/modules/documents/model";
import { notesModel } from "@/lib/modules/notes/model";
import { cvsModel } from "@/lib/modules/cvs/model";
import { programsModel } from "@/lib/modules/programs/model";
import { servicesModel } from "@/lib/modules/services/model";
import { saeModel } from "@/lib/modules/sae/model";
import type { RecordModel } from "@/lib/records/model";

/**
 * Every record module, registered once, in the guide's order. Navigation, the generic screens, quick create, the
 * recycle bin, favourites and recently viewed, the dashboard's create buttons and the test tables all derive from
 * this object; nothing else keeps a list of modules.
 */
export const MODULES = {
  clients: clientsModel,
  partners: partnersModel,
  contacts: contactsModel,
  calls: callsModel,
  meetings: meetingsModel,
  tasks: tasksModel,
  documents: documentsModel,
  notes: notesModel,
  cvs: cvsModel,
  programs: programsModel,
  services: servicesModel,
  sae: saeModel,
} satisfies Record<string, RecordModel>;

export type ModuleKey = keyof typeof MODULES;
export const MODULE_KEYS = Object.keys(MODULES) as ModuleKey[];

/** The module named by an address or a form, looked up among the registry's own keys only ("constructor" is none). */
export function modelOf(key: unknown): RecordModel | null {
  return typeof key === "string" && Object.hasOwn(MODULES, key) ? MODULES[key as ModuleKey] : null;
}
