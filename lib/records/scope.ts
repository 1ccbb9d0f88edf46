import type { CurrentUser } from "@/lib/auth/current-user";
import { canModule, readScopeKind } from "@/lib/auth/access";
import { loadRegistry } from "@/lib/modules/registry-lazy";

type ScopeUser = Pick<CurrentUser, "id" | "role">;

// « Mes » records of a module, for a role whose scope there is "own": what is assigned to the user where the
// module has « Assigné à » (a meeting also counts its invited colleagues; a service its staff member, an SAE file
// its counsellor), otherwise what the user created. lib/reports/sql.ts says the same in SQL.
const OWN: Record<string, (userId: string) => object> = {
  meetings: (id) => ({ OR: [{ assignedUserId: id }, { invitees: { contains: JSON.stringify(id) } }] }),
  // Their « Assigné à » is the staff member who delivered the service, the counsellor who holds the SAE file.
  services: (id) => ({ staffUserId: id }),
  sae: (id) => ({ counsellorId: id }),
};

export async function ownWhere(module: string, userId: string): Promise<object> {
  if (Object.hasOwn(OWN, module)) return OWN[module](userId);
  const def = (await loadRegistry()).modelOf(module)?.def;
  return def?.fields.some((f) => f.name === "assignedUserId") ? { assignedUserId: userId } : { createdById: userId };
}

/**
 * Which records of a module a user may read and write: the one place every read and write of every module takes
 * its where-fragment from (list, count, detail, position, duplicates, subpanels, titles, export, bulk): live
 * records of a module the role may read, and only the user's own where the access matrix gives their role the
 * "own" scope on that module.
 */
export async function recordScope(user: ScopeUser, module: string): Promise<Record<string, unknown>> {
  // A role without « read » on the module reaches none of its records, wherever they are asked for.
  if (!(await canModule(user, module, "read"))) return { deletedAt: null, id: { in: [] } };
  return (await readScopeKind(user, module)) === "own" ? { deletedAt: null, AND: [await ownWhere(module, user.id)] } : { deletedAt: null };
}

/** Records in the recycle bin, for the admins who restore them. */
export function binScope(_user: ScopeUser, _module: string): Record<string, unknown> {
  return { deletedAt: { not: null } };
}
