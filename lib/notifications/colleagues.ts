import "server-only";
import { db } from "@/lib/db";
import { normalize, words } from "@/lib/records/normalize";

const MAX = 8;

/**
 * At most 8 active colleagues (not `exceptId`) whose full name or one of its words starts with `q`, accents and
 * case aside (« eli » finds Élise Côté, « cot » too). Staff lists are small: the names are read and matched here.
 */
export async function suggestColleagues(q: string, exceptId: string): Promise<{ id: string; name: string }[]> {
  const typed = normalize(q).replace(/\s+/g, " ");
  const users = await db.user.findMany({ where: { active: true, id: { not: exceptId } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  const matches = users.filter((u) => {
    if (!typed) return true;
    const name = normalize(u.name).replace(/\s+/g, " ");
    return name.startsWith(typed) || words(u.name).some((w) => w.startsWith(typed));
  });
  return matches.slice(0, MAX);
}
