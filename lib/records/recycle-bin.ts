import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { MODULES } from "@/lib/modules/registry";

export type BinEntry = { module: string; id: string; title: string; deletedAt: Date };

/** Deleted records of every module, most recently deleted first (the admin's « Corbeille »). */
export async function recycleBin(user: CurrentUser, take = 200): Promise<BinEntry[]> {
  const entries = await Promise.all(Object.values(MODULES).map((model) => model.bin(user, take)));
  return entries
    .flat()
    .sort((a, b) => b.deletedAt.getTime() - a.deletedAt.getTime())
    .slice(0, take);
}
