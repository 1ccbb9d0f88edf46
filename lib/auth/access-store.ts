import "server-only";
import { db } from "@/lib/db";
import { logEvent } from "@/lib/records/audit";
import { accessMatrix, invalidateAccess } from "@/lib/auth/access";
import { matrixRows, type Matrix } from "@/lib/auth/access-matrix";
import { ROLES } from "@/lib/auth/permissions";

/**
 * Saves the whole grid: every key whose value moved is written, in one transaction with one « Changement de
 * droits » audit entry per role that changed (what moved, before → after). Returns the number of keys changed.
 */
export async function saveMatrix(next: Matrix, user: { id: string; name: string }, ip: string | null): Promise<number> {
  const before = new Map(matrixRows(await accessMatrix()).map((r) => [`${r.role} ${r.key}`, r.value]));
  const changed = matrixRows(next).filter((r) => before.get(`${r.role} ${r.key}`) !== r.value);
  if (changed.length === 0) return 0;
  await db.$transaction(async (tx) => {
    for (const r of changed) {
      await tx.roleAccess.upsert({
        where: { role_key: { role: r.role, key: r.key } },
        create: { role: r.role, key: r.key, value: r.value, updatedById: user.id },
        update: { value: r.value, updatedById: user.id },
      });
    }
    for (const role of ROLES) {
      const mine = changed.filter((r) => r.role === role);
      if (mine.length === 0) continue;
      const changes = mine.map((r) => `${r.key}: ${before.get(`${r.role} ${r.key}`)} → ${r.value}`).join(", ");
      await logEvent(tx, { action: "permission", user, ip, module: "permissions", recordId: role, detail: { role, changes } });
    }
  });
  invalidateAccess();
  return changed.length;
}
