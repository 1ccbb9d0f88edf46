import "server-only";
// Who may import into a module: admins and managers (`import.run`) who may also create that module's records.
import { can } from "@/lib/auth/permissions";
import { canModule } from "@/lib/auth/access";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { isImportModule, type ImportModule } from "@/lib/import/targets";

export async function canImport(user: CurrentUser, module: string): Promise<boolean> {
  return isImportModule(module) && can(user, "import.run") && (user.role === "admin" || user.role === "manager") && (await canModule(user, module, "create"));
}

/** The job if this user may work on it: their own, or any for an admin; null otherwise (answered as not found). */
export async function jobFor(user: CurrentUser, id: string) {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  const job = await db.importJob.findUnique({ where: { id } });
  if (!job || (job.userId !== user.id && user.role !== "admin")) return null;
  return (await canImport(user, job.module as ImportModule)) ? job : null;
}
