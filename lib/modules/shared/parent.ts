// « Lié à » of the modules attached to a client, a contact or a partner (documents, notes).
export const PARENT_MODULES = ["clients", "contacts", "partners"] as const;
export const PARENT_FIELD = { name: "parent", kind: "parent", parent: { modules: PARENT_MODULES } } as const;
