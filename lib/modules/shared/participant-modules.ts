import { f } from "@/lib/records/zod-fields";

// « Gestion des programmes » and « Services » belong to a client or a partner: « Lié à » restricted to those two.
export const PARTICIPANT_MODULES = ["clients", "partners"] as const;

/** « Lié à » a client or a partner, required. */
export const participantField = () => f.parent(PARTICIPANT_MODULES).refine((v) => v !== null, "validation.required");

/** A value of an admin-managed list that must be chosen. */
export const requiredPicklist = () => f.picklist().refine((v) => v !== null, "validation.required");
